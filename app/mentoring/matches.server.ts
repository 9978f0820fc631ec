import { pageFromUrl, pageOf } from "~/components/pagination";
import { dimensionNames } from "~/readiness/dimensions";
import type { WeakDimension } from "~/readiness/scoring";
import {
  filterMentors,
  filterOffers,
  loadMentors,
  loadOffers,
  matchingCandidates,
  type MentorCard,
  type MentorFilters,
  type OfferCard,
} from "./candidates.server";
import { isMeetingFormat, type MeetingFormat } from "./options";
import { rankMentors, rankOffers, type Ranking, type SmeMatchContext } from "./ranking";
import { placeAndLatestCheck, toCheckScores } from "./readiness.server";

/**
 * What the ranking needs to know about an SME: its latest scores, where it is,
 * and how it wants to meet: the page's format filter when it has one, else the
 * SME's saved choice (account page), else either way.
 */
export async function smeMatchContext(organisationId: string, filterFormat?: MeetingFormat | null) {
  const { check, localAuthority, meetingFormat } = await placeAndLatestCheck(organisationId);
  return matchContextFrom(check, localAuthority, filterFormat ?? savedFormat(meetingFormat));
}

/** A stored meeting format, or "either" when none (or an unknown one) is stored. */
export function savedFormat(value: string | null | undefined): MeetingFormat {
  return isMeetingFormat(value) ? value : "either";
}

/**
 * The same, from a latest check (as `latestCheck` reads it) and a place the
 * caller has already read, so a page that has them asks nothing more.
 */
export function matchContextFrom(
  check: Parameters<typeof toCheckScores>[0],
  localAuthority: string | null,
  preferredFormat: MeetingFormat = "either",
) {
  const latest = toCheckScores(check);
  const context: SmeMatchContext = {
    scores: latest?.scores ?? null,
    preferredFormat,
    localAuthority,
  };
  return { context, check: latest };
}

export type Ranked<T> = { item: T; reasons: string[]; available: boolean };

/** Puts the ranking back together with the cards: matches first, then the full or closed ones. */
function ordered<T extends { id: string }>(ranking: Ranking, items: T[]): Ranked<T>[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const pick = (available: boolean) => (m: { id: string; reasons: string[] }) => ({
    item: byId.get(m.id)!,
    reasons: m.reasons,
    available,
  });
  return [...ranking.matches.map(pick(true)), ...ranking.unavailable.map(pick(false))];
}

type SmeContext = Awaited<ReturnType<typeof smeMatchContext>>;

/** No SME (or no check): a neutral order, by name. */
const neutral = (filters: MentorFilters): SmeMatchContext => ({
  scores: null,
  preferredFormat: filters.format ?? "either",
  localAuthority: null,
});

function mentorsRanked(context: SmeMatchContext, mentors: MentorCard[]) {
  const ranking = rankMentors(context, mentors);
  return {
    meetingFormat: context.preferredFormat,
    needsCheck: ranking.needsCheck,
    weakest: ranking.weakest,
    mentors: ordered<MentorCard>(ranking, mentors),
  };
}

function offersRanked(context: SmeMatchContext, offers: OfferCard[], now: Date) {
  const ranking = rankOffers(context, offers, { now });
  return {
    meetingFormat: context.preferredFormat,
    needsCheck: ranking.needsCheck,
    weakest: ranking.weakest,
    offers: ordered<OfferCard>(ranking, offers),
  };
}

export async function rankedMentorsFor(
  organisationId: string | null,
  filters: MentorFilters = {},
  known?: SmeContext,
) {
  const [sme, mentors] = await Promise.all([
    known ?? (organisationId ? smeMatchContext(organisationId, filters.format) : null),
    loadMentors(filters),
  ]);
  return mentorsRanked(sme?.context ?? neutral(filters), mentors);
}

export async function rankedOffersFor(
  organisationId: string | null,
  now: Date,
  filters: MentorFilters = {},
  known?: SmeContext,
) {
  const [sme, offers] = await Promise.all([
    known ?? (organisationId ? smeMatchContext(organisationId, filters.format) : null),
    loadOffers(now, filters),
  ]);
  return offersRanked(sme?.context ?? neutral(filters), offers, now);
}

/** Mentors and offers are ranked in full, shown a page at a time: the best matches come first. */
export const LIST_PAGE_SIZE = 20;

/**
 * One page of a ranked mentor or offer list, with what the list says above its
 * cards (MatchListIntro): whether to invite a check, the weakest areas the
 * order is based on, how the SME likes to meet and how many were found.
 */
export function rankedListPage<T>(
  ranked: { needsCheck: boolean; meetingFormat: MeetingFormat; weakest: WeakDimension[] },
  items: Ranked<T>[],
  isSme: boolean,
  url: URL,
) {
  const shown = pageOf(items, pageFromUrl(url), LIST_PAGE_SIZE);
  return {
    intro: {
      isSme,
      needsCheck: isSme && ranked.needsCheck,
      meetingFormat: ranked.meetingFormat,
      weakest: ranked.weakest.map((w) => ({
        name: dimensionNames[w.dimension],
        score: Math.round(w.score),
      })),
      total: shown.total,
    },
    page: shown.page,
    pageCount: shown.pageCount,
    items: shown.items,
  };
}

export type TopMatches = {
  needsCheck: boolean;
  mentors: { id: string; name: string; firm: string; reasons: string[] }[];
  offers: { id: string; title: string; firm: string; reasons: string[] }[];
};

/**
 * The best mentors and offers for an SME's gaps, for the readiness results
 * page and the SME home page. Empty lists when it has no completed check.
 */
export async function topMatchesFor(
  organisationId: string,
  counts: { mentors?: number; offers?: number } = {},
  now = new Date(),
  known?: SmeContext,
): Promise<TopMatches> {
  // One read of the SME's scores and place, and one of the candidates, serve both rankings.
  const [sme, candidates] = await Promise.all([
    known ?? smeMatchContext(organisationId),
    matchingCandidates(now),
  ]);
  const mentors = mentorsRanked(sme.context, filterMentors(candidates.mentors));
  const offers = offersRanked(sme.context, filterOffers(candidates.offers, now), now);
  if (mentors.needsCheck) return { needsCheck: true, mentors: [], offers: [] };
  return {
    needsCheck: false,
    mentors: mentors.mentors
      .filter((m) => m.available)
      .slice(0, counts.mentors ?? 3)
      .map(({ item, reasons }) => ({ id: item.id, name: item.name, firm: item.firm, reasons })),
    offers: offers.offers
      .filter((o) => o.available)
      .slice(0, counts.offers ?? 3)
      .map(({ item, reasons }) => ({ id: item.id, title: item.title, firm: item.firm, reasons })),
  };
}
