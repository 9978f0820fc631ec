import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { canAcceptRequest, canSendRequest, spareCapacity } from "./limits";
import {
  expiresAt,
  isExpired,
  REQUEST_EXPIRY_DAYS,
  transition,
  type RequestActor,
  type RequestEvent,
  type RequestState,
} from "./request-state";
import { visibleMentorWhere } from "./candidates.server";
import { cancelMeetingsOfEndedRelationship } from "./meetings.server";

// Writing mentoring requests. Each limit is checked again inside one
// transaction that re-reads the rows it depends on; SQLite runs one write
// transaction at a time, so two clicks at once cannot both pass a check.

const DAY_MS = 86_400_000;

export type Actor = { id: string; organisationId: string; role: string };

/** A pending request past 14 days is expired even before the clean-up job has run. */
export function effectiveState(state: RequestState, createdAt: Date, now: Date): RequestState {
  return state === "pending" && isExpired(createdAt, now) ? "expired" : state;
}

/** The requests and relationships this user may see: its own SME's, or those where they are the mentor. */
export function relationshipWhere(user: Actor) {
  if (user.role === "sme") return { smeOrgId: user.organisationId };
  if (user.role === "board") return { mentor: { userId: user.id } };
  return { id: "__none__" };
}

export function actorFor(user: Actor): RequestActor {
  return user.role === "sme" ? "sme" : "mentor";
}

/** Requests still waiting for an answer: pending and not yet 14 days old. */
export function liveCutoff(now: Date) {
  return new Date(now.getTime() - REQUEST_EXPIRY_DAYS * DAY_MS);
}

/** Where both sides see a request; every notice about it links there. */
export function relationshipPath(id: string) {
  return `/mentoring/${id}`;
}

// Notices are sent once the change is written: never for a refused or
// rolled-back change, and never while holding SQLite's write lock.

/** A business asks a mentor for mentoring, and the mentor is told. */
export async function sendRequest(
  user: Actor,
  mentorId: string,
  input: { goals: string; preferredFormat: string },
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  if (user.role !== "sme") return refused("Only businesses can ask for mentoring.");
  const result = await prisma.$transaction(async (tx) => {
    const mentor = await tx.mentorProfile.findFirst({
      where: { id: mentorId },
      select: {
        id: true,
        capacity: true,
        takingRequests: true,
        userId: true,
        user: {
          select: {
            organisationId: true,
            role: true,
            suspendedAt: true,
            organisation: { select: { kind: true, verificationStatus: true } },
          },
        },
      },
    });
    if (!mentor) return notFound();
    const verified = await tx.mentorProfile.count({
      where: { id: mentorId, ...visibleMentorWhere },
    });
    const cutoff = liveCutoff(now);
    const [pendingCount, pendingWithMentor, activeWithMentor, activeCount] = await Promise.all([
      tx.mentoringRequest.count({
        where: { smeOrgId: user.organisationId, state: "pending", createdAt: { gt: cutoff } },
      }),
      tx.mentoringRequest.count({
        where: {
          smeOrgId: user.organisationId,
          mentorId,
          state: "pending",
          createdAt: { gt: cutoff },
        },
      }),
      tx.mentoringRequest.count({
        where: { smeOrgId: user.organisationId, mentorId, state: "accepted" },
      }),
      tx.mentoringRequest.count({ where: { mentorId, state: "accepted" } }),
    ]);
    if (activeWithMentor > 0) return refused("This mentor is already mentoring your business.");
    const check = canSendRequest({
      pendingCount,
      mentorIsSelfOrg: mentor.user.organisationId === user.organisationId,
      mentorTakingRequests: mentor.takingRequests,
      mentorVerified: verified > 0,
      alreadyPendingWithThisMentor: pendingWithMentor > 0,
      mentorSpare: spareCapacity(mentor.capacity, activeCount),
    });
    if (!check.ok) return refused(check.reason);
    const created = await tx.mentoringRequest.create({
      data: {
        mentorId,
        smeOrgId: user.organisationId,
        requestedById: user.id,
        goals: input.goals,
        preferredFormat: input.preferredFormat,
        createdAt: now,
      },
      select: { id: true, sme: { select: { name: true } } },
    });
    return done({ id: created.id, smeName: created.sme?.name ?? "", mentor });
  });
  if (result.status !== "done") return result;
  const { id, smeName, mentor } = result.value;
  await notifyOrganisation({
    organisationId: mentor.user.organisationId,
    userId: mentor.userId,
    subject: "A business has asked you for mentoring",
    message: `${smeName} has asked you for mentoring. Please answer within ${REQUEST_EXPIRY_DAYS} days.`,
    link: relationshipPath(id),
  });
  return done({ id });
}

export type Change = {
  id: string;
  state: RequestState;
  smeOrgId: string;
  smeName: string;
  mentorUserId: string;
  mentorOrgId: string;
  mentorName: string;
};

/** Accept, decline, cancel or end a request, as the SME or the mentor; the other side is told. */
export async function changeRequest(
  user: Actor,
  id: string,
  event: Exclude<RequestEvent, "expire">,
  reason: string | null,
  now = new Date(),
): Promise<CommandResult<Change>> {
  const result = await prisma.$transaction(async (tx): Promise<CommandResult<Change>> => {
    const rel = await tx.mentoringRequest.findFirst({
      where: { id, ...relationshipWhere(user) },
      select: {
        id: true,
        state: true,
        createdAt: true,
        smeOrgId: true,
        mentorId: true,
        sme: { select: { name: true } },
        mentor: {
          select: {
            capacity: true,
            userId: true,
            user: { select: { name: true, organisationId: true } },
          },
        },
      },
    });
    if (!rel) return notFound();
    // A side that left ended the relationship (departure.server.ts): nothing more can happen to it.
    if (!rel.mentor || !rel.sme || !rel.smeOrgId)
      return refused("The other side has left SkillsBridge, so this mentoring has ended.");
    const { mentor, sme, smeOrgId } = rel;
    const result = transition(rel.state, event, {
      actor: actorFor(user),
      createdAt: rel.createdAt,
      now,
      reason,
    });
    if (!result.ok) return refused(result.reason);

    const data: Record<string, unknown> = { state: result.state };
    if (event === "accept") {
      const active = await tx.mentoringRequest.count({
        where: { mentorId: rel.mentorId, state: "accepted" },
      });
      const room = canAcceptRequest(mentor.capacity, active);
      if (!room.ok) return refused(room.reason);
      // The "before" of the before-and-after: the SME's result when mentoring began.
      const baseline = await tx.readinessCheck.findFirst({
        where: { organisationId: smeOrgId, isLatest: true, status: "submitted" },
        select: { id: true },
        orderBy: { submittedAt: "desc" },
      });
      Object.assign(data, { answeredAt: now, baselineCheckId: baseline?.id ?? null });
    }
    if (event === "decline") Object.assign(data, { answeredAt: now, declineReason: reason });
    if (event === "end")
      Object.assign(data, { endedAt: now, endReason: reason, endedById: user.id });
    if (event === "cancel") Object.assign(data, { endedAt: now, endedById: user.id });

    // Conditional on the state we read, so a change made meanwhile is never overwritten.
    const { count } = await tx.mentoringRequest.updateMany({
      where: { id, state: rel.state },
      data,
    });
    if (count === 0)
      return refused("This request changed while you were looking at it. Check it again.");
    return done({
      id,
      state: result.state,
      smeOrgId,
      smeName: sme.name,
      mentorUserId: mentor.userId,
      mentorOrgId: mentor.user.organisationId,
      mentorName: mentor.user.name,
    });
  });
  if (result.status === "done") {
    await tellOtherSide(result.value, event, actorFor(user), reason);
    if (event === "end") await cancelMeetingsOfEndedRelationship(id, now);
  }
  return result;
}

/** The notice for each change, to the side that did not make it. */
function tellOtherSide(
  change: Change,
  event: Exclude<RequestEvent, "expire">,
  by: RequestActor,
  reason: string | null,
) {
  const notice = {
    accept: {
      subject: "Your mentoring request was accepted",
      message: `${change.mentorName} has accepted your request for mentoring. You can now log sessions and send messages.`,
    },
    decline: {
      subject: "Your mentoring request was declined",
      message: `${change.mentorName} has declined your request for mentoring. Their reason: ${reason}`,
    },
    cancel: {
      subject: "A mentoring request was cancelled",
      message: `${change.smeName} has cancelled its request for mentoring.`,
    },
    end: {
      subject: "Mentoring has ended",
      message: `${by === "sme" ? change.smeName : change.mentorName} has ended the mentoring. Their reason: ${reason}. Please tell us how it went.`,
    },
  }[event];
  const toSme = by !== "sme";
  return notifyOrganisation({
    organisationId: toSme ? change.smeOrgId : change.mentorOrgId,
    userId: toSme ? undefined : change.mentorUserId,
    ...notice,
    link: relationshipPath(change.id),
  });
}

/**
 * Housekeeping: requests nobody answered in 14 days become "expired", and both
 * sides are told, in the app and by email. (Pages already show them as expired
 * before this runs.)
 */
export async function expireStaleRequests(now: Date): Promise<number> {
  const stale = await prisma.mentoringRequest.findMany({
    where: { state: "pending", createdAt: { lte: liveCutoff(now) } },
    select: {
      id: true,
      createdAt: true,
      smeOrgId: true,
      sme: { select: { name: true } },
      mentor: { select: { userId: true, user: { select: { name: true, organisationId: true } } } },
    },
    take: 500,
  });
  let done = 0;
  for (const rel of stale) {
    if (!isExpired(rel.createdAt, now)) continue;
    // An open request always has both sides (departure.server.ts ends it when one leaves).
    const { mentor, sme, smeOrgId } = rel;
    if (!mentor || !sme || !smeOrgId) continue;
    const { count } = await prisma.mentoringRequest.updateMany({
      where: { id: rel.id, state: "pending" },
      data: { state: "expired", answeredAt: expiresAt(rel.createdAt) },
    });
    if (count === 0) continue;
    done += 1;
    const link = relationshipPath(rel.id);
    await notifyOrganisation({
      organisationId: smeOrgId,
      subject: "Your mentoring request has expired",
      message: `Your mentoring request to ${mentor.user.name} has expired, as it was not answered within ${REQUEST_EXPIRY_DAYS} days. You can ask another mentor.`,
      link,
    });
    await notifyOrganisation({
      organisationId: mentor.user.organisationId,
      userId: mentor.userId,
      subject: "A mentoring request has expired",
      message: `The mentoring request from ${sme.name} has expired, as it was not answered within ${REQUEST_EXPIRY_DAYS} days.`,
      link,
    });
  }
  return done;
}
