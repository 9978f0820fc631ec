// Partnership staff take a live posting down, with a reason (issue 13). The
// posting closes (so it leaves every list at once and its unanswered requests
// expire, request-state.ts), the decision is kept in its history and the audit
// trail, and the employer and every school with an open request are told.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { notifyOrganisation } from "~/notifications/notify.server";
import type { PostingKind } from "./display";
import { postingStateOf, transition } from "./posting-state";

type Tx = Prisma.TransactionClient;

/** Requests a school is still waiting on, or has places on: those schools are told. */
const openRequestStates = ["new", "viewed", "accepted"] as const;

export type TakenDown = {
  kind: PostingKind;
  id: string;
  title: string;
  /** Null for a placement whose employer has left (it is closed, so never taken down). */
  organisationId: string | null;
  /** Each school with an open request on the placement, and that request. */
  schools: { organisationId: string; requestId: string }[];
};

const employerPath: Record<PostingKind, string> = {
  apprenticeship: "apprenticeships",
  placement: "placements",
};

/**
 * Close one live posting for staff inside the caller's transaction, with its
 * history row and audit row. `closedReason` is what the employer reads. Null
 * when it is not (or no longer) live. Revoking an organisation uses this for
 * each of its live postings.
 */
export async function takeDownIn(
  tx: Tx,
  staff: AuditActor,
  kind: PostingKind,
  id: string,
  reason: string,
  now: Date,
): Promise<TakenDown | null | { refused: string }> {
  const select = { state: true, title: true, organisationId: true } as const;
  const row =
    kind === "apprenticeship"
      ? await tx.apprenticeship.findUnique({ where: { id }, select })
      : await tx.placement.findUnique({ where: { id }, select });
  if (!row) return null;
  const move = transition(postingStateOf(row.state), "take-down");
  if (!move.ok) return { refused: move.reason };
  const where = { id, state: row.state };
  const data = { state: move.state, closedAt: now, closedReason: reason };
  const { count } =
    kind === "apprenticeship"
      ? await tx.apprenticeship.updateMany({ where, data })
      : await tx.placement.updateMany({ where, data });
  if (count === 0) return { refused: "Someone else has just changed this posting." };
  await tx.postingReview.create({
    data: {
      ...(kind === "apprenticeship" ? { apprenticeshipId: id } : { placementId: id }),
      decision: "taken-down",
      reason,
      staffUserId: staff.id,
      staffEmail: staff.email,
      createdAt: now,
    },
  });
  await recordAudit(
    staff,
    { action: "posting.take-down", targetType: kind, targetId: id, targetLabel: row.title, reason },
    tx,
  );
  const requests =
    kind === "placement"
      ? await tx.placementRequest.findMany({
          where: {
            placementId: id,
            state: { in: [...openRequestStates] },
            schoolOrgId: { not: null },
          },
          select: { id: true, schoolOrgId: true },
        })
      : [];
  return {
    kind,
    id,
    title: row.title,
    organisationId: row.organisationId,
    schools: requests.flatMap((r) =>
      r.schoolOrgId ? [{ organisationId: r.schoolOrgId, requestId: r.id }] : [],
    ),
  };
}

/** Tell the employer (unless told otherwise, as a revoked one is) and the schools, once the take-down has committed. */
export async function tellTakenDown(
  posting: TakenDown,
  reason: string,
  options: { employer: boolean } = { employer: true },
) {
  if (options.employer && posting.organisationId)
    await notifyOrganisation({
      organisationId: posting.organisationId,
      subject: "The partnership team took down your posting",
      message: `The partnership team took down "${posting.title}". It is closed now. The reason: ${reason}`,
      link: `/postings/${employerPath[posting.kind]}/${posting.id}`,
    });
  for (const school of posting.schools)
    await notifyOrganisation({
      organisationId: school.organisationId,
      subject: "A placement you asked about was taken down",
      message: `The placement "${posting.title}" was taken down by the partnership team. Please do not send students to it. You can look for another placement.`,
      link: `/requests/${school.requestId}`,
    });
}

/** Staff take down a live posting, with a reason the employer reads. */
export async function takeDownPosting(
  staff: AuditActor,
  kind: PostingKind,
  id: string,
  reason: string,
  now = new Date(),
): Promise<CommandResult<{ title: string }>> {
  const result = await prisma.$transaction((tx) => takeDownIn(tx, staff, kind, id, reason, now));
  if (!result) return notFound();
  if ("refused" in result) return refused(result.refused);
  await tellTakenDown(result, reason);
  return done({ title: result.title });
}
