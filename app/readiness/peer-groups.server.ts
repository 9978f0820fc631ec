// Peer groups for the results page: the latest check of each OTHER SME in the
// same sector, the same size band, the same local authority, and the whole
// region. Counted in the database (count, the one or two middle rows, a count
// below), so a big region never loads every score.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/db.server";
import { localAuthorityName, sectorName, sizeBandName } from "~/organisations/reference-data";
import { comparisonFromStats, middleRows, type PeerComparison } from "./peers";

export type PeerGroupKind = "sector" | "size" | "area" | "region";

export type PeerGroup = { kind: PeerGroupKind; title: string } & PeerComparison;

type OrganisationFacts = {
  id: string;
  sector: string | null;
  sizeBand: string | null;
  localAuthority: string | null;
};

/** The latest checks of the group's other SMEs. Uses the (isLatest, status) index. */
function groupWhere(
  own: OrganisationFacts,
  organisation: Prisma.OrganisationWhereInput,
): Prisma.ReadinessCheckWhereInput {
  return {
    isLatest: true,
    status: "submitted",
    overall: { not: null },
    organisationId: { not: own.id },
    organisation: { kind: "sme", ...organisation },
  };
}

/** Size, middle score(s) and how many score below `score`, for one group. */
export async function groupStats(where: Prisma.ReadinessCheckWhereInput, score: number) {
  const size = await prisma.readinessCheck.count({ where });
  const { skip, take } = middleRows(size);
  const [middleRowsFound, below] = await Promise.all([
    take > 0
      ? prisma.readinessCheck.findMany({ where, orderBy: [{ overall: "asc" }, { id: "asc" }], skip, take, select: { overall: true } })
      : Promise.resolve([]),
    size > 0 ? prisma.readinessCheck.count({ where: { AND: [where, { overall: { lt: score } }] } }) : Promise.resolve(0),
  ]);
  return { size, middle: middleRowsFound.map((row) => row.overall ?? 0), below };
}

function unknownGroup(kind: PeerGroupKind, title: string, what: string): PeerGroup {
  return { kind, title, shown: false, size: 0, reason: `We do not know your business's ${what}, so we cannot compare.` };
}

/** The four comparisons for an overall score, in the order the page shows them. */
export async function peerGroupsFor(own: OrganisationFacts, score: number): Promise<PeerGroup[]> {
  const specs: { kind: PeerGroupKind; title: string; filter: Prisma.OrganisationWhereInput | null; what: string }[] = [
    {
      kind: "sector",
      title: own.sector ? `Same sector: ${sectorName(own.sector)}` : "Same sector",
      filter: own.sector ? { sector: own.sector } : null,
      what: "sector",
    },
    {
      kind: "size",
      title: own.sizeBand ? `Same size: ${sizeBandName(own.sizeBand)}` : "Same size",
      filter: own.sizeBand ? { sizeBand: own.sizeBand } : null,
      what: "size",
    },
    {
      kind: "area",
      title: own.localAuthority ? `Same area: ${localAuthorityName(own.localAuthority)}` : "Same area",
      filter: own.localAuthority ? { localAuthority: own.localAuthority } : null,
      what: "area",
    },
    { kind: "region", title: "All firms in the West Midlands", filter: {}, what: "area" },
  ];
  return Promise.all(
    specs.map(async (spec) => {
      if (!spec.filter) return unknownGroup(spec.kind, spec.title, spec.what);
      const stats = await groupStats(groupWhere(own, spec.filter), score);
      return { kind: spec.kind, title: spec.title, ...comparisonFromStats(score, stats) };
    }),
  );
}
