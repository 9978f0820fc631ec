import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { seedCheck, seedMentor, unique } from "./mentoring-helpers";

/** The mentor's card on the mentor list. */
function card(page: Page, name: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an SME saves how it likes to meet, and the mentor list is matched to it", async ({
      page,
      db,
    }) => {
      const sme = await createUser("sme");
      await seedCheck(sme.organisationId, {
        workforce: 10,
        strategy: 90,
        readiness: 90,
        data: 90,
        automation: 90,
        cyber: 90,
      });
      const online = await seedMentor({
        name: unique("Online Olu"),
        expertise: "workforce",
        format: "online",
      });
      const inPerson = await seedMentor({
        name: unique("In-person Ines"),
        expertise: "workforce",
        format: "in-person",
      });
      await startSession(page, sme.email);

      // Nothing saved yet: either way suits.
      await page.goto("/mentors");
      await expect(page.getByText("Listed for meeting online or in person.")).toBeVisible();
      await expect(
        card(page, inPerson.name).getByText("Meets in person, which suits you"),
      ).toBeVisible();

      await page.getByRole("link", { name: "Change how you like to meet" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
      const group = page.getByRole("group", {
        name: "How would you like to meet mentors and go to training?",
      });
      await expect(group).toBeVisible();
      await expectNoA11yViolations(page, "account page with the meeting choice");

      // No choice made: the error summary, from the browser or the server.
      await page.getByRole("button", { name: "Save how you like to meet" }).click();
      await expect(
        page.getByRole("link", { name: "Choose how your business likes to meet" }),
      ).toBeVisible();
      await expectNoA11yViolations(page, "meeting choice, error");
      expect(
        (
          await db.organisation.findUnique({
            where: { id: sme.organisationId },
            select: { meetingFormat: true },
          })
        )?.meetingFormat,
      ).toBeNull();

      await page
        .getByRole("group", { name: "How would you like to meet mentors and go to training?" })
        .getByLabel("Online", { exact: true })
        .check();
      await page.getByRole("button", { name: "Save how you like to meet" }).click();
      await expect(
        page.getByText(
          "Saved. Mentors and training are now matched to how your business likes to meet.",
        ),
      ).toBeVisible();
      await expect(
        page
          .getByRole("group", { name: "How would you like to meet mentors and go to training?" })
          .getByLabel("Online", { exact: true }),
      ).toBeChecked();
      expect(
        (
          await db.organisation.findUnique({
            where: { id: sme.organisationId },
            select: { meetingFormat: true },
          })
        )?.meetingFormat,
      ).toBe("online");

      await page.goto("/mentors");
      await expect(page.getByText("Listed for meeting online first.")).toBeVisible();
      await expect(
        card(page, online.name).getByText("Meets online, which suits you"),
      ).toBeVisible();
      await expect(card(page, inPerson.name).getByText("Only meets in person")).toBeVisible();
      // The mentor who can meet online is listed above the one who cannot.
      const names = await page
        .getByRole("listitem")
        .getByRole("heading", { level: 3 })
        .allTextContents();
      expect(names.indexOf(online.name)).toBeLessThan(names.indexOf(inPerson.name));

      // A filter on the page still wins for that search.
      await page.goto("/mentors?format=in-person");
      await expect(page.getByText("Listed for meeting")).toHaveCount(0);
      await expect(
        card(page, inPerson.name).getByText("Meets in person, which suits you"),
      ).toBeVisible();
    });
  });
}

test("only a business can save a meeting choice", async ({ page, baseURL, db, signInShared }) => {
  const school = await signInShared(page, "school");
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "How your business likes to meet" })).toHaveCount(
    0,
  );
  const response = await page.request.post("/account", {
    headers: { Origin: baseURL! },
    form: { intent: "meeting-format", meetingFormat: "online" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(
    (
      await db.organisation.findUnique({
        where: { id: school.organisationId },
        select: { meetingFormat: true },
      })
    )?.meetingFormat,
  ).toBeNull();
});
