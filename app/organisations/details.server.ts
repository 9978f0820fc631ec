// An organisation admin changes where the organisation is and, for a business,
// what it does and how big it is (issue 17). Each change is audited with what
// changed. Submitted readiness checks keep the facts they were taken with
// (ReadinessCheck.sector, sizeBand, staffCount, localAuthority), so a change here
// moves only the firm's next check into its new peer groups.
import { isAdmin, onlyAdminsMessage } from "~/accounts/org-admins";
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { localAuthorityName, sectorName, sizeBandName } from "./reference-data";

export type OrganisationDetails = {
  localAuthority: string;
  postcode: string;
  /** Businesses only: undefined leaves them as they are. */
  sector?: string;
  sizeBand?: string;
  staffCount?: number | null;
};

type Stored = {
  localAuthority: string | null;
  postcode: string | null;
  sector: string | null;
  sizeBand: string | null;
  staffCount: number | null;
};

const labels: { [K in keyof Stored]: [string, (value: Stored[K]) => string] } = {
  sector: ["What it does", (v) => sectorName(v)],
  sizeBand: ["Size", (v) => sizeBandName(v)],
  staffCount: ["Staff", (v) => (v === null ? "" : String(v))],
  localAuthority: ["Area", (v) => localAuthorityName(v)],
  postcode: ["Postcode", (v) => v ?? ""],
};

/** "Area: Birmingham to Coventry; Staff: not given to 12", or "" when nothing changed. */
export function describeDetailChanges(before: Stored, after: Stored): string {
  return (Object.keys(labels) as (keyof Stored)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => {
      const [label, show] = labels[key] as [string, (value: Stored[typeof key]) => string];
      return `${label}: ${show(before[key]) || "not given"} to ${show(after[key]) || "not given"}`;
    })
    .join("; ");
}

/**
 * Change the actor's own organisation's details. Only its admins may; sector,
 * size and staff count only for a business. Nothing changed writes nothing.
 */
export async function changeOrganisationDetails(
  actor: AuditActor & { organisationId: string; role: string },
  input: OrganisationDetails,
): Promise<CommandResult<{ changed: boolean }>> {
  return prisma.$transaction(async (tx) => {
    const me = await tx.user.findFirst({
      where: { id: actor.id, organisationId: actor.organisationId },
      select: {
        isOrgAdmin: true,
        organisation: {
          select: {
            id: true,
            name: true,
            kind: true,
            localAuthority: true,
            postcode: true,
            sector: true,
            sizeBand: true,
            staffCount: true,
          },
        },
      },
    });
    if (!me) return notFound();
    if (!isAdmin({ id: actor.id, role: actor.role, isOrgAdmin: me.isOrgAdmin }))
      return refused(onlyAdminsMessage);
    const { organisation } = me;
    const isBusiness = organisation.kind === "sme";
    if (!isBusiness && input.sector !== undefined)
      return refused("Only a business has a sector and a size.");
    const before: Stored = organisation;
    const after: Stored = {
      localAuthority: input.localAuthority,
      postcode: input.postcode,
      sector: input.sector ?? organisation.sector,
      sizeBand: input.sizeBand ?? organisation.sizeBand,
      staffCount: input.staffCount === undefined ? organisation.staffCount : input.staffCount,
    };
    const changes = describeDetailChanges(before, after);
    if (!changes) return done({ changed: false });
    await tx.organisation.update({ where: { id: organisation.id }, data: after });
    await recordAudit(
      actor,
      {
        action: "organisation.details-change",
        targetType: "organisation",
        targetId: organisation.id,
        targetLabel: organisation.name,
        reason: changes,
      },
      tx,
    );
    return done({ changed: true });
  });
}
