import crypto from "node:crypto";
import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import QRCode from "qrcode";
import { refuseUnlessCurrentPassword } from "~/accounts/current-password.server";
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import {
  checkLimits,
  clearAccountHits,
  limitMessage,
  limits,
  pairFor,
  recordHit,
} from "~/limits/limiter.server";
import { securityEvent } from "~/security/events.server";
import { openSecret, sealSecret } from "./secret-box.server";
import { sessionRowId } from "./session-adapter.server";
import {
  codeKind,
  formatRecoveryCode,
  groupSecret,
  normaliseCode,
  RECOVERY_ALPHABET,
  RECOVERY_CODE_COUNT,
  stepIsFresh,
  TOTP_WINDOW,
  totpSettings,
  totpStep,
} from "./two-step";

// Two-step sign-in with an authenticator app (TOTP) and recovery codes
// (decision 034). Secrets are sealed (secret-box.server.ts), recovery codes
// kept as hashes, each code works once, and wrong codes are limited per
// account and per client address in the database (decision 021).

export const WRONG_CODE_MESSAGE =
  "That code is not right. Use the newest code from your app, or a recovery code.";
export const WRONG_APP_CODE_MESSAGE =
  "That code is not right. Enter the newest 6-digit code your app shows.";
const FIELD = "oneTimeCode";

export type TwoStepUser = AuditActor;

/** Is two-step sign-in on for this user, and how many recovery codes are left? */
export async function twoStepStatus(userId: string) {
  const [row, codesLeft] = await Promise.all([
    prisma.twoStep.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { on: Boolean(row?.confirmedAt), codesLeft };
}

/** True when the user has confirmed two-step sign-in. */
export async function hasTwoStep(userId: string) {
  return (await twoStepStatus(userId)).on;
}

function otpauthUri(secret: string, email: string) {
  return getTOTPAuthUri({ ...totpSettings, secret, accountName: email, issuer: "SkillsBridge" });
}

/**
 * The secret being set up, made the first time it is asked for and the same
 * after that (so reloading the page keeps the QR code already scanned), with
 * its QR code as a PNG data URL drawn on the server: no JavaScript needed.
 */
export async function setUpDetails(
  user: TwoStepUser,
): Promise<CommandResult<{ secret: string; qrCode: string }>> {
  const row = await prisma.twoStep.findUnique({
    where: { userId: user.id },
    select: { confirmedAt: true, secret: true },
  });
  if (row?.confirmedAt) return refused("Two-step sign-in is already on.");
  let secret = row ? openSecret(row.secret) : null;
  if (!secret) {
    secret = (await generateTOTP(totpSettings)).secret;
    await prisma.twoStep.upsert({
      where: { userId: user.id },
      create: { userId: user.id, secret: sealSecret(secret) },
      update: { secret: sealSecret(secret), lastStep: 0 },
      select: { userId: true },
    });
  }
  const qrCode = await QRCode.toDataURL(otpauthUri(secret, user.email), {
    errorCorrectionLevel: "M",
    margin: 2,
    width: 240,
  });
  return done({ secret: groupSecret(secret), qrCode });
}

type Db = Pick<typeof prisma, "twoStep" | "recoveryCode">;

/**
 * Accept an app's code once: the step it was made for must be later than the
 * last one accepted, and claiming it is one conditional UPDATE, so two tries
 * with the same code at the same moment cannot both pass.
 */
async function acceptAppCode(
  db: Db,
  userId: string,
  row: { secret: string; lastStep: number },
  code: string,
) {
  const secret = openSecret(row.secret);
  if (!secret) return false;
  const match = await verifyTOTP({ otp: code, secret, ...totpSettings, window: TOTP_WINDOW });
  if (!match) return false;
  const step = totpStep(new Date()) + match.delta;
  if (!stepIsFresh(step, row.lastStep)) return false;
  const { count } = await db.twoStep.updateMany({
    where: { userId, lastStep: { lt: step } },
    data: { lastStep: step },
  });
  return count === 1;
}

const hashRecoveryCode = (code: string) =>
  crypto.createHash("sha256").update(normaliseCode(code)).digest("hex");

/** Use a recovery code once: marking it used is the check. */
async function acceptRecoveryCode(db: Db, userId: string, code: string) {
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, hash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

function newRecoveryCodeList(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from(
      { length: 10 },
      () => RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)],
    ).join(""),
  );
}

/** Replace every recovery code with new ones; returns them, shown once and stored only hashed. */
async function replaceRecoveryCodes(db: Db, userId: string) {
  const codes = newRecoveryCodeList();
  await db.recoveryCode.deleteMany({ where: { userId } });
  await db.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, hash: hashRecoveryCode(code) })),
  });
  return codes.map(formatRecoveryCode);
}

type CodeCheck = { kind: "app" | "recovery"; codesLeft: number };

/**
 * Check a code typed by `userId`, limited per account and per client: an
 * app's code for the confirmed secret or a recovery code; with `settingUp`,
 * only an app's code for the secret being set up.
 */
export async function checkCode(
  userId: string,
  typed: string,
  address: string,
  options: { settingUp?: boolean } = {},
): Promise<CommandResult<CodeCheck>> {
  const checks = pairFor(limits.twoStepCode, userId, address);
  const state = await checkLimits(checks);
  if (state.limited) {
    await securityEvent("two-step.limited", userId, { minutes: state.minutes }, "warn");
    return refused(limitMessage("wrong codes", state.minutes), FIELD);
  }
  const kind = codeKind(typed);
  const code = normaliseCode(typed);
  let accepted = false;
  if (kind === "app") {
    const row = await prisma.twoStep.findUnique({
      where: { userId },
      select: { secret: true, lastStep: true, confirmedAt: true },
    });
    if (row && Boolean(row.confirmedAt) !== Boolean(options.settingUp)) {
      accepted = await acceptAppCode(prisma, userId, row, code);
    }
  } else if (kind === "recovery" && !options.settingUp) {
    accepted = await acceptRecoveryCode(prisma, userId, code);
  }
  if (!accepted) {
    await recordHit(checks);
    await securityEvent("two-step.code-failed", userId);
    return refused(options.settingUp ? WRONG_APP_CODE_MESSAGE : WRONG_CODE_MESSAGE, FIELD);
  }
  await clearAccountHits(limits.twoStepCode.perAccount, userId);
  const codesLeft = await prisma.recoveryCode.count({ where: { userId, usedAt: null } });
  if (kind === "recovery") {
    await securityEvent("two-step.recovery-code-used", userId, { codesLeft });
  }
  return done({ kind: kind === "recovery" ? "recovery" : "app", codesLeft });
}

/**
 * Confirm the secret being set up with a code from the app: two-step sign-in
 * is on, the user's other sessions end (one made with a stolen password stops
 * here), and the recovery codes are returned to be shown once.
 */
export async function confirmSetUp(
  user: TwoStepUser,
  typed: string,
  address: string,
  keepSessionId?: string,
): Promise<CommandResult<{ recoveryCodes: string[] }>> {
  const pending = await prisma.twoStep.findUnique({
    where: { userId: user.id },
    select: { confirmedAt: true },
  });
  if (!pending) return refused("Start again: open this page to get a new QR code.", FIELD);
  if (pending.confirmedAt) return refused("Two-step sign-in is already on.", FIELD);
  const checked = await checkCode(user.id, typed, address, { settingUp: true });
  if (checked.status !== "done") return checked;
  const recoveryCodes = await prisma.$transaction(async (tx) => {
    await tx.twoStep.update({
      where: { userId: user.id },
      data: { confirmedAt: new Date() },
      select: { userId: true },
    });
    const codes = await replaceRecoveryCodes(tx, user.id);
    await tx.session.deleteMany({
      where: {
        userId: user.id,
        ...(keepSessionId ? { id: { not: sessionRowId(keepSessionId) } } : {}),
      },
    });
    await recordAudit(
      user,
      {
        action: "two-step.turn-on",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.email,
      },
      tx,
    );
    return codes;
  });
  await securityEvent("two-step.turned-on", user.id);
  return done({ recoveryCodes });
}

/** Turn two-step sign-in off: the current password and a code (app or recovery) are both needed. */
export async function turnOffTwoStep(
  user: TwoStepUser,
  input: { currentPassword: string; oneTimeCode: string },
  address: string,
): Promise<CommandResult> {
  if (!(await hasTwoStep(user.id))) return refused("Two-step sign-in is already off.");
  const wrongPassword = await refuseUnlessCurrentPassword(user.id, input.currentPassword, address, {
    field: "currentPassword",
    message: "Your password is not right",
  });
  if (wrongPassword) return wrongPassword;
  const checked = await checkCode(user.id, input.oneTimeCode, address);
  if (checked.status !== "done") return checked;
  await prisma.$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.twoStep.delete({ where: { userId: user.id }, select: { userId: true } });
    await recordAudit(
      user,
      {
        action: "two-step.turn-off",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.email,
      },
      tx,
    );
  });
  await securityEvent("two-step.turned-off", user.id);
  return done();
}

/** New recovery codes (the old ones stop working), after a code from the app or a recovery code. */
export async function makeNewRecoveryCodes(
  user: TwoStepUser,
  typed: string,
  address: string,
): Promise<CommandResult<{ recoveryCodes: string[] }>> {
  if (!(await hasTwoStep(user.id))) return refused("Turn on two-step sign-in first.", FIELD);
  const checked = await checkCode(user.id, typed, address);
  if (checked.status !== "done") return checked;
  const recoveryCodes = await prisma.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
  await securityEvent("two-step.new-recovery-codes", user.id);
  return done({ recoveryCodes });
}
