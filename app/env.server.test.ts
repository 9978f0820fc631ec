import { describe, expect, test, vi } from "vitest";

async function freshEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return import("./env.server");
}

describe("siteOrigin", () => {
  test("is APP_ORIGIN when set, without any path", async () => {
    const { siteOrigin } = await freshEnv({
      APP_ORIGIN: "https://skillsbridge.example.org/some/path",
    });
    expect(siteOrigin()).toBe("https://skillsbridge.example.org");
    vi.unstubAllEnvs();
  });

  test("falls back to this machine's port, never to a request's Host header", async () => {
    const { siteOrigin } = await freshEnv({ APP_ORIGIN: undefined, PORT: "4123" });
    expect(siteOrigin()).toBe("http://localhost:4123");
    vi.unstubAllEnvs();
  });

  test("refuses an APP_ORIGIN that is not an address, with a clear message", async () => {
    await expect(freshEnv({ APP_ORIGIN: "skillsbridge" })).rejects.toThrow(
      /APP_ORIGIN must be the site's address/,
    );
    vi.unstubAllEnvs();
  });
});
