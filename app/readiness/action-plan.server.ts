// The writes and reads of an SME's action plan. Ownership is in every `where`:
// another firm's action is not found.
import { done, notFound, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { dateToDay, dayToDate } from "~/time/uk-time";
import { completedAtAfter, type ActionStatus } from "./action-plan";
import type { ActionItemInput } from "./action-plan-forms";
import { isDimensionId, type DimensionId } from "./dimensions";

type Member = { id: string; organisationId: string };

/** Add an action, by hand or from a recommendation of one of the firm's own checks. */
export async function addAction(
  member: Member,
  input: ActionItemInput,
): Promise<CommandResult<{ id: string }>> {
  // A check id from the form counts only if it is this firm's.
  const check = input.checkId
    ? await prisma.readinessCheck.findFirst({
        where: { id: input.checkId, organisationId: member.organisationId },
        select: { id: true },
      })
    : null;
  const created = await prisma.actionItem.create({
    data: {
      organisationId: member.organisationId,
      createdById: member.id,
      checkId: check?.id ?? null,
      dimension: input.dimension,
      title: input.title,
      owner: input.owner,
      dueOn: dayToDate(input.dueOn),
    },
    select: { id: true },
  });
  return done({ id: created.id });
}

/** Move an action to another status; finishing it records when. */
export async function setActionStatus(
  member: Member,
  id: string,
  status: ActionStatus,
  now: Date = new Date(),
): Promise<CommandResult> {
  return prisma.$transaction(async (tx) => {
    const where = { id, organisationId: member.organisationId };
    const found = await tx.actionItem.findFirst({
      where,
      select: { status: true, completedAt: true },
    });
    if (!found) return notFound();
    await tx.actionItem.updateMany({
      where,
      data: { status, completedAt: completedAtAfter(found, status, now) },
    });
    return done();
  });
}

export type PlanRow = {
  id: string;
  title: string;
  owner: string;
  dueOn: string;
  status: ActionStatus;
  dimension: DimensionId | null;
  completedAt: Date | null;
};

/** The firm's plan: open actions by due day first, then the done ones. */
export async function planFor(organisationId: string): Promise<PlanRow[]> {
  const rows = await prisma.actionItem.findMany({
    where: { organisationId },
    select: {
      id: true,
      title: true,
      owner: true,
      dueOn: true,
      status: true,
      dimension: true,
      completedAt: true,
    },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
  });
  const list = rows.map((row) => ({
    ...row,
    dueOn: dateToDay(row.dueOn),
    dimension: isDimensionId(row.dimension) ? row.dimension : null,
  }));
  return [...list.filter((r) => r.status !== "done"), ...list.filter((r) => r.status === "done")];
}
