// The applicant's commands: ask for the emailed link, open it, answer page by
// page, send. Every write checks the draft by its id, its vacancy and its state
// in the `where`, so a stale tab or another vacancy's cookie changes nothing.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { consumeToken, createToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import {
  alreadyAppliedMessage,
  applicationSentMessage,
  applyLinkMessage,
} from "~/email/templates.server";
import { siteOrigin } from "~/env.server";
import { addDays, dateToDay } from "~/time/uk-time";
import { formatDay } from "~/time/format";
import { createApplicantSession } from "./applicant-session.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { EMPLOYER_ANSWER_DAYS, firstUnanswered, takesApplications, type ApplyStep } from "./rules";
import { MAX_QUALIFICATIONS, readQualifications, type Qualification } from "./schemas";
import { vacancyForApplyingSelect } from "./vacancy.server";
import { employerQuestions } from "./rules";

/** For the limit message: "There have been too many links asked for from here." */
export const LINKS_ASKED_FOR = "links asked for from here";

export const CLOSED_MESSAGE = "This apprenticeship is not taking applications any more.";

async function sendSafely(message: Parameters<typeof sendEmail>[0]) {
  try {
    await sendEmail(message);
  } catch (error) {
    console.error(
      "Could not send an applicant email:",
      error instanceof Error ? error.message : error,
    );
  }
}

async function openVacancy(id: string, now: Date) {
  const vacancy = await prisma.apprenticeship.findFirst({
    where: { id, applyMethod: "portal" },
    select: vacancyForApplyingSelect,
  });
  if (!vacancy) return null;
  return { ...vacancy, open: takesApplications(vacancy, now) };
}

/**
 * Email a link that starts (or goes back to) this person's application. The
 * page says the same whatever happens, so it never tells a stranger whether an
 * address has applied: someone who has already sent one is told so by email.
 * A filled honeypot (`isBot`) is answered the same and sends nothing.
 */
export async function requestApplyLink(input: {
  vacancyId: string;
  email: string;
  address: string;
  isBot: boolean;
  now?: Date;
}): Promise<CommandResult> {
  const now = input.now ?? new Date();
  const vacancy = await openVacancy(input.vacancyId, now);
  if (!vacancy) return notFound();
  if (!vacancy.open) return refused(CLOSED_MESSAGE);
  if (input.isBot) return done();
  const limit = await takeLimits(pairFor(limits.applyLink, input.email, input.address), now);
  if (limit.limited) return refused(limitMessage(LINKS_ASKED_FOR, limit.minutes), "email");

  const existing = await prisma.application.findUnique({
    where: { apprenticeshipId_email: { apprenticeshipId: vacancy.id, email: input.email } },
    select: { id: true, state: true },
  });
  if (existing && existing.state !== "draft") {
    await sendSafely(alreadyAppliedMessage(input.email, vacancy.title, vacancy.organisation.name));
    return done();
  }
  const token = await prisma.$transaction(async (tx) => {
    const draft =
      existing ??
      (await tx.application.create({
        data: { apprenticeshipId: vacancy.id, email: input.email },
        select: { id: true },
      }));
    return createToken({ purpose: "apply", email: input.email, applicationId: draft.id, now }, tx);
  });
  const link = `${siteOrigin()}/apprenticeships/${vacancy.id}/apply/confirm?token=${encodeURIComponent(token)}`;
  await sendSafely(applyLinkMessage(input.email, link, vacancy.title, vacancy.organisation.name));
  return done();
}

/**
 * Use the emailed link once: the address is confirmed and this browser gets a
 * session on the draft. Refused once the application has been sent.
 */
export async function openApplyLink(
  vacancyId: string,
  token: string,
  now = new Date(),
): Promise<CommandResult<{ setCookie: string }>> {
  const used = await consumeToken("apply", token, now);
  if (!used?.applicationId) return notFound();
  const { count } = await prisma.application.updateMany({
    where: { id: used.applicationId, apprenticeshipId: vacancyId, state: "draft" },
    data: { emailConfirmedAt: now },
  });
  if (count === 0) return notFound();
  return done({ setCookie: await createApplicantSession(used.applicationId, used.email, now) });
}

export type StepAnswers = Partial<{
  name: string;
  phone: string | null;
  localAuthority: string | null;
  outcode: string | null;
  currentActivity: string;
  whyThis: string;
  answer1: string;
  answer2: string;
  answer3: string;
  adjustments: string | null;
  guaranteedInterview: boolean;
}>;

/** Save one page's answers to the draft. */
export async function saveDraftAnswers(
  draftId: string,
  vacancyId: string,
  answers: StepAnswers,
): Promise<CommandResult> {
  const { count } = await prisma.application.updateMany({
    where: { id: draftId, apprenticeshipId: vacancyId, state: "draft" },
    data: answers,
  });
  return count === 1 ? done() : notFound();
}

async function changeQualifications(
  draftId: string,
  vacancyId: string,
  change: (list: Qualification[]) => Qualification[] | string,
): Promise<CommandResult> {
  return prisma.$transaction(async (tx) => {
    const draft = await tx.application.findFirst({
      where: { id: draftId, apprenticeshipId: vacancyId, state: "draft" },
      select: { qualifications: true },
    });
    if (!draft) return notFound();
    const next = change(readQualifications(draft.qualifications));
    if (typeof next === "string") return refused(next, "subject");
    await tx.application.update({
      where: { id: draftId },
      data: { qualifications: JSON.stringify(next), noQualifications: false },
    });
    return done();
  });
}

export function addQualification(draftId: string, vacancyId: string, q: Qualification) {
  return changeQualifications(draftId, vacancyId, (list) =>
    list.length >= MAX_QUALIFICATIONS
      ? `You can add up to ${MAX_QUALIFICATIONS} qualifications`
      : [...list, q],
  );
}

export function removeQualification(draftId: string, vacancyId: string, index: number) {
  return changeQualifications(draftId, vacancyId, (list) => list.filter((_, i) => i !== index));
}

/** "None yet": no qualifications is a fine answer. */
export async function markNoQualifications(draftId: string, vacancyId: string) {
  const { count } = await prisma.application.updateMany({
    where: { id: draftId, apprenticeshipId: vacancyId, state: "draft" },
    data: { noQualifications: true, qualifications: "[]" },
  });
  return count === 1 ? done() : notFound();
}

/**
 * Send the application to the employer: only while the vacancy takes
 * applications, and only when every page that needs an answer has one. The
 * employer's members are told in the app (the daily email summary is sent by
 * housekeeping); the applicant gets an email that says what happens next.
 */
export async function sendApplication(
  draftId: string,
  vacancyId: string,
  now = new Date(),
): Promise<CommandResult<{ hearBy: string }> | { status: "unanswered"; step: ApplyStep }> {
  const vacancy = await openVacancy(vacancyId, now);
  if (!vacancy) return notFound();
  if (!vacancy.open) return refused(CLOSED_MESSAGE);
  const draft = await prisma.application.findFirst({
    where: { id: draftId, apprenticeshipId: vacancyId, state: "draft" },
    select: {
      email: true,
      name: true,
      localAuthority: true,
      outcode: true,
      currentActivity: true,
      qualifications: true,
      noQualifications: true,
      whyThis: true,
      answer1: true,
      answer2: true,
      answer3: true,
    },
  });
  if (!draft) return notFound();
  const step = firstUnanswered(draft, {
    questions: employerQuestions(vacancy),
    disabilityConfident: vacancy.disabilityConfident,
  });
  if (step) return { status: "unanswered", step };

  const sent = await prisma.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: draftId, state: "draft" },
      data: { state: "new", submittedAt: now, stateChangedAt: now },
    });
    if (count === 0) return false;
    await tx.notification.create({
      data: {
        organisationId: vacancy.organisationId,
        message: `New application for ${vacancy.title} from ${draft.name ?? "an applicant"}.`,
        link: `/postings/apprenticeships/${vacancy.id}/applications`,
      },
    });
    return true;
  });
  if (!sent) return notFound();
  const closingDay = dateToDay(vacancy.closingDate);
  const hearBy = formatDay(addDays(closingDay, EMPLOYER_ANSWER_DAYS));
  await sendSafely(
    applicationSentMessage(
      draft.email,
      {
        title: vacancy.title,
        employer: vacancy.organisation.name,
        closing: formatDay(closingDay),
        hearBy,
      },
      `${siteOrigin()}/applications`,
    ),
  );
  return done({ hearBy });
}
