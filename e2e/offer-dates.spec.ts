// Issue 17: an offer dated in the past cannot be published, and a board member
// whose firm is not yet checked is told the truth about who can see an offer.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { unique } from "./mentoring-helpers";

async function fillOffer(page: Page, title: string, start: string, end: string) {
  await page.goto("/board/offers/new");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Description")
    .fill("Bring your spreadsheets and we will tidy them together.");
  await page.getByLabel("Clinic").check();
  await page.getByLabel("Data management").check();
  await page.getByLabel("On set dates").check();
  await page.getByLabel("Start date and time").fill(start);
  await page.getByLabel("End date and time").fill(end);
  await page.getByLabel("Online", { exact: true }).check();
  await page.getByLabel("Number of seats").fill("3");
  await page.getByRole("button", { name: "Publish offer" }).click();
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
      await fillOffer(page, title, "2020-03-14T10:00", "2020-03-14T12:00");
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(
        summary.getByRole("link", {
          name: "The start is in the past. Enter a start date and time that is still to come.",
        }),
      ).toBeVisible();
      await expect(page.getByLabel("Title")).toHaveValue(title);
      await expectNoA11yViolations(page, "offer with a past start");
      expect(await db.offer.count({ where: { title } })).toBe(0);
    });
  });
}

test("a board member whose firm is not yet checked is told businesses cannot see the offer yet", async ({
  page,
}) => {
  const board = await createUser("board", { verified: false });
  await startSession(page, board.email);
  const title = unique("Cyber clinic");
  await fillOffer(page, title, "2031-03-14T10:00", "2031-03-14T12:00");
  await expect(
    page.getByText(
      `Your offer "${title}" is saved. Businesses will see it once the partnership team has checked your firm.`,
    ),
  ).toBeVisible();
  await expect(page.getByText(`Your offer "${title}" has been published.`)).toHaveCount(0);
});
