import crypto from "node:crypto";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, signedIn, startSession, test, type TestUser } from "./fixtures";
import { waitForEmail } from "./mail";
import type { prisma } from "../app/db.server";

// When an employer's accepts race for the last places, every refusal says why
// (there are no places left, and what to do), and the schools still waiting are
// told the placement is full (app/opportunities/requests.server.ts).

type Db = typeof prisma;

function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

async function placementWithRequests(db: Db, sme: TestUser, places: number, schools: TestUser[]) {
  const title = `Garage week ${crypto.randomBytes(4).toString("hex")}`;
  const placement = await db.placement.create({
    data: {
      organisationId: sme.organisationId,
      state: "live",
      title,
      description: "Fix cars.",
      sector: "G",
      dateMode: "fixed",
      startDate: day(20),
      endDate: day(24),
      yearGroups: "10",
      places,
      format: "virtual",
      firstPublishedAt: day(-5),
    },
    select: { id: true },
  });
  const requests = [];
  for (const school of schools) {
    requests.push(
      await db.placementRequest.create({
        data: {
          placementId: placement.id,
          schoolOrgId: school.organisationId,
          requestedById: school.id,
          places: 1,
          yearGroup: "10",
        },
        select: { id: true },
      }),
    );
  }
  return { id: placement.id, title, requests };
}

const noPlacesLeft = "There are no places left";

test.describe("accepts that race for the last places", () => {
  test("20 accepts at once for 12 places: 12 land, and each of the other 8 says why", async ({
    page,
    db,
    baseURL,
  }) => {
    test.slow();
    const sme = await createUser("sme");
    const schools: TestUser[] = [];
    for (let i = 0; i < 20; i++) schools.push(await createUser("school"));
    const placement = await placementWithRequests(db, sme, 12, schools);
    await startSession(page, sme.email);

    // The plain form post a browser without JavaScript makes, all at once.
    const answers = await Promise.all(
      placement.requests.map((r) =>
        page.request.post(`/requests/${r.id}`, {
          form: { intent: "accept", placesAccepted: "1" },
          headers: { Origin: baseURL ?? "" },
          maxRedirects: 0,
        }),
      ),
    );
    const statuses = answers.map((a) => a.status());
    expect(statuses.filter((s) => s === 302)).toHaveLength(12);
    const refusals = answers.filter((a) => a.status() !== 302);
    expect(refusals.map((a) => a.status())).toEqual(Array(8).fill(400));
    for (const refusal of refusals) expect(await refusal.text()).toContain(noPlacesLeft);
    expect(
      await db.placementRequest.count({
        where: { placementId: placement.id, state: "accepted" },
      }),
    ).toBe(12);

    // The 8 schools still waiting are told the placement is full.
    const waiting = await db.placementRequest.findMany({
      where: { placementId: placement.id, state: { in: ["new", "viewed"] } },
      select: { schoolOrgId: true },
    });
    expect(waiting).toHaveLength(8);
    const waitingSchool = schools.find((s) => s.organisationId === waiting[0]?.schoolOrgId);
    const mail = await waitForEmail(waitingSchool?.email ?? "", "is full");
    expect(mail.text).toContain(placement.title);
  });

  test("two employer pages open, JavaScript on: the second accept shows why it failed", async ({
    page,
    browser,
    db,
  }) => {
    const sme = await createUser("sme");
    const first = await createUser("school");
    const second = await createUser("school");
    const placement = await placementWithRequests(db, sme, 1, [first, second]);
    const [a, b] = placement.requests;

    await startSession(page, sme.email);
    const other = await signedIn(browser, sme);
    await page.goto(`/requests/${a?.id}`);
    await other.goto(`/requests/${b?.id}`);
    await page.getByRole("button", { name: "Accept" }).click();
    await expect(page.getByText("You accepted 1 place.", { exact: false })).toBeVisible();

    await other.getByRole("button", { name: "Accept" }).click();
    await expect(other.getByRole("link", { name: noPlacesLeft, exact: false })).toBeVisible();
    await expectNoA11yViolations(other, "request, accept refused: no places left");
    await other.context().close();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the refused accept shows why, with what to do next", async ({ page, browser, db }) => {
      const sme = await createUser("sme");
      const first = await createUser("school");
      const second = await createUser("school");
      const placement = await placementWithRequests(db, sme, 1, [first, second]);
      const [a, b] = placement.requests;

      await startSession(page, sme.email);
      const other = await signedIn(browser, sme, false);
      await page.goto(`/requests/${a?.id}`);
      await other.goto(`/requests/${b?.id}`);
      await page.getByRole("button", { name: "Accept" }).click();
      await expect(page.getByText("You accepted 1 place.", { exact: false })).toBeVisible();

      await other.getByRole("button", { name: "Accept" }).click();
      await expect(other.getByRole("link", { name: noPlacesLeft, exact: false })).toBeVisible();
      await expect(other.getByText("Decline this request", { exact: false }).first()).toBeVisible();
      await other.context().close();
    });
  });
});
