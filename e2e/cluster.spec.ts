import fs from "node:fs";
import { createUser, expect, PASSWORD, test } from "./fixtures";
import { startSecondServer } from "./second-server";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number) {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.split(") ")[1]!.split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

// WEB_CONCURRENCY=N (decision 040): N server processes share the port and the SQLite file.
test("two server processes answer on one port, share the signed-in session, and all stop cleanly on SIGTERM", async ({
  page,
}) => {
  test.slow();
  const port = E2E_PORT + 104;
  const {
    base,
    process: primary,
    exited,
  } = await startSecondServer(port, {
    WEB_CONCURRENCY: "2",
    APP_ORIGIN: `http://127.0.0.1:${port}`,
  });
  await expect.poll(() => childrenOf(primary.pid!).length, { timeout: 60_000 }).toBe(2);
  const children = childrenOf(primary.pid!);

  // Signed in on whichever process took the form; every later page, on either, knows the person.
  const user = await createUser("sme");
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const pages = await Promise.all(
    Array.from({ length: 20 }, () => page.request.get(`${base}/account`)),
  );
  for (const answer of pages) {
    expect(answer.status()).toBe(200);
    expect(await answer.text()).toContain(user.email);
  }

  primary.kill("SIGTERM");
  expect(await exited).toBe(0);
  for (const child of children) expect(fs.existsSync(`/proc/${child}`)).toBe(false);
});
