import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { verifyPassword } from "~/auth/password.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import {
  createStaffAccount,
  isRealSite,
  refuseDemoAccountsOnRealSite,
  shouldSeedDemo,
} from "./first-run.server";
import { joinOrganisation } from "./invitations.server";

const PASSWORD = "correct horse battery";
const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}@unit.test`;

describe("a real site or a demo", () => {
  test("a real site is https at a real name", () => {
    expect(isRealSite("https://skillsbridge.example.org")).toBe(true);
    expect(isRealSite(undefined)).toBe(false);
    expect(isRealSite("http://skillsbridge.example.org")).toBe(false);
    expect(isRealSite("https://localhost:8443")).toBe(false);
    expect(isRealSite("https://127.0.0.1:8443")).toBe(false);
    expect(isRealSite("https://app.localhost")).toBe(false);
  });

  test("npm start on a fresh clone loads the demo; a real site only when asked", () => {
    expect(shouldSeedDemo({})).toBe(true);
    expect(shouldSeedDemo({ APP_ORIGIN: "http://localhost:3000" })).toBe(true);
    expect(shouldSeedDemo({ SEED_DEMO: "false" })).toBe(false);
    expect(shouldSeedDemo({ APP_ORIGIN: "https://skillsbridge.example.org" })).toBe(false);
    expect(
      shouldSeedDemo({ APP_ORIGIN: "https://skillsbridge.example.org", SEED_DEMO: "true" }),
    ).toBe(true);
  });
});

describe("demo accounts on a real site", () => {
  const real = { APP_ORIGIN: "https://skillsbridge.example.org" };

  test("a database with a demo account is refused, with what to do", async () => {
    const user = await makeUser("staff");
    await refuseDemoAccountsOnRealSite(real);
    await prisma.user.update({
      where: { id: user.id },
      data: { email: `staff-${user.id}@demo.skillsbridge.test` },
    });
    await expect(refuseDemoAccountsOnRealSite(real)).rejects.toThrow(
      /1 demo account\(s\)[\s\S]*will not start[\s\S]*SEED_DEMO=true/,
    );
    // Told it is a demo, or not a real site: it serves.
    await refuseDemoAccountsOnRealSite({ ...real, SEED_DEMO: "true" });
    await refuseDemoAccountsOnRealSite({ APP_ORIGIN: "http://127.0.0.1:3000" });
    // A seeded firm's address counts too.
    await prisma.user.update({
      where: { id: user.id },
      data: { email: `tom-${user.id}@sponend.demo.skillsbridge.test` },
    });
    await expect(refuseDemoAccountsOnRealSite(real)).rejects.toThrow(/demo account/);
    await prisma.user.delete({ where: { id: user.id } });
    await refuseDemoAccountsOnRealSite(real);
  });
});

describe("making a staff account at the command line", () => {
  test("without a password: a single-use set-up link that joins the staff organisation, audited", async () => {
    const email = unique("first-staff");
    const result = await createStaffAccount({ email: email.toUpperCase() });
    expect(result.status).toBe("done");
    const link = result.status === "done" ? result.value.setUpLink! : "";
    expect(link).toMatch(/^http:\/\/localhost:\d+\/join\?token=[A-Za-z0-9_-]{43}$/);
    const token = new URL(link).searchParams.get("token")!;
    // Only its hash is stored.
    expect(await prisma.token.count({ where: { tokenHash: token } })).toBe(0);

    const joined = await joinOrganisation({ token, name: "Jo Bennett", password: PASSWORD });
    expect(joined.status).toBe("done");
    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: { role: true, organisation: { select: { kind: true } } },
    });
    expect(user).toEqual({ role: "staff", organisation: { kind: "staff" } });
    // Single use.
    const again = await joinOrganisation({ token, name: "Someone", password: PASSWORD });
    expect(again.status).toBe("refused");

    const audit = await prisma.auditEvent.findFirst({
      where: { action: "staff.create", targetId: email },
      select: { actorEmail: true, targetType: true },
    });
    expect(audit).toEqual({ actorEmail: "npm run staff:create", targetType: "invitation" });
  });

  test("with a password: checked by the sign-up rules, then ready to sign in", async () => {
    const email = unique("staff-with-password");
    expect(await createStaffAccount({ email, password: "short" })).toMatchObject({
      status: "refused",
      reason: expect.stringMatching(/at least/),
    });
    expect(await createStaffAccount({ email, password: "password123" })).toEqual({
      status: "refused",
      reason: COMMON_PASSWORD_MESSAGE,
    });
    expect(await prisma.user.count({ where: { email } })).toBe(0);

    const result = await createStaffAccount({ email, password: PASSWORD, name: "Sam Cole" });
    expect(result).toEqual({ status: "done", value: {} });
    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: {
        id: true,
        name: true,
        role: true,
        emailConfirmedAt: true,
        password: { select: { hash: true } },
      },
    });
    expect(user).toMatchObject({ name: "Sam Cole", role: "staff" });
    expect(user.emailConfirmedAt).not.toBeNull();
    expect(await verifyPassword(user.password!.hash, PASSWORD)).toBe(true);
    expect(
      await prisma.auditEvent.count({ where: { action: "staff.create", targetId: user.id } }),
    ).toBe(1);
  });

  test("an address with an account, or not an address, is refused", async () => {
    const existing = await makeUser("sme");
    expect(await createStaffAccount({ email: existing.email })).toMatchObject({
      status: "refused",
    });
    expect(await createStaffAccount({ email: "not-an-address" })).toMatchObject({
      status: "refused",
      reason: expect.stringMatching(/right format/),
    });
  });

  test("npm run staff:create prints the link, or reads the password on standard input", () => {
    const run = (args: string[], input?: string) =>
      spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "--import",
          "./scripts/raw-imports.mjs",
          "scripts/staff-create.ts",
          ...args,
        ],
        {
          input,
          encoding: "utf8",
          env: { ...process.env, NODE_ENV: "test" },
          timeout: 30_000,
        },
      );
    const email = unique("cli-staff");
    const linked = run([email]);
    expect(linked.stderr).toBe("");
    expect(linked.status).toBe(0);
    expect(linked.stdout).toMatch(/\/join\?token=[A-Za-z0-9_-]{43}\n$/);

    const typed = unique("cli-staff-typed");
    const weak = run([typed, "--password-stdin"], "password123\n");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain(COMMON_PASSWORD_MESSAGE);
    const ok = run([typed, "--password-stdin", "--name", "Ali Khan"], `${PASSWORD}\n`);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`Made the staff account ${typed}`);
    expect(ok.stdout).not.toContain(PASSWORD);

    const none = run([]);
    expect(none.status).toBe(2);
    // Four command-line runs, each loading tsx and the Prisma client.
  }, 90_000);
});
