import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { seedSubmittedCheck } from "./readiness-helpers";

// Issue 17: an organisation admin changes its details on the account page;
// each readiness check keeps the details it was taken with.

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a business admin changes its size, staff and area; an older result keeps the size it was taken at", async ({
      page,
      db,
    }) => {
      // Three axe scans (without JavaScript each copies the page into a new context): slow under load.
      test.slow();
      const sme = await createUser("sme", { organisation: { sizeBand: "small" } });
      const check = await seedSubmittedCheck(db, sme.organisationId);
      await db.readinessCheck.update({
        where: { id: check.id },
        data: { sector: "C", sizeBand: "small", localAuthority: "birmingham" },
      });
      await startSession(page, sme.email);
      await page.goto("/account");
      const details = page.getByRole("region", { name: "Change your organisation's details" });
      await expect(details.getByLabel("How many people work there?")).toHaveValue("small");
      await expectNoA11yViolations(page, "account page, business details");

      // A staff count that does not fit the size: one message, naming the size it fits.
      await details.getByLabel("How many people work there?").selectOption("medium");
      await details.getByLabel("Number of staff (if you want to say)").fill("12");
      await details.getByRole("button", { name: "Save your business's details" }).click();
      const mismatch =
        "With 12 staff your business is Small (10 to 49 staff). Change the size or the number of staff.";
      await expect(page.getByRole("link", { name: mismatch })).toBeVisible();
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
      await expect(details.getByLabel("How many people work there?")).toHaveValue("medium");
      await expect(details.getByLabel("Number of staff (if you want to say)")).toHaveValue("12");
      await expectNoA11yViolations(page, "account page, business details error");
      expect(
        await db.organisation.findUniqueOrThrow({
          where: { id: sme.organisationId },
          select: { sizeBand: true, staffCount: true },
        }),
      ).toEqual({ sizeBand: "small", staffCount: null });

      await details.getByLabel("Number of staff (if you want to say)").fill("60");
      await details.getByLabel("Which area is it in?").selectOption("coventry");
      await details.getByRole("button", { name: "Save your business's details" }).click();
      await expect(page.getByText("Your organisation's details have been changed.")).toBeVisible();
      const summary = page.getByRole("definition");
      await expect(summary.filter({ hasText: /^Medium \(50 to 249 staff\)$/ })).toBeVisible();
      await expect(summary.filter({ hasText: /^60$/ })).toBeVisible();
      await expect(summary.filter({ hasText: /^Coventry$/ })).toBeVisible();
      await expectNoA11yViolations(page, "account page, details saved");
      expect(
        await db.auditEvent.findFirst({
          where: { targetId: sme.organisationId, action: "organisation.details-change" },
          select: { actorId: true, reason: true },
        }),
      ).toEqual({
        actorId: sme.id,
        reason:
          "Size: Small (10 to 49 staff) to Medium (50 to 249 staff); Staff: not given to 60; Area: Birmingham to Coventry",
      });

      // The check taken before keeps its own size and area for its peer groups.
      await page.goto(`/readiness/results/${check.id}`);
      const peers = page.getByRole("table", {
        name: "Your overall score compared with other firms",
      });
      await expect(peers.getByText("Same size: Small (10 to 49 staff)")).toBeVisible();
      await expect(peers.getByText("Same area: Birmingham")).toBeVisible();
    });

    test("a colleague who is not an admin sees the details but cannot change them; a school admin changes where it is", async ({
      page,
      db,
    }) => {
      const admin = await createUser("sme");
      const colleague = await createUser("sme", {
        organisationId: admin.organisationId,
        admin: false,
      });
      await startSession(page, colleague.email);
      await page.goto("/account");
      await expect(
        page.getByText("To change these details, ask an admin of your organisation."),
      ).toBeVisible();
      await expect(page.getByRole("button", { name: "Save your business's details" })).toHaveCount(
        0,
      );
      await page.context().clearCookies();

      const school = await createUser("school");
      await startSession(page, school.email);
      await page.goto("/account");
      const details = page.getByRole("region", { name: "Change your organisation's details" });
      await expect(details.getByLabel("What does your business do?")).toHaveCount(0);
      await details.getByLabel("Postcode").fill("not a postcode");
      await details.getByRole("button", { name: "Save where you are" }).click();
      await expect(
        page.getByRole("link", { name: "Enter a real postcode, like B1 1AA" }),
      ).toBeVisible();
      await expect(details.getByLabel("Postcode")).toHaveValue("not a postcode");
      await expectNoA11yViolations(page, "account page, school place error");
      await details.getByLabel("Postcode").fill("wv1 1aa");
      await details.getByLabel("Which area is it in?").selectOption("wolverhampton");
      await details.getByRole("button", { name: "Save where you are" }).click();
      await expect(page.getByText("Your organisation's details have been changed.")).toBeVisible();
      expect(
        await db.organisation.findUniqueOrThrow({
          where: { id: school.organisationId },
          select: { localAuthority: true, postcode: true },
        }),
      ).toEqual({ localAuthority: "wolverhampton", postcode: "WV1 1AA" });
    });
  });
}
