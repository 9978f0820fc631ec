import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Page } from "@playwright/test";
import { generateTOTP } from "@epic-web/totp";
import { hashPassword } from "../app/auth/password.server";
import { sealSecret } from "../app/auth/secret-box.server";
import { totpSettings } from "../app/auth/two-step";
import { PrismaClient } from "../app/generated/prisma/client";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, PASSWORD, signIn, startSession, test } from "./fixtures";
import { seedMentor, seedRequest } from "./mentoring-helpers";
import { startSecondServer } from "./second-server";

// Pages as a new organisation first sees them, with nothing in their lists.
// Tests run in parallel on one database, so each list here belongs to a user
// or organisation made for the test, or to a search word nobody else uses.

/** Opens `path`, checks the empty state's words are there, then scans it. */
async function scanEmpty(page: Page, path: string, words: string[]) {
  await page.goto(path);
  for (const text of words) await expect(page.getByText(text, { exact: true })).toBeVisible();
  await expectNoA11yViolations(page, `${path}, empty`);
}

test("an SME with no postings, requests, mentoring or checks", async ({ page }) => {
  const sme = await createUser("sme");
  await startSession(page, sme.email);
  await scanEmpty(page, "/postings", [
    "You have not posted an apprenticeship yet.",
    "You have not offered a placement yet.",
  ]);
  await scanEmpty(page, "/requests", ["No school has asked for places yet."]);
  await scanEmpty(page, "/mentoring", ["You have not asked for mentoring yet. Find a mentor."]);
  await scanEmpty(page, "/readiness/history", ["You have not finished a check yet."]);
});

test("a school with no requests, and searches that find nothing", async ({ page }) => {
  const school = await createUser("school");
  const nothing = `zq${crypto.randomBytes(5).toString("hex")}`;
  await startSession(page, school.email);
  await scanEmpty(page, "/requests", [
    "You have not asked for any places yet. Find work experience.",
  ]);
  await scanEmpty(page, `/placements?q=${nothing}`, [
    "No placements found",
    "Try fewer keywords or fewer filters.",
  ]);
  await scanEmpty(page, `/apprenticeships?q=${nothing}`, [
    "No apprenticeships found",
    "Try fewer keywords, or a different area or route.",
  ]);
});

test("a mentor nobody has asked yet, an offer nobody has booked, and mentoring with no sessions", async ({
  page,
  browser,
  baseURL,
  db,
}) => {
  const mentor = await seedMentor();
  await startSession(page, mentor.email);
  await scanEmpty(page, "/mentoring", [
    "No business has asked you for mentoring yet. Make sure your mentor profile is up to date.",
  ]);
  await scanEmpty(page, "/board", [
    "No requests are waiting.",
    "You are not mentoring anyone at the moment.",
  ]);

  const offer = await db.offer.create({
    data: {
      organisationId: mentor.organisationId,
      createdById: mentor.id,
      title: `Cyber clinic ${crypto.randomBytes(3).toString("hex")}`,
      description: "Bring your questions about passwords and backups.",
      kind: "clinic",
      dimensions: "cyber",
      schedule: "on-demand",
      format: "online",
      seats: 4,
    },
    select: { id: true },
  });
  await scanEmpty(page, `/board/offers/${offer.id}/edit`, ["Nobody has booked yet."]);

  // Accepted, but nothing logged or said yet: both sides' view.
  const sme = await createUser("sme");
  const { id } = await seedRequest(mentor.profileId, sme, "accepted");
  await scanEmpty(page, `/mentoring/${id}`, ["No sessions logged yet.", "No messages yet."]);
  const context = await browser.newContext({ baseURL });
  const smePage = await context.newPage();
  await startSession(smePage, sme.email);
  await scanEmpty(smePage, `/mentoring/${id}`, ["No sessions logged yet.", "No messages yet."]);
  await context.close();
});

// The staff queues list every organisation waiting to be checked and every
// posting waiting for review, from everyone. Other tests add to both at any
// moment (and never empty them), so on the shared server they are never
// reliably empty. Here a second server, from the same build, runs on a fresh
// database of its own that only this test writes to: one member of staff, and
// nothing waiting.
test("the staff queues with nothing waiting, on a database of their own", async ({ browser }) => {
  // One port and database per parallel worker, so two runs never share them.
  const port = Number(process.env.E2E_PORT ?? 3210) + 2000 + test.info().parallelIndex;
  const dbFile = path.join(process.cwd(), "data", `e2e-${port}-empty-queues.db`);
  const url = `file:${dbFile}`;
  const removeDb = () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"])
      fs.rmSync(dbFile + suffix, { force: true });
  };
  removeDb();
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  const own = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  const email = `staff-${crypto.randomBytes(5).toString("hex")}@e2e.skillsbridge.test`;
  // Staff must use two-step sign-in: this one has it on, with a secret the test keeps.
  const { secret } = await generateTOTP(totpSettings);
  await own.user.create({
    data: {
      email,
      name: "Queue Staff",
      role: "staff",
      emailConfirmedAt: new Date(),
      password: { create: { hash: await hashPassword(PASSWORD) } },
      twoStep: { create: { secret: sealSecret(secret), confirmedAt: new Date() } },
      organisation: {
        create: {
          name: "Partnership team",
          kind: "staff",
          localAuthority: "birmingham",
          postcode: "B1 1AA",
          sector: "J",
          verificationStatus: "verified",
        },
      },
    },
  });
  await own.$disconnect();

  const server = await startSecondServer(port, {
    DATABASE_URL: url,
    APP_ORIGIN: `http://127.0.0.1:${port}`,
  }).catch((error: unknown) => {
    removeDb();
    throw error;
  });
  const context = await browser.newContext({ baseURL: server.base });
  try {
    const page = await context.newPage();
    await signIn(
      page,
      email,
      PASSWORD,
      async () => (await generateTOTP({ ...totpSettings, secret })).otp,
    );
    await expect(page.getByText("0 organisations are waiting to be checked.")).toBeVisible();
    await scanEmpty(page, "/staff/verification", [
      "There are no organisations waiting to be checked.",
    ]);
    await scanEmpty(page, "/staff/review", ["Nothing is waiting to be checked."]);
    await page.goto("/staff");
    for (const name of ["Organisations to check", "Postings to review"]) {
      await expect(
        page.getByRole("region", { name }).getByText("0", { exact: true }),
        name,
      ).toBeVisible();
    }
    await expectNoA11yViolations(page, "staff overview, nothing waiting");
  } finally {
    await context.close();
    server.process.kill("SIGTERM");
    await server.exited;
    removeDb();
  }
});
