// Partnership staff act on concerns raised on placement requests: read one
// with its thread, add notes as they look into it, and close it with an
// outcome. Every staff write is audited; on closing, the person who raised it
// is told it was looked at (messages.server.ts raises them).
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { formatDate } from "~/time/format";
import { concernOutcomeLabel, outcomeForRaiser, type ConcernOutcome } from "./concerns";

const threadSelect = {
  select: {
    id: true,
    side: true,
    body: true,
    createdAt: true,
    author: { select: { name: true } },
  },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
};

const partiesSelect = {
  id: true,
  school: { select: { name: true } },
  placement: { select: { id: true, title: true, organisation: { select: { name: true } } } },
} as const;

/** Open concerns, oldest first (the queue), with enough to choose one. */
export function concernQueue() {
  return prisma.placementConcern.findMany({
    where: { closedAt: null },
    select: {
      id: true,
      side: true,
      details: true,
      createdAt: true,
      raisedBy: { select: { name: true } },
      request: { select: partiesSelect },
      _count: { select: { notes: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50,
  });
}

/** The most recently closed concerns, newest first. */
export function closedConcerns() {
  return prisma.placementConcern.findMany({
    where: { closedAt: { not: null } },
    select: {
      id: true,
      createdAt: true,
      closedAt: true,
      outcome: true,
      request: { select: partiesSelect },
    },
    orderBy: [{ closedAt: "desc" }, { id: "desc" }],
    take: 20,
  });
}

/** How many concerns wait for staff (the staff home page). */
export function openConcernCount() {
  return prisma.placementConcern.count({ where: { closedAt: null } });
}

/** One concern as staff see it: who raised it, both parties, the thread, the notes, how it closed. */
export function concernForStaff(id: string) {
  return prisma.placementConcern.findUnique({
    where: { id },
    select: {
      id: true,
      side: true,
      details: true,
      createdAt: true,
      closedAt: true,
      outcome: true,
      outcomeNote: true,
      replyToRaiser: true,
      closedBy: { select: { name: true } },
      raisedBy: { select: { name: true, email: true } },
      notes: {
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      request: {
        select: {
          id: true,
          state: true,
          places: true,
          placesAccepted: true,
          yearGroup: true,
          createdAt: true,
          school: { select: { id: true, name: true } },
          requestedBy: { select: { name: true, email: true } },
          placement: {
            select: {
              id: true,
              title: true,
              startDate: true,
              endDate: true,
              organisation: { select: { id: true, name: true } },
            },
          },
          messages: threadSelect,
        },
      },
    },
  });
}

const auditTarget = (id: string, title: string) => ({
  targetType: "placement-concern",
  targetId: id,
  targetLabel: title,
});

/** Staff add a note to a concern (open or closed: a follow-up is a note too). Staff only read notes. */
export async function addConcernNote(
  staff: AuditActor,
  concernId: string,
  body: string,
  now: Date,
): Promise<CommandResult> {
  return prisma.$transaction(async (tx) => {
    const concern = await tx.placementConcern.findUnique({
      where: { id: concernId },
      select: { request: { select: { placement: { select: { title: true } } } } },
    });
    if (!concern) return notFound();
    await tx.placementConcernNote.create({
      data: { concernId, authorId: staff.id, body, createdAt: now },
      select: { id: true },
    });
    await recordAudit(
      staff,
      { action: "concern.note", ...auditTarget(concernId, concern.request.placement.title) },
      tx,
    );
    return done();
  });
}

export const alreadyClosedMessage = "This concern has already been closed.";

export type ConcernClosing = {
  outcome: ConcernOutcome;
  /** What staff found and did: kept for staff. */
  outcomeNote: string;
  /** Words for the person who raised it, sent with the outcome. */
  replyToRaiser?: string | null;
};

/**
 * Staff close a concern with an outcome. The close lands only while the
 * concern is open (two staff closing at once: the second is refused). Then the
 * person who raised it is told, in the app and by email, that it was looked at.
 */
export async function closeConcern(
  staff: AuditActor,
  concernId: string,
  closing: ConcernClosing,
  now: Date,
): Promise<CommandResult<{ title: string; told: boolean }>> {
  const result = await prisma.$transaction(async (tx) => {
    const concern = await tx.placementConcern.findUnique({
      where: { id: concernId },
      select: {
        createdAt: true,
        raisedBy: { select: { id: true, organisationId: true } },
        request: { select: { id: true, placement: { select: { title: true } } } },
      },
    });
    if (!concern) return notFound();
    const { count } = await tx.placementConcern.updateMany({
      where: { id: concernId, closedAt: null },
      data: {
        closedAt: now,
        closedById: staff.id,
        outcome: closing.outcome,
        outcomeNote: closing.outcomeNote,
        replyToRaiser: closing.replyToRaiser || null,
      },
    });
    if (count === 0) return refused(alreadyClosedMessage);
    await recordAudit(
      staff,
      {
        action: "concern.close",
        ...auditTarget(concernId, concern.request.placement.title),
        // The outcome only: staff notes may name people, and the trail is kept for ever.
        reason: concernOutcomeLabel(closing.outcome),
      },
      tx,
    );
    return done(concern);
  });
  if (result.status !== "done") return result;
  const { raisedBy, request, createdAt } = result.value;
  const title = request.placement.title;
  if (raisedBy) {
    const reply = closing.replyToRaiser?.trim();
    await notifyOrganisation({
      organisationId: raisedBy.organisationId,
      userId: raisedBy.id,
      subject: "We have looked at your concern",
      message: `The partnership team has looked at the concern you raised about "${title}" on ${formatDate(createdAt)}. ${outcomeForRaiser(closing.outcome)}${reply ? ` They wrote: ${reply}` : ""}`,
      link: `/requests/${request.id}`,
    });
  }
  return done({ title, told: raisedBy !== null });
}
