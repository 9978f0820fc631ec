import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { logger } from "~/logger.server";
import { localAuthorityName } from "./reference-data";
import { similarNames, type DuplicateReason } from "./duplicates";

export type PossibleDuplicate = {
  id: string;
  name: string;
  area: string | null;
  reasons: DuplicateReason[];
};

/** What is compared: the kind, name and area of an organisation, and its public reference numbers. */
export type OrganisationDetails = {
  kind: "sme" | "school" | "board";
  name: string;
  localAuthority: string | null;
  schoolUrn?: string | null;
  companiesHouseNumber?: string | null;
};

/** Comparing names reads this many organisations of one kind in one area at most. */
const NAME_SCAN_LIMIT = 5000;

/**
 * Organisations already on SkillsBridge that may be the same as `details`
 * (duplicates.ts says how), never `excludeId` (the organisation itself, on the
 * staff page). Staff organisations are never matched. At most 5, the ones with
 * most reasons first.
 */
export async function findPossibleDuplicates(
  details: OrganisationDetails,
  excludeId?: string,
): Promise<PossibleDuplicate[]> {
  const notSelf = excludeId ? { NOT: { id: excludeId } } : {};
  const found = new Map<string, PossibleDuplicate>();
  const add = (
    row: { id: string; name: string; localAuthority: string | null },
    reason: DuplicateReason,
  ) => {
    const entry = found.get(row.id) ?? {
      id: row.id,
      name: row.name,
      area: localAuthorityName(row.localAuthority) || null,
      reasons: [],
    };
    entry.reasons.push(reason);
    found.set(row.id, entry);
  };
  const select = { id: true, name: true, localAuthority: true } as const;
  if (details.kind === "school" && details.schoolUrn) {
    const rows = await prisma.organisation.findMany({
      where: { kind: "school", schoolUrn: details.schoolUrn, ...notSelf },
      select,
    });
    for (const row of rows) add(row, "school-reference");
  }
  if (details.kind !== "school" && details.companiesHouseNumber) {
    const rows = await prisma.organisation.findMany({
      where: {
        kind: { in: ["sme", "board"] },
        companiesHouseNumber: details.companiesHouseNumber,
        ...notSelf,
      },
      select,
    });
    for (const row of rows) add(row, "companies-house");
  }
  if (details.localAuthority) {
    const rows = await prisma.organisation.findMany({
      where: { kind: details.kind, localAuthority: details.localAuthority, ...notSelf },
      select,
      take: NAME_SCAN_LIMIT,
    });
    for (const row of rows) if (similarNames(row.name, details.name)) add(row, "similar-name");
  }
  return [...found.values()].sort((a, b) => b.reasons.length - a.reasons.length).slice(0, 5);
}

/**
 * Sign-up asks before it makes an organisation: is it already here? Limited per
 * address typed and per client, so the form cannot be used to list who is on
 * SkillsBridge (what it tells is in decision 033).
 */
export async function duplicatesAtSignUp(
  details: OrganisationDetails & { email: string },
  address: string,
): Promise<CommandResult<PossibleDuplicate[]>> {
  const limit = await takeLimits(pairFor(limits.signUpCheck, details.email, address));
  if (limit.limited) {
    logger.warn({ event: "sign-up-check.limited", minutes: limit.minutes });
    return refused(limitMessage("new accounts made from here", limit.minutes), "email");
  }
  return done(await findPossibleDuplicates(details));
}
