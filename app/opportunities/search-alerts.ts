// Saved searches ("search alerts"): a person keeps a search's filters under a
// name and is emailed when new postings match (through the reminders job, at
// most one email a day per search, each posting once). The filters are kept as the search page's own query
// string, so a saved search opens as the same page, and the search code that
// reads the page reads the alert too.

export const searchAlertKinds = ["placements", "apprenticeships"] as const;
export type SearchAlertKind = (typeof searchAlertKinds)[number];

/** How many searches one person can keep. */
export const MAX_SEARCH_ALERTS = 20;

export const searchAlertKindNames: Record<SearchAlertKind, string> = {
  placements: "Work experience",
  apprenticeships: "Apprenticeships",
};

/** The page a saved search opens. */
export function searchAlertPath(kind: SearchAlertKind, query: string) {
  return `/${kind}${query ? `?${query}` : ""}`;
}

/** A search's filters as kept: what was chosen, without the page, the sort or empty boxes, in a fixed order. */
export function alertQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const [key, value] of [...params.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (key === "page" || key === "sort" || value.trim() === "") continue;
    kept.append(key, value.trim());
  }
  return kept.toString();
}

/** The page that lists a person's saved searches. */
export const SEARCH_ALERTS_PATH = "/saved-searches";
/** Where a signed-out person saves a search by email, and the emailed links land. */
export const SEARCH_ALERT_BY_EMAIL_PATH = "/saved-searches/by-email";
export const SEARCH_ALERT_CONFIRM_PATH = "/saved-searches/confirm";
export const SEARCH_ALERT_STOP_PATH = "/saved-searches/stop";
