// Saving, listing and deleting a person's searches, saving one by email without
// an account (confirmed by an emailed link), stopping one from its email, and
// the daily job that emails new matches. Ownership is in every `where`; the
// emailed links are single-purpose tokens, stored hashed (auth/tokens.server.ts).
import { TOKEN_LIFETIME_MS } from "~/auth/token-lifetimes";
import { consumeToken, createToken } from "~/auth/tokens.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { isUniqueViolation, prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { confirmSearchAlertMessage, searchAlertMessage } from "~/email/templates.server";
import { siteOrigin } from "~/env.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { reminderKey } from "~/reminders/rules";
import { ukDay } from "~/time/uk-time";
import { apprenticeshipFilters, placementFilters } from "./search";
import { searchApprenticeships, searchPlacements } from "./search.server";
import {
  MAX_SEARCH_ALERTS,
  SEARCH_ALERT_CONFIRM_PATH,
  SEARCH_ALERT_STOP_PATH,
  searchAlertPath,
  type SearchAlertKind,
} from "./search-alerts";

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
    // Signed in: the account's address is confirmed already, so the alert is live.
    data: {
      userId: user.id,
      organisationId: user.organisationId,
      // The fields by name: the route passes the whole form (its intent too).
      name: input.name,
      kind: input.kind,
      query: input.query,
      confirmedAt: new Date(),
    },
    select: { id: true },
  });
  return done(alert);
}

/**
 * Anyone, signed out, saves an apprenticeship search under an email address.
 * Nothing is sent to the address until its owner uses the emailed link; the
 * page says the same whatever the address (the limit and the honeypot aside).
 */
export async function saveSearchAlertByEmail(input: {
  email: string;
  name: string;
  query: string;
  address: string;
  isBot: boolean;
  now?: Date;
}): Promise<CommandResult> {
  const now = input.now ?? new Date();
  if (input.isBot) return done();
  const limit = await takeLimits(
    pairFor(limits.searchAlertByEmail, input.email, input.address),
    now,
  );
  if (limit.limited) {
    return refused(limitMessage("You have saved several searches", limit.minutes), "email");
  }
  const kept = await prisma.searchAlert.count({ where: { email: input.email } });
  if (kept >= MAX_SEARCH_ALERTS) {
    return refused(
      `You can keep up to ${MAX_SEARCH_ALERTS} saved searches. Stop one from its email first.`,
      "email",
    );
  }
  const alert = await prisma.searchAlert.create({
    data: { email: input.email, kind: "apprenticeships", name: input.name, query: input.query },
    select: { id: true },
  });
  const token = await createToken({
    purpose: "search-alert-confirm",
    email: input.email,
    searchAlertId: alert.id,
    now,
  });
  try {
    await sendEmail(
      confirmSearchAlertMessage(
        input.email,
        `${siteOrigin()}${SEARCH_ALERT_CONFIRM_PATH}?token=${encodeURIComponent(token)}`,
        input.name,
      ),
    );
  } catch (error) {
    console.error(
      "Could not send a saved-search link:",
      error instanceof Error ? error.message : error,
    );
  }
  return done();
}

/**
 * Housekeeping: a signed-out person's alert that was never confirmed goes once
 * its emailed link has run out, so an address typed by mistake (or someone
 * else's) is not kept. A signed-in person's alert is confirmed when saved.
 */
export async function deleteUnconfirmedSearchAlerts(now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - TOKEN_LIFETIME_MS["search-alert-confirm"]);
  const { count } = await prisma.searchAlert.deleteMany({
    where: { confirmedAt: null, createdAt: { lte: cutoff } },
  });
  return count;
}

/** The emailed link to start a signed-out person's alert. */
export async function confirmSearchAlert(
  token: string,
  now = new Date(),
): Promise<CommandResult<{ name: string; path: string }>> {
  const used = await consumeToken("search-alert-confirm", token, now);
  if (!used?.searchAlertId) return notFound();
  const alert = await prisma.searchAlert.findFirst({
    where: { id: used.searchAlertId, email: used.email },
    select: { id: true, name: true, kind: true, query: true, confirmedAt: true },
  });
  if (!alert) return notFound();
  if (!alert.confirmedAt) {
    await prisma.searchAlert.update({ where: { id: alert.id }, data: { confirmedAt: now } });
  }
  return done({ name: alert.name, path: searchAlertPath(alert.kind, alert.query) });
}

/** What a stop link is for, to show on the page before the button is pressed. */
export async function searchAlertForStopLink(searchAlertId: string | null) {
  if (!searchAlertId) return null;
  return prisma.searchAlert.findUnique({ where: { id: searchAlertId }, select: { name: true } });
}

/** "Stop this alert" from an alert email: no sign-in; the link is for this one alert only. */
export async function stopSearchAlert(
  token: string,
  now = new Date(),
): Promise<CommandResult<{ name: string }>> {
  const used = await consumeToken("search-alert-stop", token, now);
  if (!used?.searchAlertId) return notFound();
  const alert = await prisma.searchAlert.findUnique({
    where: { id: used.searchAlertId },
    select: { id: true, name: true },
  });
  if (!alert) return notFound();
  await removeAlert(alert.id);
  return done({ name: alert.name });
}

/** An alert goes with its emailed links (they have no foreign key). */
async function removeAlert(id: string) {
  await prisma.$transaction([
    prisma.token.deleteMany({ where: { searchAlertId: id } }),
    prisma.searchAlert.deleteMany({ where: { id } }),
  ]);
}

export async function deleteSearchAlert(user: Owner, id: string): Promise<CommandResult> {
  const owned = await prisma.searchAlert.findFirst({
    where: { id, userId: user.id },
    select: { id: true },
  });
  if (!owned) return notFound();
  await removeAlert(owned.id);
  return done();
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
 * For each live saved search, the postings among its newest matches that staff
 * approved since its last email (or since it started, and within `since`):
 * those are new to its owner. The search is the search page's own (same
 * filters, same keyword search), in "newest" order, so an alert never finds
 * what the page would not show.
 */
export async function newSearchAlertMatches(now: Date, since: Date) {
  const alerts = await prisma.searchAlert.findMany({
    where: {
      confirmedAt: { not: null },
      OR: [
        { userId: null, email: { not: null } },
        { user: { suspendedAt: null, emailConfirmedAt: { not: null } } },
      ],
    },
    select: {
      id: true,
      userId: true,
      organisationId: true,
      email: true,
      name: true,
      kind: true,
      query: true,
      confirmedAt: true,
      lastSentAt: true,
      user: { select: { email: true } },
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
    const started = alert.lastSentAt ?? alert.confirmedAt!;
    const after = started > since ? started : since;
    const approved = await prisma.postingReview.findMany({
      where: {
        decision: "approved",
        createdAt: { gt: after, lte: now },
        ...(alert.kind === "placements"
          ? { placementId: { in: ids } }
          : { apprenticeshipId: { in: ids } }),
      },
      select: { placementId: true, apprenticeshipId: true },
    });
    const fresh = new Set(approved.map((r) => r.placementId ?? r.apprenticeshipId));
    const postings = results
      .filter((posting) => fresh.has(posting.id))
      .map((posting) => ({ id: posting.id, title: posting.title }));
    if (postings.length > 0) found.push({ alert, postings });
  }
  return found;
}

/**
 * The alerts part of the reminders job (which keeps to sending hours): for
 * each saved search with new matches, one email combining them, at most once a
 * UK day. The day's key is claimed before sending, so a second run or a second
 * server sends nothing; the next email has only what was approved after this one.
 * A signed-in person also gets the notice in the app.
 */
export async function sendSearchAlerts(now: Date, since: Date): Promise<number> {
  const origin = siteOrigin();
  let sent = 0;
  for (const { alert, postings } of await newSearchAlertMatches(now, since)) {
    const to = alert.user?.email ?? alert.email;
    if (!to) continue;
    const claimed = await prisma.reminderSent
      .create({
        data: {
          key: reminderKey(
            "search-alert-daily",
            `${alert.id}~${ukDay(now)}`,
            alert.organisationId ?? "email",
          ),
          sentAt: now,
        },
        select: { id: true },
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return null;
        throw error;
      });
    if (!claimed) continue;
    await prisma.searchAlert.update({ where: { id: alert.id }, data: { lastSentAt: now } });
    const searchHref = `${origin}${searchAlertPath(alert.kind, alert.query)}`;
    if (alert.userId && alert.organisationId) {
      await prisma.notification.create({
        data: {
          organisationId: alert.organisationId,
          userId: alert.userId,
          message: `${postings.length} new ${postings.length === 1 ? "match" : "matches"} for your saved search "${alert.name}".`,
          link: searchAlertPath(alert.kind, alert.query),
        },
      });
    }
    const stop = await createToken({
      purpose: "search-alert-stop",
      email: to,
      searchAlertId: alert.id,
      now,
    });
    try {
      await sendEmail(
        searchAlertMessage(
          to,
          {
            name: alert.name,
            searchHref,
            stopHref: `${origin}${SEARCH_ALERT_STOP_PATH}?token=${encodeURIComponent(stop)}`,
          },
          postings.map((p) => ({ title: p.title, href: `${origin}/${alert.kind}/${p.id}` })),
        ),
      );
      sent += 1;
    } catch (error) {
      console.error(
        "Could not send a search alert:",
        error instanceof Error ? error.message : error,
      );
    }
  }
  return sent;
}
