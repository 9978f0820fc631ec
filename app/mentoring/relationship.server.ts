import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { scoreSelect, toCheckScores } from "./readiness.server";
import {
  actorFor,
  effectiveState,
  relationshipPath,
  relationshipWhere,
  type Actor,
} from "./requests.server";

// Sessions, messages, actions and feedback on a mentoring relationship. Every
// write names the relationship through `relationshipWhere`, so only its two
// sides can touch it.

async function activeRelationship(user: Actor, id: string) {
  return prisma.mentoringRequest.findFirst({
    where: { id, ...relationshipWhere(user) },
    select: {
      id: true,
      state: true,
      smeOrgId: true,
      mentor: { select: { userId: true, user: { select: { organisationId: true } } } },
    },
  });
}

const notActive = "You can only do this while mentoring is active.";

export async function logSession(
  user: Actor,
  id: string,
  input: { date: Date; minutes: number; topics: string; actions: string[] },
): Promise<CommandResult> {
  const rel = await activeRelationship(user, id);
  if (!rel) return notFound();
  if (rel.state !== "accepted") return refused(notActive);
  await prisma.mentoringSession.create({
    data: {
      relationshipId: id,
      loggedById: user.id,
      date: input.date,
      minutes: input.minutes,
      topics: input.topics,
      actions: { create: input.actions.map((text) => ({ text })) },
    },
  });
  return done();
}

/** Posts a message, and the other side of the relationship is told. */
export async function postMessage(
  user: Actor & { name: string },
  id: string,
  body: string,
): Promise<CommandResult> {
  const rel = await activeRelationship(user, id);
  if (!rel) return notFound();
  // A side that left ended the relationship (departure.server.ts); check anyway.
  if (rel.state !== "accepted" || !rel.mentor || !rel.smeOrgId) return refused(notActive);
  await prisma.mentoringMessage.create({ data: { relationshipId: id, authorId: user.id, body } });
  const to =
    user.role === "sme"
      ? { organisationId: rel.mentor.user.organisationId, userId: rel.mentor.userId }
      : { organisationId: rel.smeOrgId };
  await notifyOrganisation({
    ...to,
    subject: "New mentoring message",
    message: `${user.name} sent you a message about mentoring.`,
    link: relationshipPath(id),
  });
  return done();
}

/** Tick or untick an agreed action; either side can, while mentoring is active. */
export async function setActionDone(
  user: Actor,
  id: string,
  actionId: string,
  isDone: boolean,
): Promise<CommandResult> {
  const { count } = await prisma.mentoringAction.updateMany({
    where: {
      id: actionId,
      session: { relationship: { id, state: "accepted", ...relationshipWhere(user) } },
    },
    data: { done: isDone },
  });
  return count > 0 ? done() : refused(notActive);
}

export async function giveFeedback(
  user: Actor,
  id: string,
  input: { rating: number; comment: string | null },
): Promise<CommandResult> {
  const rel = await activeRelationship(user, id);
  if (!rel) return notFound();
  if (rel.state !== "completed") return refused("You can give feedback once mentoring has ended.");
  const side = actorFor(user) === "sme" ? "sme" : "mentor";
  const already = "You have already given feedback.";
  const existing = await prisma.mentoringFeedback.count({ where: { relationshipId: id, side } });
  if (existing > 0) return refused(already);
  try {
    await prisma.mentoringFeedback.create({
      data: {
        relationshipId: id,
        authorId: user.id,
        side,
        rating: input.rating,
        comment: input.comment ?? "",
      },
    });
  } catch {
    // The unique key caught a second click at the same moment.
    return refused(already);
  }
  return done();
}

/** Everything the relationship page shows, or null when this user may not see it. */
export async function relationshipPage(user: Actor, id: string, now = new Date()) {
  const rel = await prisma.mentoringRequest.findFirst({
    where: { id, ...relationshipWhere(user) },
    select: {
      id: true,
      state: true,
      goals: true,
      preferredFormat: true,
      declineReason: true,
      endReason: true,
      baselineCheckId: true,
      createdAt: true,
      answeredAt: true,
      endedAt: true,
      smeOrgId: true,
      sme: { select: { name: true, localAuthority: true } },
      requestedBy: { select: { name: true } },
      endedById: true,
      mentor: {
        select: {
          id: true,
          role: true,
          userId: true,
          user: { select: { name: true, organisation: { select: { name: true } } } },
        },
      },
      sessions: {
        select: {
          id: true,
          date: true,
          minutes: true,
          topics: true,
          loggedBy: { select: { name: true } },
          actions: { select: { id: true, text: true, done: true }, orderBy: { id: "asc" } },
        },
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        take: 100,
      },
      messages: {
        select: {
          id: true,
          body: true,
          createdAt: true,
          authorId: true,
          author: { select: { name: true } },
        },
        orderBy: { createdAt: "asc" },
        take: 200,
      },
      feedback: { select: { side: true, rating: true, comment: true } },
    },
  });
  if (!rel) return null;
  const state = effectiveState(rel.state, rel.createdAt, now);
  const [before, after] = await Promise.all([
    rel.baselineCheckId && rel.smeOrgId
      ? prisma.readinessCheck.findFirst({
          where: { id: rel.baselineCheckId, organisationId: rel.smeOrgId },
          select: scoreSelect,
        })
      : null,
    rel.endedAt && state === "completed" && rel.smeOrgId
      ? prisma.readinessCheck.findFirst({
          where: {
            organisationId: rel.smeOrgId,
            status: "submitted",
            submittedAt: { gt: rel.endedAt },
          },
          select: scoreSelect,
          orderBy: { submittedAt: "desc" },
        })
      : null,
  ]);
  return { ...rel, state, before: toCheckScores(before), after: toCheckScores(after) };
}
