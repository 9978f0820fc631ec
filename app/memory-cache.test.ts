import { describe, expect, test } from "vitest";
import { memoryCache } from "./memory-cache";

const at = (seconds: number) => new Date(Date.UTC(2027, 0, 1, 9, 0, seconds));

function counting(options: { ttlMs?: number; expiresAt?: (value: number) => number } = {}) {
  let builds = 0;
  const kept = memoryCache<number>({
    ttlMs: options.ttlMs ?? 60_000,
    expiresAt: options.expiresAt,
  });
  const build = async () => {
    builds += 1;
    return builds;
  };
  // One key, as the candidates and the peer-group snapshot use it.
  const cache = {
    get: (version: number | null, now: Date) => kept.get("all", version, now, build),
  };
  return { cache, builds: () => builds };
}

describe("the memory cache", () => {
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
    const cache = memoryCache<string>({ ttlMs: 60_000 });
    const build = async () => {
      if (fail) throw new Error("database busy");
      return "ok";
    };
    await expect(cache.get("all", 4, at(0), build)).rejects.toThrow("database busy");
    fail = false;
    expect(await cache.get("all", 4, at(1), build)).toBe("ok");
  });

  test("a string version works the same (the newest submission time, for peer groups)", async () => {
    let builds = 0;
    const cache = memoryCache<number>({ ttlMs: 60_000 });
    const build = async () => ++builds;
    await cache.get("all", "2027-01-01T09:00:00.000+00:00", at(0), build);
    expect(await cache.get("all", "2027-01-01T09:00:00.000+00:00", at(5), build)).toBe(1);
    expect(await cache.get("all", "2027-01-01T09:00:05.000+00:00", at(6), build)).toBe(2);
  });

  test("each key is kept on its own", async () => {
    const built: string[] = [];
    const cache = memoryCache<string>({ ttlMs: 60_000, maxEntries: 10 });
    const upper = (key: string) => async () => {
      built.push(key);
      return key.toUpperCase();
    };
    expect(await cache.get("a", 0, at(0), upper("a"))).toBe("A");
    expect(await cache.get("b", 0, at(1), upper("b"))).toBe("B");
    expect(await cache.get("a", 0, at(2), upper("a"))).toBe("A");
    expect(built).toEqual(["a", "b"]);
  });

  test("beyond the most keys kept, the oldest built goes first", async () => {
    const built: string[] = [];
    const cache = memoryCache<string>({ ttlMs: 60_000, maxEntries: 2 });
    for (const key of ["a", "b", "c", "b", "a"])
      await cache.get(key, 0, at(0), async () => {
        built.push(key);
        return key;
      });
    // "a" went when "c" came; "b" stayed.
    expect(built).toEqual(["a", "b", "c", "a"]);
  });
});
