// Issue 17: an offer dated in the past cannot be published, and a board member
// whose firm is not yet checked is told the truth about who can see an offer.
// Issue 19: the start and end are GOV.UK date boxes and a time typed as people
// write it ("9:30am", "14:00"), the same in every browser; a wrong one is named.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { fillOfferTimes, unique } from "./mentoring-helpers";

type When = Parameters<typeof fillOfferTimes>[1];

async function fillOffer(page: Page, title: string, when: When) {
  await page.goto("/board/offers/new");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Description")
    .fill("Bring your spreadsheets and we will tidy them together.");
  await page.getByLabel("Clinic").check();
  await page.getByLabel("Data management").check();
  await page.getByLabel("On set dates").check();
  await fillOfferTimes(page, when);
  await page.getByLabel("Online", { exact: true }).check();
  await page.getByLabel("Number of seats").fill("3");
  await page.getByRole("button", { name: "Publish offer" }).click();
}

const problems = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

/** The summary's link for `message` leads to the box with this id. */
async function expectLinkTo(page: Page, message: string, boxId: string | null) {
  const link = problems(page).getByRole("link", { name: message, exact: true });
  await expect(link).toBeVisible();
  expect(boxId).toBeTruthy();
  await expect(link).toHaveAttribute("href", `#${boxId}`);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`offer dates ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("an offer that starts in the past is refused on its start, and nothing is published", async ({
      page,
      db,
    }) => {
      const board = await createUser("board");
      await startSession(page, board.email);
      const title = unique("Old clinic");
      await fillOffer(page, title, { day: "2020-03-14", startTime: "10am", endTime: "12pm" });
      const start = page.getByRole("group", { name: "Start date", exact: true });
      await expectLinkTo(
        page,
        "Start date and time must be in the future",
        await start.getByLabel("Day").getAttribute("id"),
      );
      await expect(page.getByLabel("Title")).toHaveValue(title);
      await expect(start.getByLabel("Year")).toHaveValue("2020");
      await expect(page.getByLabel("Start time")).toHaveValue("10am");
      await expectNoA11yViolations(page, "offer with a past start");
      expect(await db.offer.count({ where: { title } })).toBe(0);
    });

    test("a day that does not exist, a missing time and an end before the start are each named, and what was typed stays", async ({
      page,
      db,
    }) => {
      test.slow(); // Three sends of a long form on a busy machine.
      const board = await createUser("board");
      await startSession(page, board.email);
      const title = unique("Spreadsheet clinic");

      // 31 February, and no end time.
      await fillOffer(page, title, {
        day: "2031-02-31",
        startTime: "9:30am",
        endDay: "2031-03-01",
        endTime: "",
      });
      const start = page.getByRole("group", { name: "Start date", exact: true });
      await expectLinkTo(
        page,
        "Start date must be a real date",
        await start.getByLabel("Day").getAttribute("id"),
      );
      await expectLinkTo(
        page,
        "Enter an end time",
        await page.getByLabel("End time").getAttribute("id"),
      );
      await expect(page).toHaveTitle(/^Error: /);
      await expect(start.getByLabel("Day")).toHaveValue("31");
      await expect(start.getByLabel("Day")).toHaveAttribute("aria-invalid", "true");
      await expect(start.getByLabel("Month")).toHaveValue("2");
      await expect(page.getByLabel("Start time")).toHaveValue("9:30am");
      await expect(page.getByLabel("Title")).toHaveValue(title);
      await expectNoA11yViolations(page, "offer, a day that does not exist and no end time");

      // A real day, no start time, and the end before the start.
      await fillOfferTimes(page, { day: "2031-02-28", startTime: "", endTime: "9am" });
      await page.getByRole("button", { name: "Publish offer" }).click();
      await expectLinkTo(
        page,
        "Enter a start time",
        await page.getByLabel("Start time").getAttribute("id"),
      );
      await page.getByLabel("Start time").fill("14:00");
      await page.getByRole("button", { name: "Publish offer" }).click();
      await expectLinkTo(
        page,
        "End time must be after the start time",
        await page.getByLabel("End time").getAttribute("id"),
      );
      await expect(problems(page).getByRole("link")).toHaveCount(1);
      await expect(page.getByLabel("End time")).toHaveValue("9am");
      await expectNoA11yViolations(page, "offer, the end before the start");
      expect(await db.offer.count({ where: { title } })).toBe(0);

      // Put right, it is published with the times read as UK time (February is GMT).
      await page.getByLabel("End time").fill("4.30 pm");
      await page.getByRole("button", { name: "Publish offer" }).click();
      await expect(page.getByText(`Your offer "${title}" has been published.`)).toBeVisible();
      const offer = await db.offer.findFirstOrThrow({
        where: { title },
        select: { startsAt: true, endsAt: true },
      });
      expect(offer.startsAt).toEqual(new Date("2031-02-28T14:00:00Z"));
      expect(offer.endsAt).toEqual(new Date("2031-02-28T16:30:00Z"));
    });
  });
}

test("a board member whose firm is not yet checked is told businesses cannot see the offer yet", async ({
  page,
}) => {
  const board = await createUser("board", { verified: false });
  await startSession(page, board.email);
  const title = unique("Cyber clinic");
  await fillOffer(page, title, { day: "2031-03-14", startTime: "10am", endTime: "12pm" });
  await expect(
    page.getByText(
      `Your offer "${title}" is saved. Businesses will see it once the partnership team has checked your firm.`,
    ),
  ).toBeVisible();
  await expect(page.getByText(`Your offer "${title}" has been published.`)).toHaveCount(0);
});
