import { describe, expect, test } from "vitest";
import { versionedCache } from "./candidate-cache";

const at = (seconds: number) => new Date(Date.UTC(2027, 0, 1, 9, 0, seconds));

function counting(options: { ttlMs?: number; expiresAt?: (value: number) => number } = {}) {
  let builds = 0;
  const cache = versionedCache(
    async () => {
      builds += 1;
      return builds;
    },
    { ttlMs: options.ttlMs ?? 60_000, expiresAt: options.expiresAt },
  );
  return { cache, builds: () => builds };
}

describe("the versioned cache", () => {
  test("the same version within the time limit is built once", async () => {
    const { cache, builds } = counting();
    expect(await cache.get(4, at(0))).toBe(1);
    expect(await cache.get(4, at(30))).toBe(1);
    expect(builds()).toBe(1);
  });

  test("a new version (the data changed) is built again at once", async () => {
    const { cache } = counting();
    await cache.get(4, at(0));
    expect(await cache.get(5, at(1))).toBe(2);
    expect(await cache.get(5, at(2))).toBe(2);
  });

  test("after the time limit it is built again even at the same version", async () => {
    const { cache } = counting({ ttlMs: 60_000 });
    await cache.get(4, at(0));
    expect(await cache.get(4, at(59))).toBe(1);
    expect(await cache.get(4, at(60))).toBe(2);
  });

  test("a value that says it expires sooner is built again then", async () => {
    const { cache } = counting({ expiresAt: () => at(10).getTime() });
    await cache.get(4, at(0));
    expect(await cache.get(4, at(9))).toBe(1);
    expect(await cache.get(4, at(10))).toBe(2);
  });

  test("an unknown version is never kept", async () => {
    const { cache } = counting();
    expect(await cache.get(null, at(0))).toBe(1);
    expect(await cache.get(null, at(0))).toBe(2);
  });

  test("asking about an earlier time than the kept value was built at builds afresh, and keeps the newer value", async () => {
    const { cache } = counting();
    await cache.get(4, at(30));
    expect(await cache.get(4, at(10))).toBe(2);
    expect(await cache.get(4, at(31))).toBe(1);
  });

  test("requests while a build runs share it", async () => {
    const { cache, builds } = counting();
    const [a, b] = await Promise.all([cache.get(4, at(0)), cache.get(4, at(0))]);
    expect([a, b, builds()]).toEqual([1, 1, 1]);
  });

  test("a failed build is not kept", async () => {
    let fail = true;
    const cache = versionedCache(
      async () => {
        if (fail) throw new Error("database busy");
        return "ok";
      },
      { ttlMs: 60_000 },
    );
    await expect(cache.get(4, at(0))).rejects.toThrow("database busy");
    fail = false;
    expect(await cache.get(4, at(1))).toBe("ok");
  });
});
