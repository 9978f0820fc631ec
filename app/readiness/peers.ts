// Comparing a firm with similar firms (same sector, size band and local
// authority). Small groups are never shown: with only a few firms, a score
// could point to one of them (PRODUCT.md §1 and §4).

/**
 * The smallest group any page shows: a firm's peer comparison (counting the
 * OTHER firms' latest checks), staff insight cells and the board view's "where
 * the gaps are". The one home of the number; SQL that needs it takes it as a
 * bound parameter.
 */
export const MIN_PEER_GROUP = 5;

/** Whether a group of `count` organisations is big enough to show. */
export function mayShowGroup(count: number): boolean {
  return count >= MIN_PEER_GROUP;
}

/** The middle value; for an even count, the mean of the two middle values to one decimal place. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // In range: the list is not empty, so 0 <= middle < length, and an even length is at least 2.
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
}

export type PeerComparison =
  | { shown: false; size: number; reason: string }
  | {
      shown: true;
      size: number;
      median: number;
      position: "above" | "below" | "same";
      /** The share of peers scoring strictly below this firm, as a whole percentage. */
      percentBelow: number;
    };

export const smallGroupReason =
  `Fewer than ${MIN_PEER_GROUP} other firms in this group have taken the check, so we do not show it. ` +
  "This keeps each firm's answers private.";

/**
 * Where the median sits in a sorted group of `size` scores: the database reads
 * only these one or two middle rows instead of the whole group.
 */
export function middleRows(size: number): { skip: number; take: number } {
  if (size <= 0) return { skip: 0, take: 0 };
  return size % 2 === 1 ? { skip: (size - 1) / 2, take: 1 } : { skip: size / 2 - 1, take: 2 };
}

/** What the database counts for a group: its size, its middle score(s), and how many score below. */
export type PeerGroupStats = { size: number; middle: number[]; below: number };

/** Compares a score with its peers, from counts (size, middle scores, how many below) rather than every score. */
export function comparisonFromStats(score: number, stats: PeerGroupStats): PeerComparison {
  const middle = median(stats.middle);
  if (!mayShowGroup(stats.size) || middle === null) {
    return { shown: false, size: stats.size, reason: smallGroupReason };
  }
  const position = score > middle ? "above" : score < middle ? "below" : "same";
  return {
    shown: true,
    size: stats.size,
    median: middle,
    position,
    percentBelow: Math.round((stats.below / stats.size) * 100),
  };
}

/** How many firms got each score; scores are whole numbers 0 to 100, so this is at most 101 rows. */
export type ScoreHistogram = { score: number; count: number }[];

/**
 * Size, middle score(s) and how many score below `score`, from a histogram: the
 * database groups by score, so a region of thousands comes back as 101 rows.
 */
export function statsFromHistogram(histogram: ScoreHistogram, score: number): PeerGroupStats {
  const rows = histogram.filter((row) => row.count > 0).sort((a, b) => a.score - b.score);
  const size = rows.reduce((sum, row) => sum + row.count, 0);
  const below = rows.filter((row) => row.score < score).reduce((sum, row) => sum + row.count, 0);
  const { skip, take } = middleRows(size);
  const middle: number[] = [];
  let seen = 0;
  for (const row of rows) {
    // Positions seen .. seen+count-1 hold this score; take the wanted ones.
    for (
      let position = Math.max(skip, seen);
      position < Math.min(skip + take, seen + row.count);
      position++
    ) {
      middle.push(row.score);
    }
    seen += row.count;
    if (seen >= skip + take) break;
  }
  return { size, middle, below };
}
