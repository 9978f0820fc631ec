// Several people in one firm (issue 17, decision 045): the person who started
// the check asks colleagues to answer their own copy. Every query carries the
// organisation id in its `where`: only the firm's own people can be asked.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { isCheckComplete, isSectionComplete } from "./check-state";
import { parseAnswers, submitCheck } from "./checks.server";
import { readinessPaths } from "./paths";
import { getBank, sectionOrder } from "./question-bank";
import type { ColleagueState } from "./respondents";

/**
 * The firm's other people who can answer (signed-up SME users, not suspended)
 * and how far each is with their copy of the check in progress.
 */
export async function colleaguesOf(organisationId: string, checkId: string, userId: string) {
  const [check, people] = await Promise.all([
    prisma.readinessCheck.findFirst({
      where: { id: checkId, organisationId },
      select: {
        bankVersion: true,
        startedById: true,
        responses: { select: { userId: true, answers: true, askedAt: true, finishedAt: true } },
      },
    }),
    prisma.user.findMany({
      where: { organisationId, role: "sme", suspendedAt: null, id: { not: userId } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  if (!check) return [];
  const bank = getBank(check.bankVersion);
  return people
    .filter((person) => person.id !== check.startedById)
    .map((person) => {
      const copy = check.responses.find((r) => r.userId === person.id);
      const answers = parseAnswers(copy?.answers ?? "{}");
      const state: ColleagueState = copy?.finishedAt
        ? "finished"
        : Object.keys(answers).length > 0
          ? "answering"
          : copy?.askedAt
            ? "asked"
            : "not-asked";
      return {
        id: person.id,
        name: person.name,
        state,
        sectionsDone: sectionOrder.filter((d) => isSectionComplete(bank, d, answers)).length,
        complete: isCheckComplete(bank, answers),
      };
    });
}

/**
 * Asks colleagues to answer their own copy of the firm's check in progress:
 * an in-app notice and an email to each (they already have accounts; no one
 * new is invited). Asking someone again sends again: they may have missed it.
 */
export async function askColleagues(
  asker: { id: string; name: string; organisationId: string },
  checkId: string,
  colleagueIds: readonly string[],
  now = new Date(),
): Promise<CommandResult<{ asked: string[] }>> {
  const check = await prisma.readinessCheck.findFirst({
    where: { id: checkId, organisationId: asker.organisationId },
    select: { status: true },
  });
  if (!check) return notFound();
  if (check.status !== "in-progress")
    return refused("This check has been sent, so no one else can answer it now.", "colleagues");
  const colleagues = await prisma.user.findMany({
    where: {
      id: { in: [...colleagueIds], not: asker.id },
      organisationId: asker.organisationId,
      role: "sme",
      suspendedAt: null,
    },
    select: { id: true, name: true },
  });
  if (colleagues.length === 0) return refused("Choose colleagues from the list", "colleagues");
  for (const colleague of colleagues) {
    await prisma.readinessResponse.upsert({
      where: { checkId_userId: { checkId, userId: colleague.id } },
      create: { checkId, userId: colleague.id, askedAt: now },
      update: { askedAt: now },
    });
    await notifyOrganisation({
      organisationId: asker.organisationId,
      userId: colleague.id,
      subject: "Please answer your business's digital readiness check",
      message: `${asker.name} asks you to answer the digital readiness check for your business. Your answers are your own. They are added to the business's result when ${asker.name} sends the check.`,
      link: readinessPaths.start,
    });
  }
  return done({ asked: colleagues.map((c) => c.name) });
}

/** Tells the starter a colleague has sent their own answers (in the app and by email). */
async function tellStarterColleagueFinished(
  organisationId: string,
  starterId: string | null,
  colleagueName: string,
) {
  if (!starterId) return;
  await notifyOrganisation({
    organisationId,
    userId: starterId,
    subject: `${colleagueName} has answered the readiness check`,
    message: `${colleagueName} has sent their answers to your business's readiness check. They count when you send the check.`,
    link: readinessPaths.checkAnswers,
  });
}

/**
 * Sends a person's answers (submitCheck): the starter's send makes the firm's
 * result; a colleague's marks their copy finished and tells the starter.
 */
export async function sendAnswers(
  user: { id: string; name: string; organisationId: string },
  checkId: string,
  now = new Date(),
) {
  const result = await submitCheck(user.organisationId, checkId, now, user.id);
  if (result.ok && "colleagueFinished" in result) {
    await tellStarterColleagueFinished(user.organisationId, result.startedById, user.name);
  }
  return result;
}
