import { generateTOTP } from "@epic-web/totp";
import { afterEach, describe, expect, test, vi } from "vitest";
import { prisma } from "~/db.server";
import { limitMessage } from "~/limits/limiter.server";
import { makeUser } from "../../tests/factories";
import { hashPassword } from "./password.server";
import { openSecret } from "./secret-box.server";
import { createUserSession, sessionIdFrom } from "./session.server";
import { totpSettings } from "./two-step";
import {
  checkCode,
  confirmSetUp,
  makeNewRecoveryCodes,
  setUpDetails,
  turnOffTwoStep,
  twoStepStatus,
  WRONG_APP_CODE_MESSAGE,
  WRONG_CODE_MESSAGE,
} from "./two-step.server";

const PASSWORD = "correct horse battery";
let address = 0;
// Each test its own client address, so per-address limits never mix tests.
const nextAddress = () => `198.51.100.${++address}`;

afterEach(() => {
  vi.useRealTimers();
});

async function member(kind: "sme" | "staff" = "sme") {
  const user = await makeUser(kind);
  await prisma.password.create({ data: { userId: user.id, hash: await hashPassword(PASSWORD) } });
  return user;
}

async function secretOf(userId: string) {
  const row = await prisma.twoStep.findUniqueOrThrow({
    where: { userId },
    select: { secret: true },
  });
  return openSecret(row.secret)!;
}

/** What the person's app shows at this moment. */
async function appCode(userId: string) {
  return (await generateTOTP({ ...totpSettings, secret: await secretOf(userId) })).otp;
}

/** A step later, so this step's code has been used and the next one is fresh. */
function nextStep() {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 30_000 });
}

async function turnedOn(kind: "sme" | "staff" = "sme") {
  const user = await member(kind);
  await setUpDetails(user);
  const result = await confirmSetUp(user, await appCode(user.id), nextAddress());
  if (result.status !== "done") throw new Error("set-up failed");
  return { user, recoveryCodes: result.value.recoveryCodes };
}

describe("setting up", () => {
  test("gives a QR code drawn on the server and the key as text, the same on every visit", async () => {
    const user = await member();
    const first = await setUpDetails(user);
    if (first.status !== "done") throw new Error("not done");
    expect(first.value.qrCode).toMatch(/^data:image\/png;base64,/);
    const secret = await secretOf(user.id);
    expect(first.value.secret.replace(/ /g, "")).toBe(secret);
    const stored = await prisma.twoStep.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.secret).not.toContain(secret);
    expect(stored.confirmedAt).toBe(null);
    const again = await setUpDetails(user);
    expect(again.status === "done" && again.value.secret).toBe(first.value.secret);
    expect((await twoStepStatus(user.id)).on).toBe(false);
  });

  test("a wrong code does not turn it on", async () => {
    const user = await member();
    await setUpDetails(user);
    const right = await appCode(user.id);
    const wrong = right === "000000" ? "111111" : "000000";
    expect(await confirmSetUp(user, wrong, nextAddress())).toEqual({
      status: "refused",
      reason: WRONG_APP_CODE_MESSAGE,
      field: "oneTimeCode",
    });
    expect((await twoStepStatus(user.id)).on).toBe(false);
  });

  test("the app's code turns it on: 10 recovery codes, kept hashed, audited, other sessions end", async () => {
    const user = await member();
    const kept = sessionIdFrom(
      new Request("http://x/", {
        headers: { Cookie: (await createUserSession(user.id)).split(";")[0]! },
      }),
    )!;
    await createUserSession(user.id);
    await setUpDetails(user);
    const result = await confirmSetUp(user, await appCode(user.id), nextAddress(), kept);
    if (result.status !== "done") throw new Error(JSON.stringify(result));
    const codes = result.value.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const code of codes) {
      expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));
    }
    expect(await twoStepStatus(user.id)).toEqual({ on: true, codesLeft: 10 });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);
    expect(
      await prisma.auditEvent.count({ where: { action: "two-step.turn-on", targetId: user.id } }),
    ).toBe(1);
    expect(
      await prisma.securityEvent.count({ where: { userId: user.id, event: "two-step.turned-on" } }),
    ).toBe(1);
    // Only a code from the app confirms set-up; once on, set-up is refused.
    expect((await setUpDetails(user)).status).toBe("refused");
  });
});

describe("checking a code", () => {
  test("each app code works once: the one that turned it on is refused, the next step's is not", async () => {
    const user = await member();
    await setUpDetails(user);
    const code = await appCode(user.id);
    expect((await confirmSetUp(user, code, nextAddress())).status).toBe("done");
    expect(await checkCode(user.id, code, nextAddress())).toEqual({
      status: "refused",
      reason: WRONG_CODE_MESSAGE,
      field: "oneTimeCode",
    });
    nextStep();
    const fresh = await appCode(user.id);
    expect(await checkCode(user.id, fresh, nextAddress())).toEqual({
      status: "done",
      value: { kind: "app", codesLeft: 10 },
    });
    expect((await checkCode(user.id, fresh, nextAddress())).status).toBe("refused");
  });

  test("a recovery code works once, typed in any case and without its dash", async () => {
    const { user, recoveryCodes } = await turnedOn();
    const code = recoveryCodes[3]!;
    expect(await checkCode(user.id, code.replace("-", "").toUpperCase(), nextAddress())).toEqual({
      status: "done",
      value: { kind: "recovery", codesLeft: 9 },
    });
    expect((await checkCode(user.id, code, nextAddress())).status).toBe("refused");
    expect(
      await prisma.securityEvent.count({
        where: { userId: user.id, event: "two-step.recovery-code-used" },
      }),
    ).toBe(1);
  });

  test("after 5 wrong codes even the right one waits, and the wrong tries are security events", async () => {
    const { user } = await turnedOn();
    const where = nextAddress();
    for (let i = 0; i < 5; i++) {
      expect((await checkCode(user.id, "abcde-fghjk", where)).status).toBe("refused");
    }
    nextStep();
    expect(await checkCode(user.id, await appCode(user.id), nextAddress())).toEqual({
      status: "refused",
      reason: limitMessage("wrong codes", 15),
      field: "oneTimeCode",
    });
    expect(
      await prisma.securityEvent.count({
        where: { userId: user.id, event: "two-step.code-failed" },
      }),
    ).toBe(5);
    expect(
      await prisma.securityEvent.count({ where: { userId: user.id, event: "two-step.limited" } }),
    ).toBe(1);
  });

  test("someone without two-step sign-in has no code that works", async () => {
    const user = await member();
    expect((await checkCode(user.id, "123456", nextAddress())).status).toBe("refused");
  });
});

describe("turning off and new recovery codes", () => {
  test("needs the current password and a code; then the secret and codes are gone", async () => {
    const { user, recoveryCodes } = await turnedOn();
    expect(
      await turnOffTwoStep(
        user,
        { currentPassword: "not it", oneTimeCode: recoveryCodes[0]! },
        nextAddress(),
      ),
    ).toEqual({
      status: "refused",
      reason: "Your password is not right",
      field: "currentPassword",
    });
    expect(
      (
        await turnOffTwoStep(
          user,
          { currentPassword: PASSWORD, oneTimeCode: "zzzzz-zzzzz" },
          nextAddress(),
        )
      ).status,
    ).toBe("refused");
    expect((await twoStepStatus(user.id)).on).toBe(true);
    expect(
      await turnOffTwoStep(
        user,
        { currentPassword: PASSWORD, oneTimeCode: recoveryCodes[0]! },
        nextAddress(),
      ),
    ).toEqual({ status: "done", value: undefined });
    expect(await twoStepStatus(user.id)).toEqual({ on: false, codesLeft: 0 });
    expect(await prisma.twoStep.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await prisma.auditEvent.count({ where: { action: "two-step.turn-off", targetId: user.id } }),
    ).toBe(1);
  });

  test("new recovery codes replace the old ones", async () => {
    const { user, recoveryCodes } = await turnedOn();
    const result = await makeNewRecoveryCodes(user, recoveryCodes[0]!, nextAddress());
    if (result.status !== "done") throw new Error("not done");
    expect((await checkCode(user.id, recoveryCodes[1]!, nextAddress())).status).toBe("refused");
    expect((await checkCode(user.id, result.value.recoveryCodes[0]!, nextAddress())).status).toBe(
      "done",
    );
  });
});
