import { generateTOTP } from "@epic-web/totp";
import { describe, expect, test, vi } from "vitest";
import { prisma } from "~/db.server";
import { logger } from "~/logger.server";
import { makeUser, requestWithCookie } from "../../tests/factories";
import { hashPassword } from "./password.server";
import { openSecret } from "./secret-box.server";
import { createUserSession, requireRole, requireUser } from "./session.server";
import {
  CHALLENGE_ENDED_MESSAGE,
  completeChallenge,
  currentChallenge,
  startChallenge,
} from "./sign-in-challenge.server";
import { checkSignIn } from "./sign-in.server";
import { totpSettings } from "./two-step";
import { confirmSetUp, setUpDetails } from "./two-step.server";

const PASSWORD = "correct horse battery";

async function appCode(userId: string) {
  const row = await prisma.twoStep.findUniqueOrThrow({
    where: { userId },
    select: { secret: true },
  });
  return (await generateTOTP({ ...totpSettings, secret: openSecret(row.secret)! })).otp;
}

async function withTwoStep(kind: "sme" | "staff") {
  const user = await makeUser(kind);
  await prisma.password.create({ data: { userId: user.id, hash: await hashPassword(PASSWORD) } });
  await setUpDetails(user);
  const result = await confirmSetUp(user, await appCode(user.id), "192.0.2.200");
  if (result.status !== "done") throw new Error("set-up failed");
  // The code that confirmed set-up is used; the next step's is fresh.
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 30_000 });
  return { user, recoveryCodes: result.value.recoveryCodes };
}

describe("signing in with two-step sign-in on", () => {
  test("the right password starts a challenge, not a session, and signs nobody in yet", async () => {
    const { user } = await withTwoStep("staff");
    const info = vi.spyOn(logger, "info");
    expect(await checkSignIn(user.email, PASSWORD, "192.0.2.201")).toEqual({
      status: "done",
      value: { userId: user.id, needsCode: true },
    });
    const events = info.mock.calls.map(([entry]) => (entry as { event?: string }).event);
    expect(events).not.toContain("sign-in.succeeded");
    expect(
      await prisma.auditEvent.count({ where: { action: "staff.sign-in", actorId: user.id } }),
    ).toBe(0);
    info.mockRestore();

    const cookie = await startChallenge(user.id, "/staff");
    expect(cookie).toMatch(
      /^sb_sign_in=[a-f0-9]{64}; Path=\/; HttpOnly; Secure; SameSite=Lax; Max-Age=600$/,
    );
    const token = cookie.split(";")[0]!.split("=")[1]!;
    const row = await prisma.signInChallenge.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.id).not.toBe(token);
    // The challenge cookie is no session: pages that need a user still send to sign in.
    await expect(
      requireUser(requestWithCookie(cookie, "http://localhost/staff")),
    ).rejects.toSatisfy(
      (r: Response) => r.status === 302 && r.headers.get("Location")!.startsWith("/sign-in"),
    );
    vi.useRealTimers();
  });

  test("the right code ends the challenge once and signs the person in", async () => {
    const { user } = await withTwoStep("staff");
    const cookie = await startChallenge(user.id, "/staff/audit");
    const request = requestWithCookie(cookie, "http://localhost/sign-in/code");
    expect(
      (
        await completeChallenge(
          request,
          "000000" === (await appCode(user.id)) ? "111111" : "000000",
          "192.0.2.202",
        )
      ).status,
    ).toBe("refused");
    expect(await completeChallenge(request, await appCode(user.id), "192.0.2.202")).toEqual({
      status: "done",
      value: {
        userId: user.id,
        redirectTo: "/staff/audit",
        usedRecoveryCode: false,
        codesLeft: 10,
      },
    });
    expect(await currentChallenge(request)).toBe(null);
    expect(
      await prisma.auditEvent.count({ where: { action: "staff.sign-in", actorId: user.id } }),
    ).toBe(1);
    expect(
      await prisma.securityEvent.count({ where: { userId: user.id, event: "sign-in.succeeded" } }),
    ).toBe(1);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 30_000 });
    expect(await completeChallenge(request, await appCode(user.id), "192.0.2.202")).toEqual({
      status: "refused",
      reason: CHALLENGE_ENDED_MESSAGE,
      field: "oneTimeCode",
    });
    vi.useRealTimers();
  });

  test("a recovery code signs in too, and says how many are left", async () => {
    const { user, recoveryCodes } = await withTwoStep("sme");
    const request = requestWithCookie(
      await startChallenge(user.id, "/"),
      "http://localhost/sign-in/code",
    );
    expect(await completeChallenge(request, recoveryCodes[0]!, "192.0.2.203")).toMatchObject({
      status: "done",
      value: { usedRecoveryCode: true, codesLeft: 9 },
    });
    vi.useRealTimers();
  });

  test("a challenge ends after 10 minutes", async () => {
    const { user } = await withTwoStep("sme");
    const started = new Date();
    const cookie = await startChallenge(user.id, "/", started);
    const request = requestWithCookie(cookie, "http://localhost/sign-in/code");
    expect(await currentChallenge(request, new Date(started.getTime() + 9 * 60_000))).not.toBe(
      null,
    );
    expect(await currentChallenge(request, new Date(started.getTime() + 11 * 60_000))).toBe(null);
    vi.useRealTimers();
  });
});

describe("staff must use two-step sign-in", () => {
  test("staff without it are sent to set it up from every page but that one", async () => {
    const staff = await makeUser("staff");
    const cookie = await createUserSession(staff.id);
    for (const url of [
      "http://localhost/staff/audit",
      "http://localhost/staff/users.data",
      "http://localhost/account",
    ]) {
      await expect(requireRole(requestWithCookie(cookie, url), "staff")).rejects.toSatisfy(
        (r: Response) => r.status === 302 && r.headers.get("Location") === "/account/two-step",
      );
    }
    await expect(
      requireUser(requestWithCookie(cookie, "http://localhost/account/two-step")),
    ).resolves.toMatchObject({ id: staff.id });
  });

  test("staff with it, and members without it, go where they asked", async () => {
    const { user } = await withTwoStep("staff");
    vi.useRealTimers();
    const cookie = await createUserSession(user.id);
    await expect(
      requireRole(requestWithCookie(cookie, "http://localhost/staff/audit"), "staff"),
    ).resolves.toMatchObject({ id: user.id });
    const sme = await makeUser("sme");
    await expect(
      requireUser(requestWithCookie(await createUserSession(sme.id), "http://localhost/account")),
    ).resolves.toMatchObject({ id: sme.id });
  });
});
