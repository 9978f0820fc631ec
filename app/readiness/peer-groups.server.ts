// Peer groups for the results page: the latest check of each OTHER SME in the
// same sector, the same size band, the same local authority, and the whole
// region. One aggregate query serves all four: it walks the latest checks once
// (the (isLatest, status) index), joins each firm by its key, and returns how
// many firms in each group got each score. Scores are whole numbers 0 to 100,
// so that is at most 101 rows however big the region grows.
import { prisma } from "~/db.server";
import { memoryCache } from "~/memory-cache";
import { localAuthorityName, sectorName, sizeBandName } from "~/organisations/reference-data";
import {
  comparisonFromStats,
  statsFromHistogram,
  type PeerComparison,
  type ScoreHistogram,
} from "./peers";

export type PeerGroupKind = "sector" | "size" | "area" | "region";

export type PeerGroup = { kind: PeerGroupKind; title: string } & PeerComparison;

type OrganisationFacts = {
  id: string;
  sector: string | null;
  sizeBand: string | null;
  localAuthority: string | null;
};

type Row = { score: number; key: string | null; count: bigint | number };
type Snapshot = {
  region: Map<number, number>;
  sector: Map<string, Map<number, number>>;
  size: Map<string, Map<number, number>>;
  area: Map<string, Map<number, number>>;
};

/**
 * Every SME's latest overall score, counted by score for the region and by score
 * within each sector, size band and area: four GROUP BY queries over the latest
 * checks (at most 101 rows per group value). The results page reads a snapshot
 * of these, rebuilt when the data changes or after a minute, instead of walking
 * 20,000 checks on every view (docs/performance.md).
 */
async function buildSnapshot(): Promise<Snapshot> {
  const grouped = (column: "sector" | "sizeBand" | "localAuthority" | null) =>
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT r.overall AS score, ${column ? `o."${column}"` : "NULL"} AS key, COUNT(*) AS count
       FROM ReadinessCheck r CROSS JOIN Organisation o ON o.id = r.organisationId
       WHERE r.isLatest = 1 AND r.status = 'submitted' AND r.overall IS NOT NULL AND o.kind = 'sme'
       GROUP BY r.overall${column ? `, o."${column}"` : ""}`,
    );
  const [region, sector, size, area] = await Promise.all([
    grouped(null),
    grouped("sector"),
    grouped("sizeBand"),
    grouped("localAuthority"),
  ]);
  const byKey = (rows: Row[]) => {
    const map = new Map<string, Map<number, number>>();
    for (const row of rows) {
      if (row.key === null) continue;
      const scores = map.get(row.key) ?? new Map<number, number>();
      scores.set(Number(row.score), Number(row.count));
      map.set(row.key, scores);
    }
    return map;
  };
  return {
    region: new Map(region.map((row) => [Number(row.score), Number(row.count)])),
    sector: byKey(sector),
    size: byKey(size),
    area: byKey(area),
  };
}

const snapshots = memoryCache<Snapshot>({ ttlMs: 60_000 });
async function currentSnapshot(now = new Date()) {
  // A new submission moves the newest submittedAt, read from the (status,
  // submittedAt) index in one step. Anything else (a firm deleted, a sector
  // changed) shows within the minute the snapshot lasts.
  const [marks] = await prisma.$queryRawUnsafe<{ newest: string | null }[]>(
    `SELECT MAX(submittedAt) AS newest FROM ReadinessCheck WHERE status = 'submitted'`,
  );
  return snapshots.get("all", marks?.newest ?? "", now, buildSnapshot);
}

/**
 * For each score, how many OTHER SMEs' latest checks got it, in the region and
 * in each of the firm's groups: the snapshot, less the firm's own latest check.
 */
async function histograms(
  own: OrganisationFacts,
  known?: OwnLatest,
): Promise<Record<PeerGroupKind, ScoreHistogram>> {
  const [data, ownLatest] = await Promise.all([
    currentSnapshot(),
    known !== undefined
      ? known
      : prisma.readinessCheck.findFirst({
          // Callers pass an SME (the results page is for SMEs only).
          where: { organisationId: own.id, isLatest: true, status: "submitted" },
          select: { overall: true },
        }),
  ]);
  const without = (scores: Map<number, number> | undefined): ScoreHistogram =>
    [...(scores ?? new Map<number, number>()).entries()].map(([score, count]) => ({
      score,
      count: ownLatest?.overall === score ? count - 1 : count,
    }));
  return {
    region: without(data.region),
    sector: own.sector ? without(data.sector.get(own.sector)) : [],
    size: own.sizeBand ? without(data.size.get(own.sizeBand)) : [],
    area: own.localAuthority ? without(data.area.get(own.localAuthority)) : [],
  };
}

function unknownGroup(kind: PeerGroupKind, title: string, what: string): PeerGroup {
  return {
    kind,
    title,
    shown: false,
    size: 0,
    reason: `We do not know your business's ${what}, so we cannot compare.`,
  };
}

/** The firm's own latest check (flagged isLatest), or null when it has none. */
type OwnLatest = { overall: number | null } | null;

/**
 * The four comparisons for an overall score, in the order the page shows them.
 * A caller that has already read the firm's latest check passes it as `ownLatest`.
 */
export async function peerGroupsFor(
  own: OrganisationFacts,
  score: number,
  ownLatest?: OwnLatest,
): Promise<PeerGroup[]> {
  const counts = await histograms(own, ownLatest);
  const specs: { kind: PeerGroupKind; title: string; known: boolean; what: string }[] = [
    {
      kind: "sector",
      title: own.sector ? `Same sector: ${sectorName(own.sector)}` : "Same sector",
      known: Boolean(own.sector),
      what: "sector",
    },
    {
      kind: "size",
      title: own.sizeBand ? `Same size: ${sizeBandName(own.sizeBand)}` : "Same size",
      known: Boolean(own.sizeBand),
      what: "size",
    },
    {
      kind: "area",
      title: own.localAuthority
        ? `Same area: ${localAuthorityName(own.localAuthority)}`
        : "Same area",
      known: Boolean(own.localAuthority),
      what: "area",
    },
    { kind: "region", title: "All firms in the West Midlands", known: true, what: "area" },
  ];
  return specs.map((spec) => {
    if (!spec.known) return unknownGroup(spec.kind, spec.title, spec.what);
    return {
      kind: spec.kind,
      title: spec.title,
      ...comparisonFromStats(score, statsFromHistogram(counts[spec.kind], score)),
    };
  });
}
