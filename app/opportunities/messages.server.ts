// The message thread on a placement request, between the school and the
// employer, and "Report a concern" to partnership staff. Who may write and
// until when is `mayWriteMessage` (after-acceptance.ts).
import { employerNameOf, schoolNameOf } from "./former";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { mayWriteMessage, messageEmailGapMs, sideOf } from "./after-acceptance";
import { requestStateOf } from "./request-state";

type Writer = { userId: string; organisationId: string };

/** A request either side may see: the school's own, or one on the employer's placement. */
export function partyRequestWhere(requestId: string, organisationId: string) {
  return {
    id: requestId,
    OR: [{ schoolOrgId: organisationId }, { placement: { organisationId } }],
  };
}

const partiesSelect = {
  state: true,
  schoolOrgId: true,
  school: { select: { name: true } },
  placement: {
    select: {
      title: true,
      endDate: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  },
} as const;

function partiesOf(row: {
  state: string;
  schoolOrgId: string | null;
  placement: { endDate: Date; organisationId: string | null };
}) {
  return {
    state: requestStateOf(row.state),
    schoolOrgId: row.schoolOrgId,
    employerOrgId: row.placement.organisationId,
    placementEndDate: row.placement.endDate,
  };
}

export const threadClosedMessage =
  "This thread has closed: messages can be sent until 30 days after the placement ends.";

/**
 * One side writes on the thread. The other side gets an in-app notice each
 * time, and an email at most once an hour per thread (however many messages),
 * claimed in the same write as the message so two quick messages cannot both email.
 */
export async function sendPlacementMessage(
  writer: Writer,
  requestId: string,
  body: string,
  now: Date,
): Promise<CommandResult> {
  const viewer = { organisationId: writer.organisationId };
  const result = await prisma.$transaction(async (tx) => {
    const row = await tx.placementRequest.findFirst({
      where: partyRequestWhere(requestId, writer.organisationId),
      select: partiesSelect,
    });
    if (!row) return notFound();
    const parties = partiesOf(row);
    const side = sideOf(viewer, parties);
    if (!side) return notFound();
    if (!mayWriteMessage(viewer, parties, now)) return refused(threadClosedMessage, "body");
    await tx.placementMessage.create({
      data: { requestId, authorId: writer.userId, side, body, createdAt: now },
    });
    const emailedColumn = side === "school" ? "employerEmailedAt" : "schoolEmailedAt";
    const since = new Date(now.getTime() - messageEmailGapMs);
    const { count } = await tx.placementRequest.updateMany({
      where: {
        id: requestId,
        OR: [{ [emailedColumn]: null }, { [emailedColumn]: { lte: since } }],
      },
      data: { [emailedColumn]: now },
    });
    return done({ row, side, email: count > 0 });
  });
  if (result.status !== "done") return result;
  const { row, side, email } = result.value;
  const from =
    side === "school" ? schoolNameOf(row.school) : employerNameOf(row.placement.organisation);
  const to = side === "school" ? row.placement.organisationId : row.schoolOrgId;
  // mayWriteMessage refuses a thread whose other side has left, so `to` is always there.
  if (!to) return done();
  await notifyOrganisation({
    organisationId: to,
    subject: "A new message about a placement",
    message: `${from} sent you a message about "${row.placement.title}".`,
    link: `/requests/${requestId}#messages`,
    ...(email ? {} : { only: "app" as const }),
  });
  return done();
}

/** A request's thread, oldest first, for either party. */
export function threadOf(requestId: string) {
  return prisma.placementMessage.findMany({
    where: { requestId },
    select: {
      id: true,
      side: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Either party reports a concern about a request (safeguarding is the
 * partnership's job too): staff see it, with the thread, in their queue.
 */
export async function reportConcern(
  writer: Writer,
  requestId: string,
  details: string,
  now: Date,
): Promise<CommandResult> {
  const row = await prisma.placementRequest.findFirst({
    where: partyRequestWhere(requestId, writer.organisationId),
    select: partiesSelect,
  });
  if (!row) return notFound();
  const side = sideOf({ organisationId: writer.organisationId }, partiesOf(row));
  if (!side) return notFound();
  await prisma.placementConcern.create({
    data: { requestId, raisedById: writer.userId, side, details, createdAt: now },
  });
  return done();
}
