import { prisma } from "~/db.server";
import { scoreSelect, toCheckScores } from "./readiness.server";
import { actorFor, effectiveState, relationshipWhere, type Actor, type Outcome } from "./requests.server";

// Sessions, messages, actions and feedback on a mentoring relationship. Every
// write names the relationship through `relationshipWhere`, so only its two
// sides can touch it.

async function activeRelationship(user: Actor, id: string) {
  return prisma.mentoringRequest.findFirst({
    where: { id, ...relationshipWhere(user) },
    select: { id: true, state: true, smeOrgId: true, mentor: { select: { userId: true, user: { select: { organisationId: true } } } } },
  });
}

const notActive = "You can only do this while mentoring is active.";

export async function logSession(
  user: Actor,
  id: string,
  input: { date: Date; minutes: number; topics: string; actions: string[] },
): Promise<Outcome> {
  const rel = await activeRelationship(user, id);
  if (!rel) return { ok: false, reason: "Not found", notFound: true };
  if (rel.state !== "accepted") return { ok: false, reason: notActive };
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
  return { ok: true };
}

/** Posts a message; returns whom to tell: the other side of the relationship. */
export async function postMessage(
  user: Actor,
  id: string,
  body: string,
): Promise<Outcome<{ notify: { organisationId: string; userId?: string } }>> {
  const rel = await activeRelationship(user, id);
  if (!rel) return { ok: false, reason: "Not found", notFound: true };
  if (rel.state !== "accepted") return { ok: false, reason: notActive };
  await prisma.mentoringMessage.create({ data: { relationshipId: id, authorId: user.id, body } });
  const notify =
    user.role === "sme" ? { organisationId: rel.mentor.user.organisationId, userId: rel.mentor.userId } : { organisationId: rel.smeOrgId };
  return { ok: true, notify };
}

/** Tick or untick an agreed action; either side can, while mentoring is active. */
export async function setActionDone(user: Actor, id: string, actionId: string, done: boolean): Promise<Outcome> {
  const { count } = await prisma.mentoringAction.updateMany({
    where: { id: actionId, session: { relationship: { id, state: "accepted", ...relationshipWhere(user) } } },
    data: { done },
  });
  return count > 0 ? { ok: true } : { ok: false, reason: notActive };
}

export async function giveFeedback(user: Actor, id: string, input: { rating: number; comment: string | null }): Promise<Outcome> {
  const rel = await activeRelationship(user, id);
  if (!rel) return { ok: false, reason: "Not found", notFound: true };
  if (rel.state !== "completed") return { ok: false, reason: "You can give feedback once mentoring has ended." };
  const side = actorFor(user) === "sme" ? "sme" : "mentor";
  const existing = await prisma.mentoringFeedback.count({ where: { relationshipId: id, side } });
  if (existing > 0) return { ok: false, reason: "You have already given feedback." };
  try {
    await prisma.mentoringFeedback.create({
      data: { relationshipId: id, authorId: user.id, side, rating: input.rating, comment: input.comment ?? "" },
    });
  } catch {
    // The unique key caught a second click at the same moment.
    return { ok: false, reason: "You have already given feedback." };
  }
  return { ok: true };
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
        select: { id: true, role: true, userId: true, user: { select: { name: true, organisation: { select: { name: true } } } } },
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
        select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
        take: 200,
      },
      feedback: { select: { side: true, rating: true, comment: true } },
    },
  });
  if (!rel) return null;
  const state = effectiveState(rel.state, rel.createdAt, now);
  const [before, after] = await Promise.all([
    rel.baselineCheckId
      ? prisma.readinessCheck.findFirst({ where: { id: rel.baselineCheckId, organisationId: rel.smeOrgId }, select: scoreSelect })
      : null,
    rel.endedAt && state === "completed"
      ? prisma.readinessCheck.findFirst({
          where: { organisationId: rel.smeOrgId, status: "submitted", submittedAt: { gt: rel.endedAt } },
          select: scoreSelect,
          orderBy: { submittedAt: "desc" },
        })
      : null,
  ]);
  return { ...rel, state, before: toCheckScores(before), after: toCheckScores(after) };
}
