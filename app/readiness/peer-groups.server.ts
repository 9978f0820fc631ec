// Peer groups for the results page: the latest check of each OTHER SME in the
// same sector, the same size band, the same local authority, the same sector
// AND size band (the closest like-for-like group), and the whole region, for the
// overall score and for each dimension. The database counts how many firms got
// each score (GROUP BY score and the firm's facts): scores are whole numbers 0 to
// 100, so that is at most 101 rows per group however big the region grows.
// Every group, per dimension too, is shown only with at least MIN_PEER_GROUP
// other firms in it (peers.ts). A firm is grouped by the facts its check was
// taken with (ReadinessCheck.sector, sizeBand, localAuthority, written at
// submission), not by what its account says today, so a firm that has grown
// since is compared like with like; a row without them (made before they were
// kept, or by a test) reads its organisation's.
import { prisma } from "~/db.server";
import { memoryCache } from "~/memory-cache";
import { localAuthorityName, sectorName, sizeBandName } from "~/organisations/reference-data";
import { dimensionIds, type DimensionId } from "./dimensions";
import {
  comparisonFromStats,
  statsFromHistogram,
  type PeerComparison,
  type ScoreHistogram,
} from "./peers";

export type PeerGroupKind = "sector" | "size" | "area" | "sector-size" | "region";

export type PeerGroup = { kind: PeerGroupKind; title: string } & PeerComparison;

/** A score the peers are compared on: the overall score or one dimension's. */
export type PeerMetric = "overall" | DimensionId;

/** The stored column of each metric (ReadinessCheck). */
const metricColumns: Record<PeerMetric, string> = {
  overall: "overall",
  strategy: "scoreStrategy",
  readiness: "scoreReadiness",
  workforce: "scoreWorkforce",
  data: "scoreData",
  automation: "scoreAutomation",
  cyber: "scoreCyber",
};
const metrics = Object.keys(metricColumns) as PeerMetric[];

/** The facts a result is grouped by: its own check's, or else its organisation's. */
export type OrganisationFacts = {
  id: string;
  sector: string | null;
  sizeBand: string | null;
  localAuthority: string | null;
};

type Counts = Map<number, number>;
type MetricSnapshot = {
  region: Counts;
  sector: Map<string, Counts>;
  size: Map<string, Counts>;
  area: Map<string, Counts>;
  "sector-size": Map<string, Counts>;
};
type Snapshot = Record<PeerMetric, MetricSnapshot>;

const sectorSizeKey = (sector: string, sizeBand: string) => `${sector}\u0000${sizeBand}`;

/**
 * Every SME's latest scores, counted by score within the region, each sector,
 * size band, area and sector-and-size pair. The results page reads a snapshot of
 * these, rebuilt when the data changes or after a minute, instead of walking
 * 20,000 checks on every view (docs/performance.md).
 *
 * One query reads each latest check once and packs its facts and seven scores
 * into one text (a line per firm), counted here. It had been one GROUP BY per
 * metric: seven sorts whose groups were nearly as many as the firms, and tens of
 * thousands of rows through Prisma, 0.6 s of the request thread's CPU at 25,000
 * firms and 5 s at ten times that, once a minute; now a tenth of it (issue 16).
 * Ids and scores hold no "," or ";".
 */
async function buildSnapshot(): Promise<Snapshot> {
  const columns = metrics.map((metric) => `COALESCE(r."${metricColumns[metric]}", '')`);
  const [row] = await prisma.$queryRawUnsafe<{ packed: string | null }[]>(
    // The column names come from metricColumns above, never from input.
    `SELECT group_concat(
         COALESCE(r.sector, o.sector, '') || ',' || COALESCE(r.sizeBand, o.sizeBand, '') || ',' ||
         COALESCE(r.localAuthority, o.localAuthority, '') || ',' || ${columns.join(" || ',' || ")},
         ';') AS packed
       FROM ReadinessCheck r CROSS JOIN Organisation o ON o.id = r.organisationId
       WHERE r.isLatest = 1 AND r.status = 'submitted' AND o.kind = 'sme'`,
  );
  // Tallies first (per group, an array of 101 counts per metric: a line costs a
  // few map reads, not 35), turned into the snapshot's score maps at the end.
  type Tallies = number[][];
  const newTallies = (): Tallies => metrics.map(() => new Array<number>(101).fill(0));
  const region = newTallies();
  const groups = {
    sector: new Map<string, Tallies>(),
    size: new Map<string, Tallies>(),
    area: new Map<string, Tallies>(),
    "sector-size": new Map<string, Tallies>(),
  };
  const talliesOf = (map: Map<string, Tallies>, key: string) => {
    let tallies = map.get(key);
    if (!tallies) map.set(key, (tallies = newTallies()));
    return tallies;
  };
  for (const line of row?.packed ? row.packed.split(";") : []) {
    const [sector = "", sizeBand = "", localAuthority = "", ...scores] = line.split(",");
    const into = [region];
    if (sector) into.push(talliesOf(groups.sector, sector));
    if (sizeBand) into.push(talliesOf(groups.size, sizeBand));
    if (localAuthority) into.push(talliesOf(groups.area, localAuthority));
    if (sector && sizeBand)
      into.push(talliesOf(groups["sector-size"], sectorSizeKey(sector, sizeBand)));
    metrics.forEach((_, index) => {
      const text = scores[index];
      if (!text) return;
      const score = Number(text);
      for (const tallies of into) {
        const tally = tallies[index]!;
        tally[score] = (tally[score] ?? 0) + 1;
      }
    });
  }
  const countsOf = (tally: number[]): Counts =>
    new Map(tally.flatMap((count, score) => (count ? [[score, count] as const] : [])));
  const snapshot = {} as Snapshot;
  metrics.forEach((metric, index) => {
    const byKey = (map: Map<string, Tallies>) =>
      new Map([...map].map(([key, tallies]) => [key, countsOf(tallies[index]!)]));
    snapshot[metric] = {
      region: countsOf(region[index]!),
      sector: byKey(groups.sector),
      size: byKey(groups.size),
      area: byKey(groups.area),
      "sector-size": byKey(groups["sector-size"]),
    };
  });
  return snapshot;
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

/** The firm's own latest check (flagged isLatest) with its scores, or null when it has none. */
export type OwnLatest = {
  overall: number | null;
  scoreStrategy?: number | null;
  scoreReadiness?: number | null;
  scoreWorkforce?: number | null;
  scoreData?: number | null;
  scoreAutomation?: number | null;
  scoreCyber?: number | null;
  /** The facts it was taken with; when not given, taken to be the result's own. */
  sector?: string | null;
  sizeBand?: string | null;
  localAuthority?: string | null;
} | null;

const ownLatestSelect = {
  overall: true,
  scoreStrategy: true,
  scoreReadiness: true,
  scoreWorkforce: true,
  scoreData: true,
  scoreAutomation: true,
  scoreCyber: true,
  sector: true,
  sizeBand: true,
  localAuthority: true,
} as const;

/** The facts a result is compared by: those its check kept, else its organisation's (older rows). */
export function peerFactsOf(
  organisation: OrganisationFacts,
  check: { sector: string | null; sizeBand: string | null; localAuthority: string | null },
): OrganisationFacts {
  return {
    id: organisation.id,
    sector: check.sector ?? organisation.sector,
    sizeBand: check.sizeBand ?? organisation.sizeBand,
    localAuthority: check.localAuthority ?? organisation.localAuthority,
  };
}

function ownScore(latest: OwnLatest, metric: PeerMetric): number | null | undefined {
  if (!latest) return null;
  return (latest as Record<string, number | null | undefined>)[metricColumns[metric]];
}

/**
 * For each score, how many OTHER SMEs' latest checks got it, in the region and
 * in each of the firm's groups: the snapshot, less the firm's own latest check.
 */
function histograms(
  data: Snapshot,
  own: OrganisationFacts,
  ownLatest: OwnLatest,
  metric: PeerMetric,
): Record<PeerGroupKind, ScoreHistogram> {
  const counts = data[metric];
  const mine = ownScore(ownLatest, metric);
  // The firm's latest check is taken out of a group only if it is in it: an
  // older result taken at another size is compared with that size's firms,
  // which the latest (taken at the new size) is not among.
  const latestIn = (key: "sector" | "sizeBand" | "localAuthority") =>
    !ownLatest?.[key] || ownLatest[key] === own[key];
  const without = (scores: Counts | undefined, ownIsIn = true): ScoreHistogram =>
    [...(scores ?? new Map<number, number>()).entries()].map(([score, count]) => ({
      score,
      count: ownIsIn && mine === score ? count - 1 : count,
    }));
  return {
    region: without(counts.region),
    sector: own.sector ? without(counts.sector.get(own.sector), latestIn("sector")) : [],
    size: own.sizeBand ? without(counts.size.get(own.sizeBand), latestIn("sizeBand")) : [],
    area: own.localAuthority
      ? without(counts.area.get(own.localAuthority), latestIn("localAuthority"))
      : [],
    "sector-size":
      own.sector && own.sizeBand
        ? without(
            counts["sector-size"].get(sectorSizeKey(own.sector, own.sizeBand)),
            latestIn("sector") && latestIn("sizeBand"),
          )
        : [],
  };
}

async function snapshotAndOwn(own: OrganisationFacts, known?: OwnLatest) {
  const [data, ownLatest] = await Promise.all([
    currentSnapshot(),
    known !== undefined
      ? known
      : prisma.readinessCheck.findFirst({
          // Callers pass an SME (the results page is for SMEs only).
          where: { organisationId: own.id, isLatest: true, status: "submitted" },
          select: ownLatestSelect,
        }),
  ]);
  return { data, ownLatest };
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

type GroupSpec = { kind: PeerGroupKind; title: string; known: boolean; what: string };

function groupSpecs(own: OrganisationFacts): GroupSpec[] {
  return [
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
    {
      kind: "sector-size",
      title:
        own.sector && own.sizeBand
          ? `Same sector and size: ${sectorName(own.sector)}, ${sizeBandName(own.sizeBand)}`
          : "Same sector and size",
      known: Boolean(own.sector && own.sizeBand),
      what: "sector or size",
    },
    { kind: "region", title: "All firms in the West Midlands", known: true, what: "area" },
  ];
}

function compare(
  specs: GroupSpec[],
  counts: Record<PeerGroupKind, ScoreHistogram>,
  score: number,
): PeerGroup[] {
  return specs.map((spec) => {
    if (!spec.known) return unknownGroup(spec.kind, spec.title, spec.what);
    return {
      kind: spec.kind,
      title: spec.title,
      ...comparisonFromStats(score, statsFromHistogram(counts[spec.kind], score)),
    };
  });
}

/**
 * The comparisons for an overall score, in the order the page shows them.
 * A caller that has already read the firm's latest check passes it as `ownLatest`.
 */
export async function peerGroupsFor(
  own: OrganisationFacts,
  score: number,
  ownLatest?: OwnLatest,
): Promise<PeerGroup[]> {
  const { data, ownLatest: latest } = await snapshotAndOwn(own, ownLatest);
  return compare(groupSpecs(own), histograms(data, own, latest, "overall"), score);
}

export type DimensionPeers = { dimension: DimensionId; score: number; groups: PeerGroup[] };

/**
 * Each dimension's score compared with the same groups' scores for that
 * dimension: the middle score of each group of at least MIN_PEER_GROUP other firms.
 */
export async function dimensionPeersFor(
  own: OrganisationFacts,
  scores: Record<DimensionId, number>,
  ownLatest?: OwnLatest,
): Promise<DimensionPeers[]> {
  const { data, ownLatest: latest } = await snapshotAndOwn(own, ownLatest);
  const specs = groupSpecs(own);
  return dimensionIds.map((dimension) => ({
    dimension,
    score: scores[dimension],
    groups: compare(specs, histograms(data, own, latest, dimension), scores[dimension]),
  }));
}
