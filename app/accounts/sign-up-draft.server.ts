import crypto from "node:crypto";
import { z } from "zod";
import { done, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { hashToken } from "~/auth/tokens.server";
import {
  firstUnanswered,
  type AnswerStep,
  type SignUpAnswers,
  type SignUpRole,
  type SignUpStep,
  type StepAnswers,
} from "./sign-up-steps";

// Create account, page by page, before any account exists (decision 048). The
// answers so far live in a SignUpDraft row; the browser holds only a random
// token in an HttpOnly cookie, and the row is keyed by the token's hash, so a
// copy of the database cannot open a draft. The password is never kept: the
// last page asks for it. A draft lasts DRAFT_MINUTES from its last answer.

export const DRAFT_MINUTES = 60;

export const SIGN_UP_COOKIE_NAME = siteOrigin().startsWith("https:")
  ? "__Host-sb_sign_up"
  : "sb_sign_up";

function cookie(value: string, maxAgeSeconds: number) {
  return `${SIGN_UP_COOKIE_NAME}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAgeSeconds}`;
}

export const clearSignUpCookie = () => cookie("", 0);

/** Read our cookie ourselves: a broken percent-escape in any cookie must not throw. */
function draftTokenFrom(request: Request): string | null {
  for (const pair of (request.headers.get("Cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === SIGN_UP_COOKIE_NAME) {
      const value = pair.slice(at + 1).trim();
      return /^[a-f0-9]{64}$/.test(value) ? value : null;
    }
  }
  return null;
}

// The stored JSON is read back through a schema: a row from an older release
// (or a hand-edited one) gives an empty draft, never a crash.
const stepAnswers = z.record(z.string(), z.string());
const storedAnswers = z.object({
  role: z.enum(["sme", "school", "board"]).optional(),
  organisation: stepAnswers.optional(),
  details: stepAnswers.optional(),
  you: stepAnswers.optional(),
});

function readAnswers(json: string): SignUpAnswers {
  try {
    const parsed = storedAnswers.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export type SignUpDraft = { id: string; answers: SignUpAnswers };

/** The draft this browser is filling in, while it lasts. */
export async function currentSignUpDraft(
  request: Request,
  now = new Date(),
): Promise<SignUpDraft | null> {
  const token = draftTokenFrom(request);
  if (!token) return null;
  const row = await prisma.signUpDraft.findFirst({
    where: { id: hashToken(token), expiresAt: { gt: now } },
    select: { id: true, answers: true },
  });
  return row && { id: row.id, answers: readAnswers(row.answers) };
}

type Change = { role: SignUpRole } | { step: AnswerStep; answers: StepAnswers };

function applyChange(answers: SignUpAnswers, change: Change): SignUpAnswers {
  if ("role" in change) {
    // Another kind of organisation has other questions: its old details go.
    return change.role === answers.role
      ? answers
      : { ...answers, role: change.role, details: undefined };
  }
  return { ...answers, [change.step]: change.answers };
}

/**
 * Keep one page's answers in this browser's draft, starting a draft if it has
 * none (or its draft has ended). Returns the Set-Cookie value, which also
 * renews the cookie's life, and the page to go to next: the first one still
 * to answer, so "Change" on the check page comes back to it.
 */
export async function saveSignUpAnswers(
  request: Request,
  change: Change,
  now = new Date(),
): Promise<CommandResult<{ cookie: string; next: SignUpStep }>> {
  const expiresAt = new Date(now.getTime() + DRAFT_MINUTES * 60_000);
  const draft = await currentSignUpDraft(request, now);
  const token = draft ? draftTokenFrom(request)! : crypto.randomBytes(32).toString("hex");
  const changed = applyChange(draft?.answers ?? {}, change);
  const answers = JSON.stringify(changed);
  if (draft) {
    await prisma.signUpDraft.update({
      where: { id: draft.id },
      data: { answers, expiresAt },
      select: { id: true },
    });
  } else {
    await prisma.signUpDraft.create({
      data: { id: hashToken(token), answers, expiresAt },
      select: { id: true },
    });
  }
  return done({ cookie: cookie(token, DRAFT_MINUTES * 60), next: firstUnanswered(changed) });
}

/** The account is made (or the same answer was given for an address in use): the draft goes. */
export async function endSignUpDraft(id: string) {
  await prisma.signUpDraft.deleteMany({ where: { id } });
}

/** Housekeeping: drafts past their end. */
export async function deleteEndedSignUpDrafts(now = new Date()) {
  const { count } = await prisma.signUpDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
