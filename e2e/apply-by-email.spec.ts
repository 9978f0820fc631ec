import crypto from "node:crypto";
import { expectNoA11yViolations } from "./a11y";
import { makeVacancy } from "./applications-helpers";
import { createUser, expect, signedIn, startSession, test } from "./fixtures";
import { fillVacancy, openSection, startVacancy } from "./vacancy";

// Issue 12: a vacancy can take applications by email. The task list and the
// one-page edit form both ask for the address, with and without JavaScript;
// the public page links to it.

const badAddress = "jobs at the bakery";
const formatMessage = "Enter an email address in the right format, like name@example.com";
const emailBox = "Email address to apply (optional)";

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "" : ", no JS";

  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an SME posts a vacancy that takes applications by email; the public page links to the address", async ({
      page,
      browser,
      db,
    }) => {
      const title = `Baker apprentice ${crypto.randomBytes(4).toString("hex")}`;
      const sme = await createUser("sme");
      const staff = await createUser("staff");
      await startSession(page, sme.email);
      await startVacancy(page);
      const taskList = page.url();

      // An address that is not one is explained, and what was typed is kept.
      await openSection(page, "How to apply");
      await page.getByLabel("By email").check();
      await page.getByLabel(emailBox).fill(badAddress);
      await page.getByRole("button", { name: "Save and continue" }).click();
      await expect(page.getByRole("link", { name: formatMessage })).toBeVisible();
      await expect(page.getByLabel(emailBox)).toHaveValue(badAddress);
      await expectNoA11yViolations(page, `apply by email, bad address${mode}`);

      await page.goto(taskList);
      await fillVacancy(page, { title, applyEmail: "Jobs@Bakery.example.co.uk" });
      await expect(page.getByText("By email to jobs@bakery.example.co.uk")).toBeVisible();
      await expectNoA11yViolations(page, `check your answers, apply by email${mode}`);
      await page.getByRole("link", { name: "Preview the page people will see" }).click();
      await expect(page.getByText("Apply by email to jobs@bakery.example.co.uk.")).toBeVisible();
      await expectNoA11yViolations(page, `preview, apply by email${mode}`);
      await page.getByRole("link", { name: "Back to check your answers" }).click();
      await page.getByRole("button", { name: "Send for checking" }).click();
      await expect(
        page.getByText("Your vacancy has been sent to the partnership team to check."),
      ).toBeVisible();

      // Staff see the address when they check it, and approve.
      const staffPage = await signedIn(browser, staff, javaScriptEnabled);
      await staffPage.goto("/staff/review");
      await staffPage.getByRole("link", { name: title }).click();
      await expect(staffPage.getByText("By email to jobs@bakery.example.co.uk")).toBeVisible();
      await staffPage.getByRole("button", { name: "Approve and publish" }).click();
      await expect(staffPage.getByText(`"${title}" is approved and live.`)).toBeVisible();
      await staffPage.close();

      // Anyone can read the vacancy and email the employer, with its title as the subject.
      const { id } = await db.apprenticeship.findFirstOrThrow({
        where: { title },
        select: { id: true },
      });
      const readerContext = await browser.newContext({
        baseURL: test.info().project.use.baseURL,
        javaScriptEnabled,
      });
      const reader = await readerContext.newPage();
      await reader.goto(`/apprenticeships/${id}`);
      await expect(reader.getByText("Apply by email to jobs@bakery.example.co.uk.")).toBeVisible();
      await expect(reader.getByRole("link", { name: "jobs@bakery.example.co.uk" })).toHaveAttribute(
        "href",
        `mailto:jobs@bakery.example.co.uk?subject=${encodeURIComponent(`Application: ${title}`)}`,
      );
      await expect(reader.getByRole("link", { name: "Apply for this apprenticeship" })).toHaveCount(
        0,
      );
      await expectNoA11yViolations(reader, `public vacancy, apply by email${mode}`);

      // Once the employer closes applications, the address is no longer offered.
      await db.apprenticeship.update({ where: { id }, data: { applicationsClosedAt: new Date() } });
      await reader.reload();
      await expect(reader.getByText("is not taking more applications.")).toBeVisible();
      await expect(reader.getByRole("link", { name: "jobs@bakery.example.co.uk" })).toHaveCount(0);
      await readerContext.close();
    });

    test("the one-page edit form asks for the email address too", async ({ page }) => {
      const sme = await createUser("sme");
      const vacancy = await makeVacancy(sme, {
        state: "draft",
        title: `Baker apprentice ${crypto.randomBytes(4).toString("hex")}`,
      });
      await startSession(page, sme.email);
      await page.goto(`/postings/apprenticeships/${vacancy.id}/edit`);
      await page.getByLabel("By email").check();
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(
        page.getByRole("link", {
          name: "Enter the email address where people send their application",
        }),
      ).toBeVisible();
      await page.getByLabel(emailBox).fill(badAddress);
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByRole("link", { name: formatMessage })).toBeVisible();
      await expect(page.getByLabel(emailBox)).toHaveValue(badAddress);
      await expectNoA11yViolations(page, `edit form, bad apply address${mode}`);
      await page.getByLabel(emailBox).fill("jobs@bakery.example.co.uk");
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByText("Your vacancy has been saved as a draft.")).toBeVisible();
      await expect(page.getByText("By email to jobs@bakery.example.co.uk")).toBeVisible();
    });
  });
}
