// Saving, listing and deleting a person's searches, and the new postings that
// match them (read by the reminders job). Ownership is in every `where`.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { apprenticeshipFilters, placementFilters } from "./search";
import { searchApprenticeships, searchPlacements } from "./search.server";
import { MAX_SEARCH_ALERTS, searchAlertPath, type SearchAlertKind } from "./search-alerts";

type Owner = { id: string; organisationId: string };

export async function saveSearchAlert(
  user: Owner,
  input: { name: string; kind: SearchAlertKind; query: string },
): Promise<CommandResult<{ id: string }>> {
  const count = await prisma.searchAlert.count({ where: { userId: user.id } });
  if (count >= MAX_SEARCH_ALERTS) {
    return refused(
      `You can keep up to ${MAX_SEARCH_ALERTS} saved searches. Delete one you no longer need first.`,
    );
  }
  const alert = await prisma.searchAlert.create({
    data: { userId: user.id, organisationId: user.organisationId, ...input },
    select: { id: true },
  });
  return done(alert);
}

export async function deleteSearchAlert(user: Owner, id: string): Promise<CommandResult> {
  const { count } = await prisma.searchAlert.deleteMany({ where: { id, userId: user.id } });
  return count > 0 ? done() : notFound();
}

export async function listSearchAlerts(user: Owner) {
  const rows = await prisma.searchAlert.findMany({
    where: { userId: user.id },
    select: { id: true, name: true, kind: true, query: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: MAX_SEARCH_ALERTS,
  });
  return rows.map((row) => ({ ...row, path: searchAlertPath(row.kind, row.query) }));
}

/** How many of the newest matches each alert looks at in one run. */
const NEWEST = 10;

/**
 * For each saved search, the postings among its newest matches that staff
 * approved after it was saved (and within `since`): those are new to its owner.
 * The search is the search page's own (same filters, same keyword search), in
 * "newest" order, so an alert never finds what the page would not show.
 */
export async function newSearchAlertMatches(now: Date, since: Date) {
  const alerts = await prisma.searchAlert.findMany({
    where: { user: { suspendedAt: null } },
    select: {
      id: true,
      userId: true,
      organisationId: true,
      name: true,
      kind: true,
      query: true,
      createdAt: true,
    },
  });
  const found = [];
  for (const alert of alerts) {
    const params = new URLSearchParams(alert.query);
    params.set("sort", "newest");
    const results =
      alert.kind === "placements"
        ? (await searchPlacements(placementFilters(params), now)).results
        : (await searchApprenticeships(apprenticeshipFilters(params), now)).results;
    const ids = results.slice(0, NEWEST).map((r) => r.id);
    if (ids.length === 0) continue;
    const after = alert.createdAt > since ? alert.createdAt : since;
    const approved = await prisma.postingReview.findMany({
      where: {
        decision: "approved",
        createdAt: { gt: after },
        ...(alert.kind === "placements"
          ? { placementId: { in: ids } }
          : { apprenticeshipId: { in: ids } }),
      },
      select: { placementId: true, apprenticeshipId: true },
    });
    const fresh = new Set(approved.map((r) => r.placementId ?? r.apprenticeshipId));
    for (const posting of results) {
      if (fresh.has(posting.id))
        found.push({ alert, posting: { id: posting.id, title: posting.title } });
    }
  }
  return found;
}
