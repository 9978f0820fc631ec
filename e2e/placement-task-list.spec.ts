import crypto from "node:crypto";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { fillPlacement, fillSafeguarding, onToSafeguarding, startPlacement } from "./placement";
import { openSection } from "./vacancy";

// Issue 19, decision 052: a placement is offered as a task list of short
// pages, with JavaScript and without.

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test.describe(`offer a placement on its task list, ${how}`, () => {
    test.use({ javaScriptEnabled });

    test("post through the task list, check, preview and send; it shows in your postings", async ({
      page,
    }) => {
      test.slow();
      const word = `zq${crypto.randomBytes(4).toString("hex")}`;
      const sme = await createUser("sme");
      await startSession(page, sme.email);
      await startPlacement(page);
      await expect(page.getByText("You have done 0 of 5 parts.")).toBeVisible();
      await expectNoA11yViolations(page, `placement task list, empty, ${how}`);

      // An empty page gives only its own few problems, not the whole form's.
      await openSection(page, "About the placement");
      await page.getByRole("button", { name: "Save and continue" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary.getByRole("link")).toHaveCount(4);
      await expect(summary.getByRole("link", { name: "Enter a title" })).toBeVisible();
      await expectNoA11yViolations(page, `placement section, errors, ${how}`);

      // Save and come back later keeps an unfinished page.
      await page.getByLabel("Title").fill(`Print works week ${word}`);
      await page.getByRole("button", { name: "Save and come back later" }).click();
      await expect(
        page.getByText("We saved About the placement. Come back to it later."),
      ).toBeVisible();
      await expect(
        page.getByRole("link", { name: "About the placement" }),
      ).toHaveAccessibleDescription("In progress");
      await page.goto("/postings/placements/new");
      await page.getByRole("link", { name: `Print works week ${word}` }).click();
      await openSection(page, "About the placement");
      await expect(page.getByLabel("Title")).toHaveValue(`Print works week ${word}`);
      await page.getByRole("link", { name: "Back to your placement" }).click();

      await fillPlacement(page, { title: `Print works week ${word}` });
      await expect(page.getByText(`Print works week ${word}`)).toBeVisible();
      await expectNoA11yViolations(page, `placement check, ${how}`);
      await page.getByRole("link", { name: "Preview the page schools will see" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: `Print works week ${word}` }),
      ).toBeVisible();
      await expect(page.getByText("This is a preview. Nobody else can see it yet.")).toBeVisible();
      await expectNoA11yViolations(page, `placement preview, ${how}`);
      await page.getByRole("link", { name: "Back to check your answers" }).click();

      await onToSafeguarding(page);
      await fillSafeguarding(page);
      await page.getByRole("button", { name: "Save safeguarding checks" }).click();
      await expect(page.getByText("The safeguarding checks are complete.")).toBeVisible();
      await page.getByRole("button", { name: "Send for checking" }).click();
      await expect(page.getByText("Sent to the partnership team to check.")).toBeVisible();
      await page.goto("/postings");
      await expect(
        page.getByRole("row", {
          name: new RegExp(`Print works week ${word}.*Waiting to be checked`),
        }),
      ).toBeVisible();
      // The task list is gone once the placement is made.
      await page.goto("/postings/placements/new");
      await expect(page.getByRole("link", { name: `Print works week ${word}` })).toHaveCount(0);
    });
  });
}
