import type { Prisma } from "~/generated/prisma/client";
import { notifyOrganisation } from "~/notifications/notify.server";
import { startOfUkToday } from "~/time/uk-time";

// Deleting one side of a placement keeps the other side's record (issue 13).
//
// A school leaves: the employer keeps its record of the school's requests (the
// places, year group, answers, its own feedback and the thread): the schema
// unlinks the school (SetNull) and pages call it "a former school" (former.ts).
// Requests still open are withdrawn first, so no employer answers a school that
// is gone, and so are accepted ones for placements still to start, so the
// employer gets those places back and is told no students are coming. The
// school's phone number on them goes with the school.
//
// An employer leaves: each school keeps its requests and the placement they
// were for (title, dates, what students do, the answers, its own feedback and
// the thread): the schema unlinks the employer (SetNull) and pages call it "a
// former employer". The placement closes, requests still open are declined
// with the reason, and the employer's people and places go with it: its named
// contact, supervisor, safeguarding contact, workplace address and postcode.
// Placements no school asked about are nobody's record: they are deleted.

type Tx = Pick<Prisma.TransactionClient, "placementRequest" | "placement">;

export const EMPLOYER_LEFT_REASON = "The employer left SkillsBridge.";

/** An employer to tell that the school that had places on its placement has left. */
export type EmployerToTell = { employerOrgId: string; requestId: string; title: string };

/**
 * Keeps the employers' side of a school's requests before the school is
 * deleted. Returns the employers whose accepted places were given back, to be
 * told once the deletion has committed (tellEmployersSchoolLeft).
 */
export async function endPlacementRequestsOnLeaving(
  tx: Tx,
  schoolOrgId: string,
  now = new Date(),
): Promise<EmployerToTell[]> {
  // As the school could itself: withdrawn before the placement starts (request-state.ts).
  const acceptedToCome = {
    schoolOrgId,
    state: "accepted" as const,
    placement: { startDate: { gt: startOfUkToday(now) } },
  };
  const givenBack = await tx.placementRequest.findMany({
    where: acceptedToCome,
    select: { id: true, placement: { select: { title: true, organisationId: true } } },
  });
  await tx.placementRequest.updateMany({
    where: { OR: [{ schoolOrgId, state: { in: ["new", "viewed"] } }, acceptedToCome] },
    data: { state: "withdrawn", withdrawnAt: now },
  });
  await tx.placementRequest.updateMany({ where: { schoolOrgId }, data: { contactPhone: "" } });
  return givenBack.flatMap((r) =>
    r.placement.organisationId
      ? [{ employerOrgId: r.placement.organisationId, requestId: r.id, title: r.placement.title }]
      : [],
  );
}

/** After the school's deletion has committed: each employer whose places came back is told. */
export async function tellEmployersSchoolLeft(employers: EmployerToTell[]) {
  for (const employer of employers)
    await notifyOrganisation({
      organisationId: employer.employerOrgId,
      subject: "A school left SkillsBridge",
      message: `The school that had places on "${employer.title}" has left SkillsBridge. Its students will not come, so its request is withdrawn and the places are free again.`,
      link: `/requests/${employer.requestId}`,
    });
}

/** A school to tell that the employer of a placement it asked about has left. */
export type SchoolToTell = { schoolOrgId: string; requestId: string; title: string };

/**
 * Keeps the schools' side of an employer's placements before the employer is
 * deleted. Returns the schools still waiting on, or holding places on, one of
 * them, to be told once the deletion has committed (tellSchoolsEmployerLeft).
 */
export async function keepPlacementsOnEmployerLeaving(
  tx: Tx,
  employerOrgId: string,
  now = new Date(),
): Promise<SchoolToTell[]> {
  await tx.placement.deleteMany({
    where: { organisationId: employerOrgId, requests: { none: {} } },
  });
  const toTell = await tx.placementRequest.findMany({
    where: {
      placement: { organisationId: employerOrgId },
      state: { in: ["new", "viewed", "accepted"] },
      schoolOrgId: { not: null },
    },
    select: { id: true, schoolOrgId: true, placement: { select: { title: true } } },
  });
  await tx.placementRequest.updateMany({
    where: { placement: { organisationId: employerOrgId }, state: { in: ["new", "viewed"] } },
    data: { state: "declined", declineReason: EMPLOYER_LEFT_REASON, answeredAt: now },
  });
  await tx.placement.updateMany({
    where: { organisationId: employerOrgId, state: { notIn: ["closed", "archived"] } },
    data: { state: "closed", closedAt: now, closedReason: EMPLOYER_LEFT_REASON },
  });
  await tx.placement.updateMany({
    where: { organisationId: employerOrgId },
    data: {
      contactIsSupervisor: false,
      contactName: "",
      contactRole: "",
      contactEmail: "",
      contactPhone: "",
      workplaceAddress: "",
      firstDayDetails: "",
      supervisorName: "",
      safeguardingContactName: null,
      safeguardingContact: null,
      postcode: null,
    },
  });
  return toTell.flatMap((r) =>
    r.schoolOrgId
      ? [{ schoolOrgId: r.schoolOrgId, requestId: r.id, title: r.placement.title }]
      : [],
  );
}

/** After the employer's deletion has committed: each school with an open or accepted request is told. */
export async function tellSchoolsEmployerLeft(schools: SchoolToTell[]) {
  for (const school of schools)
    await notifyOrganisation({
      organisationId: school.schoolOrgId,
      subject: "An employer left SkillsBridge",
      message: `The employer of the placement "${school.title}" has left SkillsBridge. The placement will not go ahead. Please do not send students to it. Your request is still here for your records.`,
      link: `/requests/${school.requestId}`,
    });
}
