// An applicant has no account. Once they open the emailed link, a cookie holds
// a random token (stored only as a hash, like every emailed token) that opens
// their one application for a few hours, so they can answer page by page.
import { redirect } from "@remix-run/node";
import { createToken, findUsableToken } from "~/auth/tokens.server";
import { TOKEN_LIFETIME_MS } from "~/auth/token-lifetimes";
import { prisma } from "~/db.server";

export const APPLICANT_COOKIE = "sb_applicant";

function cookieValue(request: Request): string {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === APPLICANT_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return "";
}

/**
 * Start an applicant's session; returns the Set-Cookie value. With an
 * application, it opens that draft; either way it shows every application sent
 * from the (confirmed) email address.
 */
export async function createApplicantSession(
  applicationId: string | null,
  email: string,
  now = new Date(),
): Promise<string> {
  const token = await createToken({
    purpose: "applicant-session",
    email,
    applicationId: applicationId ?? undefined,
    now,
  });
  const maxAge = Math.floor(TOKEN_LIFETIME_MS["applicant-session"] / 1000);
  // Secure even in tests: Chromium accepts Secure cookies on http://127.0.0.1.
  return `${APPLICANT_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAge}`;
}

export function clearApplicantCookie(): string {
  return `${APPLICANT_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`;
}

/** The application this browser has open, if any. */
export async function readApplicant(request: Request, now = new Date()) {
  const token = await findUsableToken("applicant-session", cookieValue(request), now);
  if (!token) return null;
  return { applicationId: token.applicationId, email: token.email };
}

/** An application's answers: what the applicant sees on check-your-answers and the employer reads. */
export const applicationAnswersSelect = {
  id: true,
  email: true,
  name: true,
  phone: true,
  localAuthority: true,
  outcode: true,
  currentActivity: true,
  qualifications: true,
  noQualifications: true,
  whyThis: true,
  answer1: true,
  answer2: true,
  answer3: true,
  adjustments: true,
  guaranteedInterview: true,
} as const;

/**
 * The draft this browser is filling in for vacancy `vacancyId`. Without one (no
 * cookie, an old one, another vacancy's, or one already sent), back to the
 * start page, which asks for the email address again.
 */
export async function requireDraft(request: Request, vacancyId: string) {
  const applicant = await readApplicant(request);
  const draft = applicant?.applicationId
    ? await prisma.application.findFirst({
        where: {
          id: applicant.applicationId,
          email: applicant.email,
          apprenticeshipId: vacancyId,
          state: "draft",
        },
        select: applicationAnswersSelect,
      })
    : null;
  if (!draft) throw redirect(`/apprenticeships/${vacancyId}/apply`);
  return draft;
}

export type Draft = Awaited<ReturnType<typeof requireDraft>>;
