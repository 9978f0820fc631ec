import { describe, expect, test } from "vitest";
import { hashToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import {
  confirmSearchAlert,
  deleteSearchAlert,
  deleteUnconfirmedSearchAlerts,
  listSearchAlerts,
  saveSearchAlert,
  saveSearchAlertByEmail,
  sendSearchAlerts,
  stopSearchAlert,
} from "./search-alerts.server";
import { MAX_SEARCH_ALERTS } from "./search-alerts";

// A fixed clock: Tuesday 1 December 2026, 10am UK time.
const now = new Date("2026-12-01T10:00:00Z");
const HOUR = 3_600_000;
const since = new Date(now.getTime() - 30 * 24 * HOUR);

/** A live vacancy with `word` in its title, approved by staff at `approvedAt`. */
async function approvedVacancy(word: string, approvedAt: Date) {
  const employer = await makeOrg("sme");
  const vacancy = await makeApprenticeship(employer.id, now, { title: `${word} apprentice` });
  await prisma.postingReview.create({
    data: {
      apprenticeshipId: vacancy.id,
      decision: "approved",
      staffEmail: "staff@example.com",
      createdAt: approvedAt,
    },
  });
  return vacancy;
}

/** The raw token in the newest emailed link to `path` for `to`. */
function tokenIn(to: string, path: string) {
  const texts = outboxFor(to).map((m) => m.text);
  const match = new RegExp(`${path}\\?token=([^\\s>]+)`).exec(texts.join("\n"));
  if (!match?.[1]) throw new Error(`no ${path} link for ${to}`);
  return decodeURIComponent(match[1]);
}

const unique = () => `w${Math.random().toString(36).slice(2, 10)}`;

describe("saved searches", () => {
  test("a person saves, lists and deletes their own searches; nobody else's", async () => {
    const school = await makeUser("school", { verified: true });
    const other = await makeUser("school", { verified: true });
    // As the page's form gives it: the intent comes too.
    const saved = await saveSearchAlert(school, {
      intent: "save",
      name: "Year 10 in Dudley",
      kind: "placements",
      query: "la=dudley&year=10",
    } as Parameters<typeof saveSearchAlert>[1]);
    if (saved.status !== "done") throw new Error("not saved");
    expect((await listSearchAlerts(school)).map((a) => [a.name, a.path])).toEqual([
      ["Year 10 in Dudley", "/placements?la=dudley&year=10"],
    ]);
    expect(await listSearchAlerts(other)).toEqual([]);
    expect(await deleteSearchAlert(other, saved.value.id)).toEqual({ status: "not-found" });
    expect(await deleteSearchAlert(school, saved.value.id)).toEqual({ status: "done" });
    expect(await listSearchAlerts(school)).toEqual([]);
  });

  test(`no more than ${MAX_SEARCH_ALERTS} per person`, async () => {
    const school = await makeUser("school", { verified: true });
    for (let i = 0; i < MAX_SEARCH_ALERTS; i++) {
      await saveSearchAlert(school, { name: `Search ${i}`, kind: "placements", query: "" });
    }
    expect(
      await saveSearchAlert(school, { name: "One more", kind: "apprenticeships", query: "" }),
    ).toMatchObject({ status: "refused" });
  });

  test("new matches go in one email a day per saved search, each posting once, even with two runs at once", async () => {
    const word = unique();
    const school = await makeUser("school", { verified: true });
    const saved = await saveSearchAlert(school, {
      name: "Coders",
      kind: "apprenticeships",
      query: `q=${word}`,
    });
    if (saved.status !== "done") throw new Error("not saved");
    await prisma.searchAlert.update({
      where: { id: saved.value.id },
      data: {
        confirmedAt: new Date(now.getTime() - 48 * HOUR),
        createdAt: new Date(now.getTime() - 48 * HOUR),
      },
    });
    await approvedVacancy(word, new Date(now.getTime() - 3 * HOUR));
    await approvedVacancy(word, new Date(now.getTime() - 2 * HOUR));
    await approvedVacancy(word, new Date(now.getTime() - 72 * HOUR)); // before the search was saved

    const [a, b] = await Promise.all([sendSearchAlerts(now, since), sendSearchAlerts(now, since)]);
    expect(a + b).toBe(1);
    let mails = outboxFor(school.email).filter((m) => m.subject.includes("Coders"));
    expect(mails.map((m) => m.subject)).toEqual(['2 new matches for "Coders"']);
    expect(mails[0]!.text).toContain(
      "List-Unsubscribe: <http://localhost:3000/saved-searches/stop?token=",
    );
    expect(mails[0]!.text).toContain("Stop this alert:");

    // A new match later the same day waits for tomorrow; then only it is sent.
    await approvedVacancy(word, new Date(now.getTime() + HOUR));
    expect(await sendSearchAlerts(new Date(now.getTime() + 2 * HOUR), since)).toBe(0);
    const tomorrow = new Date(now.getTime() + 24 * HOUR);
    expect(await sendSearchAlerts(tomorrow, since)).toBe(1);
    mails = outboxFor(school.email).filter((m) => m.subject.startsWith("New on SkillsBridge"));
    expect(mails.map((m) => m.subject)).toEqual([`New on SkillsBridge: ${word} apprentice`]);
    expect(await sendSearchAlerts(new Date(tomorrow.getTime() + HOUR), since)).toBe(0);
    expect(
      await prisma.notification.count({
        where: { userId: school.id, message: { contains: "Coders" } },
      }),
    ).toBe(2);
  });

  test("signed out: saved by email, nothing sent until the link is used; stopped from the alert email without signing in", async () => {
    const word = unique();
    const email = `${word}@example.com`;
    expect(
      await saveSearchAlertByEmail({
        email,
        name: "Near me",
        query: `q=${word}`,
        address: "10.0.0.1",
        isBot: false,
        now,
      }),
    ).toEqual({ status: "done" });
    const alert = await prisma.searchAlert.findFirstOrThrow({ where: { email } });
    expect(alert).toMatchObject({ userId: null, kind: "apprenticeships", confirmedAt: null });
    const confirmToken = tokenIn(email, "/saved-searches/confirm");
    // Only the hash is kept.
    expect(await prisma.token.count({ where: { tokenHash: confirmToken } })).toBe(0);
    expect(
      await prisma.token.count({
        where: { tokenHash: hashToken(confirmToken), searchAlertId: alert.id },
      }),
    ).toBe(1);

    await approvedVacancy(word, new Date(now.getTime() + HOUR));
    const later = new Date(now.getTime() + 2 * HOUR);
    expect(await sendSearchAlerts(later, since)).toBe(0); // not confirmed yet

    // A confirm link cannot stop an alert (single purpose), and works once.
    expect(await stopSearchAlert(confirmToken, now)).toEqual({ status: "not-found" });
    expect(await confirmSearchAlert(confirmToken, now)).toMatchObject({
      status: "done",
      value: { name: "Near me" },
    });
    expect(await confirmSearchAlert(confirmToken, now)).toEqual({ status: "not-found" });
    await approvedVacancy(word, new Date(now.getTime() + 90 * 60_000));
    expect(await sendSearchAlerts(later, since)).toBe(1);
    // Both matches since it started, in one email.
    expect(outboxFor(email).map((m) => m.subject)).toContain('2 new matches for "Near me"');

    const stopToken = tokenIn(email, "/saved-searches/stop");
    expect(await confirmSearchAlert(stopToken, now)).toEqual({ status: "not-found" });
    expect(await stopSearchAlert(stopToken, later)).toMatchObject({
      status: "done",
      value: { name: "Near me" },
    });
    expect(await prisma.searchAlert.count({ where: { email } })).toBe(0);
    expect(await prisma.token.count({ where: { searchAlertId: alert.id } })).toBe(0);
    expect(await stopSearchAlert(stopToken, later)).toEqual({ status: "not-found" });
  });

  test("signed out: a search never confirmed goes once its link has run out; confirmed ones stay", async () => {
    const DAY = 24 * HOUR;
    const stamp = Date.now();
    const alert = (email: string, createdAt: Date, confirmedAt: Date | null) =>
      prisma.searchAlert.create({
        data: {
          email,
          kind: "apprenticeships",
          name: "Digital",
          query: "q=digital",
          createdAt,
          confirmedAt,
        },
        select: { id: true },
      });
    const ranOut = await alert(
      `ran-out-${stamp}@unit.test`,
      new Date(now.getTime() - 8 * DAY),
      null,
    );
    const stillOpen = await alert(
      `open-${stamp}@unit.test`,
      new Date(now.getTime() - 6 * DAY),
      null,
    );
    const confirmed = await alert(
      `confirmed-${stamp}@unit.test`,
      new Date(now.getTime() - 90 * DAY),
      new Date(now.getTime() - 89 * DAY),
    );

    expect(await deleteUnconfirmedSearchAlerts(now)).toBeGreaterThanOrEqual(1);

    const left = await prisma.searchAlert.findMany({
      where: { id: { in: [ranOut.id, stillOpen.id, confirmed.id] } },
      select: { id: true },
    });
    expect(left.map((a) => a.id).sort()).toEqual([stillOpen.id, confirmed.id].sort());
  });

  test("signed out: robots get nothing, and the address is limited", async () => {
    const email = `${unique()}@example.com`;
    await saveSearchAlertByEmail({
      email,
      name: "Bot",
      query: "",
      address: "10.0.0.2",
      isBot: true,
      now,
    });
    expect(await prisma.searchAlert.count({ where: { email } })).toBe(0);
    for (let i = 0; i < 3; i++) {
      await saveSearchAlertByEmail({
        email,
        name: `S${i}`,
        query: "",
        address: "10.0.0.3",
        isBot: false,
        now,
      });
    }
    expect(
      await saveSearchAlertByEmail({
        email,
        name: "One more",
        query: "",
        address: "10.0.0.3",
        isBot: false,
        now,
      }),
    ).toMatchObject({ status: "refused", field: "email" });
  });
});
