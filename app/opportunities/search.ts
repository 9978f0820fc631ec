// Search filters read from the query string, so every search is a link that
// can be shared or bookmarked. Anything not understood is ignored rather than
// refused: a mistyped link still shows results.
import { pageNumber } from "~/components/pagination";
import type { FilterChoices } from "~/forms/filter-params";
import { localAuthorityIds, sectorIds } from "~/organisations/reference-data";
import { dateValueFrom, readDate } from "~/forms/date-input";
import { apprenticeshipLevels } from "./policy";
import { apprenticeshipRoutes, placementFormats, wageTypeIds, yearGroupIds } from "./options";

export const PAGE_SIZE = 10;
const MAX_WORDS = 8;

/**
 * The user's keywords as a safe FTS5 query: each word quoted as a prefix term
 * ("bake"* matches "baker" and "bakery"), all of them required. Only letters
 * and digits survive, so quotes, brackets, NEAR, AND, OR, * or column filters
 * typed into the box can never change the query's meaning or break it.
 */
export function ftsQuery(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, MAX_WORDS);
  if (unique.length === 0) return null;
  return unique.map((word) => `"${word}"*`).join(" ");
}

function pick<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function keywords(raw: string | null): string {
  return (raw ?? "").trim().slice(0, 100);
}

/** An organisation id as the database makes them (cuid), or nothing. */
function organisationIdFrom(raw: string | null): string | undefined {
  return raw && /^[a-z0-9]{20,40}$/.test(raw) ? raw : undefined;
}

export const apprenticeshipSorts = [
  { id: "relevance", name: "Best match" },
  { id: "closing", name: "Closing soonest" },
  { id: "newest", name: "Newest" },
] as const;
export type ApprenticeshipSort = (typeof apprenticeshipSorts)[number]["id"];

export type ApprenticeshipFilters = {
  q: string;
  route?: (typeof apprenticeshipRoutes)[number]["id"];
  /** Any of these levels (ticked boxes, `level` once each in the URL); empty for any level. */
  levels: number[];
  la?: (typeof localAuthorityIds)[number];
  wage?: (typeof wageTypeIds)[number];
  /** Only employers who are Disability Confident (the tick box posts "on"). */
  disabilityConfident?: true;
  /** One employer's vacancies (the "see all" link from its placements). */
  employer?: string;
  sort: ApprenticeshipSort;
  page: number;
};

export function apprenticeshipFilters(params: URLSearchParams): ApprenticeshipFilters {
  const q = keywords(params.get("q"));
  const asked = new Set(params.getAll("level").map(Number));
  const sort =
    pick(
      apprenticeshipSorts.map((s) => s.id),
      params.get("sort"),
    ) ?? (ftsQuery(q) ? "relevance" : "closing");
  return {
    q,
    route: pick(
      apprenticeshipRoutes.map((r) => r.id),
      params.get("route"),
    ),
    levels: apprenticeshipLevels.filter((level) => asked.has(level)),
    la: pick(localAuthorityIds, params.get("la")),
    wage: pick(wageTypeIds, params.get("wage")),
    disabilityConfident: ["on", "true"].includes(params.get("disabilityConfident") ?? "")
      ? true
      : undefined,
    employer: organisationIdFrom(params.get("employer")),
    // Best match needs keywords; without them the soonest closing come first.
    sort: sort === "relevance" && !ftsQuery(q) ? "closing" : sort,
    page: pageNumber(params.get("page")),
  };
}

// A placement takes requests until the day before it starts (live.server.ts),
// so "starting soonest" is also "closing soonest": one option, not two that
// always agree.
export const placementSorts = [
  { id: "relevance", name: "Best match" },
  { id: "starting", name: "Starting soonest (closes first)" },
  { id: "newest", name: "Newest" },
] as const;
export type PlacementSort = (typeof placementSorts)[number]["id"];

export type PlacementFilters = {
  q: string;
  sector?: (typeof sectorIds)[number];
  la?: (typeof localAuthorityIds)[number];
  from?: string;
  to?: string;
  year?: (typeof yearGroupIds)[number];
  format?: (typeof placementFormats)[number]["id"];
  /** Leave out online (virtual) placements, which an area never hides. */
  hideOnline?: true;
  sort: PlacementSort;
  page: number;
};

const placementDateLabels = { from: "Available from", to: "Available until" } as const;

/** A date filter as read: the day, or undefined when empty or wrong (placementDateProblems says which). */
function placementDate(params: URLSearchParams, name: keyof typeof placementDateLabels) {
  const reading = readDate(
    dateValueFrom((key) => params.get(key), name),
    placementDateLabels[name],
  );
  return reading.kind === "date" ? reading.date : undefined;
}

/** What is wrong with the date filters, in GOV.UK's words; a wrong date is left out of the search. */
export function placementDateProblems(params: URLSearchParams): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const name of ["from", "to"] as const) {
    const reading = readDate(
      dateValueFrom((key) => params.get(key), name),
      placementDateLabels[name],
    );
    if (reading.kind === "wrong") problems[name] = reading.message;
  }
  const from = placementDate(params, "from");
  const to = placementDate(params, "to");
  if (from && to && to < from)
    problems.to = "Available until must be the same as or after available from";
  return problems;
}

export function placementFilters(params: URLSearchParams): PlacementFilters {
  const from = placementDate(params, "from");
  const to = placementDate(params, "to");
  const q = keywords(params.get("q"));
  const sort =
    pick(
      placementSorts.map((s) => s.id),
      params.get("sort"),
    ) ?? (ftsQuery(q) ? "relevance" : "starting");
  return {
    q,
    sector: pick(sectorIds, params.get("sector")),
    la: pick(localAuthorityIds, params.get("la")),
    from,
    to,
    year: pick(yearGroupIds, params.get("year")),
    format: pick(
      placementFormats.map((f) => f.id),
      params.get("format"),
    ),
    // The tick box posts "on"; the form shows it back as "true".
    hideOnline: ["on", "true"].includes(params.get("hideOnline") ?? "") ? true : undefined,
    // Best match needs keywords; without them the soonest starting come first.
    sort: sort === "relevance" && !ftsQuery(q) ? "starting" : sort,
    page: pageNumber(params.get("page")),
  };
}

/** The choices of each apprenticeship filter, to name an unknown value (app/forms/filter-params.ts). */
export const apprenticeshipFilterChoices: FilterChoices = {
  route: { allowed: apprenticeshipRoutes.map((r) => r.id), what: "route" },
  level: { allowed: apprenticeshipLevels, what: "level" },
  la: { allowed: localAuthorityIds, what: "area" },
  wage: { allowed: wageTypeIds, what: "kind of wage" },
  sort: { allowed: apprenticeshipSorts.map((s) => s.id), what: "order" },
};

/** The choices of each placement filter, to name an unknown value. */
export const placementFilterChoices: FilterChoices = {
  sector: { allowed: sectorIds, what: "kind of business" },
  la: { allowed: localAuthorityIds, what: "area" },
  year: { allowed: yearGroupIds, what: "year group" },
  format: { allowed: placementFormats.map((f) => f.id), what: "way of taking part" },
  sort: { allowed: placementSorts.map((s) => s.id), what: "order" },
};
