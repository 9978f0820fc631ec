// Issue 17: the action plan, from a recommendation to done, and its mentor's view.
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, signedIn, startSession, test } from "./fixtures";
import { seedMentor, seedRequest, unique } from "./mentoring-helpers";
import { allAnswers, seedSubmittedCheck, uniqueSector } from "./readiness-helpers";
import { fillDate } from "./date-input";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the action plan ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("a recommendation becomes an action, is finished, and the results show it", async ({
      page,
      db,
    }) => {
      const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
      const check = await seedSubmittedCheck(db, sme.organisationId, {
        answers: allAnswers("worst"),
      });
      await startSession(page, sme.email);
      await page.goto(`/readiness/results/${check.id}`);
      await expect(page.getByText("Your plan has no actions yet.")).toBeVisible();
      const add = page.getByRole("link", { name: /^Add to your plan/ }).first();
      const href = (await add.getAttribute("href")) ?? "";
      const recommendation = new URL(href, "http://x").searchParams.get("title") ?? "";
      expect(recommendation).not.toBe("");
      await expect(add).toContainText(recommendation);
      await add.click();
      await expect(page.getByRole("heading", { level: 1, name: "Your action plan" })).toBeVisible();
      await expect(page.getByLabel("What you will do")).toHaveValue(recommendation);
      await expectNoA11yViolations(page, "empty action plan");

      await page.getByRole("button", { name: "Add to your plan" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary.getByRole("link", { name: "Enter who will do it" })).toBeVisible();
      await expect(summary.getByRole("link", { name: "Enter the day it is due" })).toBeVisible();
      await expect(page.getByLabel("What you will do")).toHaveValue(recommendation);
      await expectNoA11yViolations(page, "action plan form with errors");

      await page.getByLabel("Who will do it").fill("Office manager");
      await fillDate(page, "When it is due", "2031-01-31");
      await page.getByRole("button", { name: "Add to your plan" }).click();
      await expect(page.getByText(`"${recommendation}" is in your plan.`)).toBeVisible();
      const item = page.getByRole("listitem").filter({ hasText: "Office manager" });
      await expect(item).toContainText("To do");
      await expect(item).toContainText("31 January 2031");
      await expect(page.getByText("0 of 1 action done")).toBeVisible();
      await expectNoA11yViolations(page, "action plan with an action");

      await item.getByRole("button", { name: /^Mark as done/ }).click();
      await expect(page.getByText('The action is now marked "Done".')).toBeVisible();
      await expect(page.getByText("1 of 1 action done")).toBeVisible();

      await page.goto(`/readiness/results/${check.id}`);
      await expect(page.getByText("1 of 1 action done")).toBeVisible();
    });
  });
}

test("a mentor sees the SME's plan while they work together, not before", async ({
  browser,
  db,
}) => {
  const sme = await createUser("sme");
  const mentor = await seedMentor();
  const title = unique("Turn on two-step sign-in");
  await db.actionItem.create({
    data: {
      organisationId: sme.organisationId,
      title,
      owner: "Sam",
      dueOn: new Date("2031-02-01T00:00:00Z"),
      status: "doing",
    },
  });
  const active = await seedRequest(mentor.profileId, sme, "accepted");
  const pending = await seedRequest(mentor.profileId, await createUser("sme"), "pending");
  const mentorPage = await signedIn(browser, mentor);
  await mentorPage.goto(`/mentoring/${active.id}`);
  const plan = mentorPage.getByRole("table", { name: "Actions in the plan" });
  await expect(plan.getByRole("row", { name: new RegExp(title) })).toContainText("Started");
  await expect(mentorPage.getByText("0 of 1 action done, 1 started")).toBeVisible();
  await expectNoA11yViolations(mentorPage, "relationship with the SME's plan");
  await mentorPage.goto(`/mentoring/${pending.id}`);
  await expect(mentorPage.getByRole("heading", { name: /action plan/ })).toHaveCount(0);
  await mentorPage.context().close();
});
