// The applicant coming back: an emailed link (single-use, expiring, hashed)
// opens a session that lists what was sent from that address, to see where
// each stands, withdraw it or delete it.
import { done, notFound, type CommandResult } from "~/command-result";
import { consumeToken, createToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { applicationReturnMessage, noApplicationsMessage } from "~/email/templates.server";
import { siteOrigin } from "~/env.server";
import { createApplicantSession } from "./applicant-session.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { refused } from "~/command-result";
import { LINKS_ASKED_FOR } from "./apply.server";

/** The page says the same whether or not the address has applied; the email tells its owner. */
export async function requestReturnLink(input: {
  email: string;
  address: string;
  isBot: boolean;
  now?: Date;
}): Promise<CommandResult> {
  const now = input.now ?? new Date();
  if (input.isBot) return done();
  const limit = await takeLimits(
    pairFor(limits.applicationReturn, input.email, input.address),
    now,
  );
  if (limit.limited) return refused(limitMessage(LINKS_ASKED_FOR, limit.minutes), "email");
  const sent = await prisma.application.count({
    where: { email: input.email, state: { not: "draft" } },
  });
  let message;
  if (sent === 0) message = noApplicationsMessage(input.email);
  else {
    const token = await createToken({ purpose: "application-return", email: input.email, now });
    message = applicationReturnMessage(
      input.email,
      `${siteOrigin()}/applications/confirm?token=${encodeURIComponent(token)}`,
    );
  }
  try {
    await sendEmail(message);
  } catch (error) {
    console.error("Could not send a return link:", error instanceof Error ? error.message : error);
  }
  return done();
}

export async function openReturnLink(
  token: string,
  now = new Date(),
): Promise<CommandResult<{ setCookie: string }>> {
  const used = await consumeToken("application-return", token, now);
  if (!used) return notFound();
  return done({ setCookie: await createApplicantSession(null, used.email, now) });
}

/** What was sent from `email`, newest first. */
export function applicationsOf(email: string) {
  return prisma.application.findMany({
    where: { email, state: { not: "draft" } },
    select: {
      id: true,
      state: true,
      submittedAt: true,
      stateChangedAt: true,
      feedback: true,
      apprenticeship: {
        select: { id: true, title: true, organisation: { select: { name: true } } },
      },
    },
    orderBy: { submittedAt: "desc" },
  });
}

const openStates = ["new", "reviewing", "interviewing", "offered"] as const;

/** Withdraw an open application; its employer is told in the app. */
export async function withdrawApplication(
  email: string,
  applicationId: string,
  now = new Date(),
): Promise<CommandResult> {
  const app = await prisma.application.findFirst({
    where: { id: applicationId, email, state: { in: [...openStates] } },
    select: {
      name: true,
      apprenticeship: { select: { id: true, title: true, organisationId: true } },
    },
  });
  if (!app) return notFound();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, email, state: { in: [...openStates] } },
      data: { state: "withdrawn", stateChangedAt: now },
    });
    if (count === 0) return;
    await tx.notification.create({
      data: {
        organisationId: app.apprenticeship.organisationId,
        message: `${app.name ?? "An applicant"} withdrew their application for ${app.apprenticeship.title}.`,
        link: `/postings/apprenticeships/${app.apprenticeship.id}/applications`,
      },
    });
  });
  return done();
}

/**
 * Delete an application and everything with it (its links go by trigger). The
 * employer keeps no copy; its counts simply drop.
 */
export async function deleteApplication(
  email: string,
  applicationId: string,
): Promise<CommandResult> {
  const { count } = await prisma.application.deleteMany({ where: { id: applicationId, email } });
  return count === 1 ? done() : notFound();
}
