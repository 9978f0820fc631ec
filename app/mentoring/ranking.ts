// Matching SMEs with board mentors and upskilling offers (PRODUCT.md §3).
//
// Score = coverage × COVERAGE_SCALE + practical points, where
//   coverage  = Σ (100 − score) over the SME's weakest dimensions (the one
//               rule in readiness/scoring.ts) that the candidate covers,
//               so a weaker dimension counts for more and two gaps beat one;
//   practical = spare places (SPARE_POINTS_PER_PLACE each, up to
//               SPARE_PLACES_COUNTED) + FORMAT_FIT_POINTS when they can meet in a
//               way the SME wants + SAME_AREA_POINTS or NEARBY_AREA_POINTS when
//               meeting in person is possible and the places match.
// Practical points are at most 75, below one point of coverage, so they only
// ever separate candidates that cover the SME's gaps equally well.
// Cover comes only from the candidate's own tags: a dimension tag covers the
// whole gap; an Essential Digital Skills area covers its share of the dimension
// it is part of (readiness/dimensions.ts `edsAreaDimension`: one of the five
// parts of workforce skills), and the reason says it is only a part.
// A candidate the SME cannot meet at all (online only for a firm that meets only
// in person, or the other way round) is listed after every one it can meet,
// whatever it covers: the SME said how it meets (decision 026).
// Ties: name (or title), then id, so the order never changes between requests.
//
// Full mentors, mentors not taking requests, full offers and offers that have
// already started are left out of `matches` but returned in `unavailable`
// (ranked the same way), so a browse page can still list them.

import {
  localAuthorityIds,
  localAuthorityName,
  type LocalAuthorityId,
} from "../organisations/reference-data";
import {
  dimensionNames,
  edsAreaDimension,
  edsAreaNames,
  edsAreasOf,
  type DimensionId,
  type EdsAreaId,
} from "../readiness/dimensions";
import { weakestDimensions, type DimensionScores, type WeakDimension } from "../readiness/scoring";
import { seatsLeft, spareCapacity } from "./limits";
import type { MeetingFormat } from "./options";

/** One point of coverage outranks all practical points together. */
export const COVERAGE_SCALE = 100;
export const SPARE_POINTS_PER_PLACE = 5;
/** Beyond this, more spare places do not help: a 500-seat course is not 100 times better. */
export const SPARE_PLACES_COUNTED = 5;
export const FORMAT_FIT_POINTS = 30;
export const SAME_AREA_POINTS = 20;
export const NEARBY_AREA_POINTS = 10;

export interface SmeMatchContext {
  /** Latest completed check; null when the SME has none yet. */
  scores: DimensionScores | null;
  preferredFormat: MeetingFormat;
  localAuthority: string | null;
}

export interface MentorCandidate {
  id: string;
  name: string;
  expertise: DimensionId[];
  edsAreas: EdsAreaId[];
  capacity: number;
  activeCount: number;
  format: MeetingFormat;
  localAuthority: string | null;
  takingRequests: boolean;
}

export interface OfferCandidate {
  id: string;
  title: string;
  dimensions: DimensionId[];
  format: MeetingFormat;
  localAuthority: string | null;
  seats: number;
  seatsBooked: number;
  /** null for on-demand offers. */
  startsAt: Date | null;
}

export interface RankedMatch {
  id: string;
  score: number;
  reasons: string[];
}

export interface Ranking {
  /** True when the SME has no completed check: invite it to take one. */
  needsCheck: boolean;
  /** The SME's weakest dimensions used for the ranking, weakest first. */
  weakest: WeakDimension[];
  /** Candidates the SME can use now, best first. */
  matches: RankedMatch[];
  /** Full or closed candidates, for browsing only. */
  unavailable: RankedMatch[];
}

// Neighbouring authorities of the West Midlands combined authority.
const neighbourPairs: [LocalAuthorityId, LocalAuthorityId][] = [
  ["birmingham", "dudley"],
  ["birmingham", "sandwell"],
  ["birmingham", "solihull"],
  ["birmingham", "walsall"],
  ["coventry", "solihull"],
  ["dudley", "sandwell"],
  ["dudley", "wolverhampton"],
  ["sandwell", "walsall"],
  ["sandwell", "wolverhampton"],
  ["walsall", "wolverhampton"],
];

export function areNeighbours(a: string, b: string): boolean {
  return neighbourPairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** A place we can compare: one of the named authorities, not "elsewhere" or unknown. */
function knownPlace(id: string | null): string | null {
  if (!id || id === "elsewhere") return null;
  return (localAuthorityIds as readonly string[]).includes(id) ? id : null;
}

type Subject = "mentor" | "offer";

const formatWords: Record<Subject, Record<MeetingFormat, string>> = {
  mentor: {
    online: "Meets online",
    "in-person": "Meets in person",
    either: "Meets online or in person",
  },
  offer: {
    online: "Runs online",
    "in-person": "Runs in person",
    either: "Runs online and in person",
  },
};

const onlyWords: Record<Subject, Record<"online" | "in-person", string>> = {
  mentor: { online: "Only meets online", "in-person": "Only meets in person" },
  offer: { online: "Only runs online", "in-person": "Only runs in person" },
};

const allowsOnline = (format: MeetingFormat) => format !== "in-person";
const allowsInPerson = (format: MeetingFormat) => format !== "online";

interface Part {
  points: number;
  reasons: string[];
}

interface Fit extends Part {
  /** False when there is no way of meeting both sides accept. */
  canMeet: boolean;
}

/** What a candidate's tags cover: the share (0–1] of each dimension, and the EDS areas behind a part. */
export type Cover = Map<DimensionId, { share: number; areas: EdsAreaId[] }>;

/** The cover a candidate's own tags give: dimension tags in full, EDS areas as their part. */
export function coverFromTags(
  dimensions: readonly DimensionId[],
  edsAreas: readonly EdsAreaId[] = [],
): Cover {
  const cover: Cover = new Map();
  for (const area of new Set(edsAreas)) {
    const dimension = edsAreaDimension[area];
    const parts = edsAreasOf(dimension).length;
    const entry = cover.get(dimension) ?? { share: 0, areas: [] };
    entry.areas.push(area);
    entry.share = Math.min(1, entry.areas.length / parts);
    cover.set(dimension, entry);
  }
  for (const dimension of dimensions) cover.set(dimension, { share: 1, areas: [] });
  return cover;
}

/** How well the ways of meeting and the places fit. */
function meetingFit(
  sme: SmeMatchContext,
  format: MeetingFormat,
  localAuthority: string | null,
  subject: Subject,
): Fit {
  const online = allowsOnline(sme.preferredFormat) && allowsOnline(format);
  const inPerson = allowsInPerson(sme.preferredFormat) && allowsInPerson(format);
  const theirPlace = knownPlace(localAuthority);
  const ourPlace = knownPlace(sme.localAuthority);
  const place =
    !theirPlace || !ourPlace
      ? "unknown"
      : theirPlace === ourPlace
        ? "same"
        : areNeighbours(theirPlace, ourPlace)
          ? "nearby"
          : "far";

  if (!online && !inPerson) {
    return {
      points: 0,
      canMeet: false,
      reasons: [onlyWords[subject][allowsOnline(format) ? "online" : "in-person"]],
    };
  }
  // Meeting only in person helps little if it is across the region; an unknown
  // place gets the benefit of the doubt.
  if (!online && place === "far") {
    return {
      points: 0,
      canMeet: true,
      reasons: [
        `Based in ${localAuthorityName(theirPlace)}, which may be too far to meet in person`,
      ],
    };
  }

  const reasons = [`${formatWords[subject][format]}, which suits you`];
  let points = FORMAT_FIT_POINTS;
  if (inPerson && place === "same") {
    points += SAME_AREA_POINTS;
    reasons.push(`Based in ${localAuthorityName(theirPlace)}, like you`);
  } else if (inPerson && place === "nearby") {
    points += NEARBY_AREA_POINTS;
    reasons.push(`Based in ${localAuthorityName(theirPlace)}, near you`);
  }
  return { points, reasons, canMeet: true };
}

/** Coverage points and reasons, weakest dimension first; a part covers its share of the gap. */
function coverage(weakest: WeakDimension[], cover: Cover): Part {
  let points = 0;
  const reasons: string[] = [];
  weakest.forEach(({ dimension, score }, position) => {
    const covered = cover.get(dimension);
    if (!covered) return;
    const label = `${dimensionNames[dimension]} (score ${Math.round(score)})`;
    const whole = covered.share >= 1;
    const part = whole
      ? label
      : `${label}, the part on ${covered.areas.map((a) => edsAreaNames[a]).join(" and ")} (${covered.areas.length} of ${edsAreasOf(dimension).length} parts)`;
    if (reasons.length > 0) reasons.push(`Also covers${whole ? "" : " part of"}: ${part}`);
    else if (position === 0)
      reasons.push(`Covers ${whole ? "" : "part of "}your weakest area: ${part}`);
    else reasons.push(`Covers ${whole ? "" : "part of "}one of your weakest areas: ${part}`);
    points += Math.round((100 - score) * covered.share);
  });
  return { points, reasons };
}

function spareCapacityPart(spare: number, text: string): Part {
  return {
    points: Math.min(spare, SPARE_PLACES_COUNTED) * SPARE_POINTS_PER_PLACE,
    reasons: [text],
  };
}

interface Scored extends RankedMatch {
  sortName: string;
  available: boolean;
  canMeet: boolean;
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

function byName(a: Scored, b: Scored): number {
  return collator.compare(a.sortName, b.sortName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function byScore(a: Scored, b: Scored): number {
  return Number(b.canMeet) - Number(a.canMeet) || b.score - a.score || byName(a, b);
}

function assemble(sme: SmeMatchContext, scored: Scored[]): Ranking {
  const needsCheck = sme.scores === null;
  const order = needsCheck ? byName : byScore;
  const strip = ({ id, score, reasons }: Scored): RankedMatch => ({ id, score, reasons });
  return {
    needsCheck,
    weakest: sme.scores ? weakestDimensions(sme.scores) : [],
    matches: scored
      .filter((s) => s.available)
      .sort(order)
      .map(strip),
    unavailable: scored
      .filter((s) => !s.available)
      .sort(order)
      .map(strip),
  };
}

/**
 * Builds one candidate's score; without a check the score is 0 and the order
 * neutral. `weakest` is the SME's, worked out once per ranking.
 */
function score(
  sme: SmeMatchContext,
  weakest: WeakDimension[],
  covered: Cover,
  parts: { blocked: string | null; spare: Part | null; fit: Fit },
): { score: number; reasons: string[]; canMeet: boolean } {
  const cover = coverage(weakest, covered);
  const practical = [parts.spare, parts.fit].filter((p): p is Part => p !== null);
  const reasons = [
    ...(parts.blocked ? [parts.blocked] : []),
    ...cover.reasons,
    ...practical.flatMap((p) => p.reasons),
  ];
  const canMeet = parts.fit.canMeet;
  if (!sme.scores) return { score: 0, reasons, canMeet };
  const points = practical.reduce((sum, p) => sum + p.points, 0);
  return { score: cover.points * COVERAGE_SCALE + points, reasons, canMeet };
}

export function rankMentors(sme: SmeMatchContext, mentors: readonly MentorCandidate[]): Ranking {
  const weakest = sme.scores ? weakestDimensions(sme.scores) : [];
  const scored = mentors.map((mentor): Scored => {
    const covered = coverFromTags(mentor.expertise, mentor.edsAreas);

    const spare = spareCapacity(mentor.capacity, mentor.activeCount);
    const blocked = !mentor.takingRequests
      ? "Not taking new requests at the moment"
      : spare === 0
        ? "Full at the moment"
        : null;
    const result = score(sme, weakest, covered, {
      blocked,
      spare: blocked
        ? null
        : spareCapacityPart(spare, `Has space for ${spare} more ${spare === 1 ? "firm" : "firms"}`),
      fit: meetingFit(sme, mentor.format, mentor.localAuthority, "mentor"),
    });
    return { id: mentor.id, sortName: mentor.name, available: blocked === null, ...result };
  });
  return assemble(sme, scored);
}

export function rankOffers(
  sme: SmeMatchContext,
  offers: readonly OfferCandidate[],
  options: { now?: Date } = {},
): Ranking {
  const { now } = options;
  const weakest = sme.scores ? weakestDimensions(sme.scores) : [];
  const scored = offers.map((offer): Scored => {
    const left = seatsLeft(offer.seats, offer.seatsBooked);
    const blocked =
      left === 0
        ? "Fully booked"
        : now && offer.startsAt && offer.startsAt.getTime() < now.getTime()
          ? "Already started"
          : null;
    const result = score(sme, weakest, coverFromTags(offer.dimensions), {
      blocked,
      spare: blocked
        ? null
        : spareCapacityPart(left, left === 1 ? "1 seat left" : `${left} seats left`),
      fit: meetingFit(sme, offer.format, offer.localAuthority, "offer"),
    });
    return { id: offer.id, sortName: offer.title, available: blocked === null, ...result };
  });
  return assemble(sme, scored);
}
