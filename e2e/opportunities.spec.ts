import crypto from "node:crypto";
import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { fillDate } from "./date-input";
import { createUser, expect, signedIn, startSession, test } from "./fixtures";
import { waitForEmail } from "./mail";
import { fillPlacement, fillSafeguarding, onToSafeguarding, startPlacement } from "./placement";
import { day, fillVacancy, postVacancy, startVacancy } from "./vacancy";

// Each test uses its own made-up word in titles, so parallel tests never see
// each other's postings in search results.
function keyword() {
  return `zq${crypto.randomBytes(4).toString("hex")}`;
}

test.describe("apprenticeships and placements", () => {
  test("SME posts, staff ask for a change, SME fixes it, staff approve, a school finds and requests, the SME accepts some", async ({
    page,
    browser,
  }) => {
    // Three people, a dozen pages and an axe scan on each: on a loaded 2-core machine this passes 60 s.
    test.slow();
    const word = keyword();
    const sme = await createUser("sme");
    const staff = await createUser("staff");
    const school = await createUser("school");

    // The SME posts a placement, with its safeguarding checks, and sends it.
    await startSession(page, sme.email);
    // After each click, wait for the new page's own heading before scanning,
    // or axe may scan the page the click left.
    await page.getByRole("link", { name: "Postings" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Your postings" })).toBeVisible();
    await expectNoA11yViolations(page, "my postings, empty");
    await page.getByRole("link", { name: "Offer a work-experience placement" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Offer a work-experience placement" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "new placement");
    await page.getByRole("button", { name: "Start a new placement" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your placement" })).toBeVisible();
    await fillPlacement(page, { title: `Print works week ${word}` });
    await onToSafeguarding(page);
    await expectNoA11yViolations(page, "safeguarding");
    await fillSafeguarding(page);
    await page.getByRole("button", { name: "Save safeguarding checks" }).click();
    await expect(page.getByText("The safeguarding checks are saved.")).toBeVisible();
    await expect(page.getByText("The safeguarding checks are complete.")).toBeVisible();
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.getByText("Sent to the partnership team to check.")).toBeVisible();
    await expectNoA11yViolations(page, "placement, submitted");
    const placementUrl = page.url();

    // And an apprenticeship, written on its task list and sent for checking.
    await postVacancy(page, { title: `Web developer apprentice ${word}` });
    await page.goto("/postings");
    await expect(
      page.getByRole("row", {
        name: new RegExp(`Print works week ${word}.*Waiting to be checked`),
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("row", {
        name: new RegExp(`Web developer apprentice ${word}.*Waiting to be checked`),
      }),
    ).toBeVisible();

    // Staff ask for a change on the placement.
    const staffPage = await signedIn(browser, staff);
    await staffPage.getByRole("link", { name: "Review postings" }).click();
    await expect(
      staffPage.getByRole("heading", { level: 1, name: "Review postings" }),
    ).toBeVisible();
    await expectNoA11yViolations(staffPage, "review queue");
    await staffPage.getByRole("link", { name: `Print works week ${word}` }).click();
    await expect(
      staffPage.getByRole("heading", { level: 1, name: `Print works week ${word}` }),
    ).toBeVisible();
    await expectNoA11yViolations(staffPage, "review placement");
    await staffPage.getByRole("button", { name: "Ask for changes" }).click();
    await expect(staffPage.getByRole("link", { name: "Enter what needs to change" })).toBeVisible();
    await expectNoA11yViolations(staffPage, "review, error");
    await staffPage.getByLabel("What needs to change?").fill("Please add a dress code.");
    await staffPage.getByRole("button", { name: "Ask for changes" }).click();
    await expect(
      staffPage.getByText(`Changes asked for on "Print works week ${word}"`),
    ).toBeVisible();
    await waitForEmail(sme.email, "Changes are needed");

    // The SME sees why, fixes it and sends it again.
    await page.goto(placementUrl);
    await expect(page.getByText("Please add a dress code.", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Change the details" }).click();
    await expect(page.getByLabel("Title")).toHaveValue(`Print works week ${word}`);
    await page.getByLabel("Dress code (optional)").fill("Closed-toe shoes");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByText("Your placement has been saved as a draft.")).toBeVisible();
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.getByText("Sent to the partnership team to check.")).toBeVisible();

    // Staff approve both.
    await staffPage.goto("/staff/review");
    await staffPage.getByRole("link", { name: `Print works week ${word}` }).click();
    await expect(staffPage.getByText("Closed-toe shoes")).toBeVisible();
    await staffPage.getByRole("button", { name: "Approve and publish" }).click();
    await expect(
      staffPage.getByText(`"Print works week ${word}" is approved and live.`),
    ).toBeVisible();
    await staffPage.getByRole("link", { name: `Web developer apprentice ${word}` }).click();
    await staffPage.getByRole("button", { name: "Approve and publish" }).click();
    await expect(
      staffPage.getByText(`"Web developer apprentice ${word}" is approved and live.`),
    ).toBeVisible();
    await waitForEmail(sme.email, "Your posting is live");
    await staffPage.context().close();

    // A school finds the placement by keyword and filters, and asks for places.
    const schoolPage = await signedIn(browser, school);
    await schoolPage
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Find work experience" })
      .click();
    await schoolPage.getByLabel("Keywords").fill(`print ${word}`);
    await schoolPage.getByLabel("Area").selectOption("dudley");
    await schoolPage.getByLabel("Year group").selectOption("10");
    await schoolPage.getByLabel("In person or online").selectOption("in-person");
    await schoolPage.getByRole("button", { name: "Search", exact: true }).click();
    await expect(schoolPage).toHaveURL(new RegExp(`q=print\\+${word}`));
    await expect(schoolPage.getByRole("heading", { name: "1 placement found" })).toBeVisible();
    await expectNoA11yViolations(schoolPage, "placement search");
    // The wrong year group finds nothing.
    await schoolPage.goto(`/placements?q=${word}&year=13`);
    await expect(schoolPage.getByRole("heading", { name: "No placements found" })).toBeVisible();
    await schoolPage.goBack();
    await schoolPage.getByRole("link", { name: `Print works week ${word}` }).click();
    // The employer's apprenticeship shows as a progression route.
    await expect(
      schoolPage.getByRole("link", { name: `Web developer apprentice ${word}` }),
    ).toBeVisible();
    await expectNoA11yViolations(schoolPage, "placement detail");
    await schoolPage.getByLabel("How many places do you need?").fill("3");
    await schoolPage.getByLabel("Year group").selectOption("10");
    await schoolPage.getByLabel("Access needs (optional)").fill("One student uses a wheelchair");
    await schoolPage.getByRole("button", { name: "Send request" }).click();
    await expect(schoolPage.getByText("Your request has been sent.")).toBeVisible();
    await expect(schoolPage.getByText("New", { exact: true })).toBeVisible();
    await waitForEmail(sme.email, "A school has asked for placement places");

    // The SME opens it (now viewed) and accepts 2 of the 3.
    await page.getByRole("link", { name: "Requests" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Requests from schools" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "requests, employer");
    await page.getByRole("link", { name: school.organisationName }).click();
    await expect(page.getByText("Viewed", { exact: true })).toBeVisible();
    await expectNoA11yViolations(page, "request, employer");
    await page.getByLabel("How many places can you offer?").fill("5");
    await page.getByRole("button", { name: "Accept" }).click();
    await expect(
      page.getByRole("link", { name: "The school asked for 3 places, so you can accept up to 3." }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "request, accept error");
    await page.getByLabel("How many places can you offer?").fill("2");
    await page.getByRole("button", { name: "Accept" }).click();
    await expect(page.getByText("You accepted 2 places. The school has been told.")).toBeVisible();

    // Both sides see the result; the email reaches the school.
    const mail = await waitForEmail(school.email, "accepted");
    expect(mail.text).toContain("accepted 2 places");
    await schoolPage.goto("/requests");
    await expect(
      schoolPage.getByRole("row", {
        name: new RegExp(`Print works week ${word}.*2 of 3.*Accepted`),
      }),
    ).toBeVisible();
    await expectNoA11yViolations(schoolPage, "requests, school");
    await page.goto(placementUrl);
    await expect(page.getByText("2 places accepted out of 4.")).toBeVisible();
    await schoolPage.context().close();
  });

  test("anyone can search apprenticeships without an account; closed ones are never listed", async ({
    page,
    db,
  }) => {
    const word = keyword();
    const sme = await createUser("sme");
    const base = {
      organisationId: sme.organisationId,
      shortDescription: "Look after our network.",
      fullDescription: "You will keep the office connected.",
      standard: "Network engineer",
      route: "digital",
      positions: 1,
      weeklyHours: 30,
      durationMonths: 12,
      wageType: "fixed",
      wageWeeklyPence: 30000,
      startDate: new Date(`${day(60)}T00:00:00Z`),
      postcode: "CV1 2AA",
      trainingProvider: "Coventry College",
      applyMethod: "external" as const,
      applyUrl: "https://www.example.co.uk/jobs",
      firstPublishedAt: new Date(),
    };
    await db.apprenticeship.createMany({
      data: [
        {
          ...base,
          state: "live",
          title: `Network apprentice ${word} Coventry`,
          level: 3,
          localAuthority: "coventry",
          closingDate: new Date(`${day(10)}T00:00:00Z`),
        },
        {
          ...base,
          state: "live",
          title: `Network apprentice ${word} Dudley`,
          level: 4,
          localAuthority: "dudley",
          closingDate: new Date(`${day(12)}T00:00:00Z`),
        },
        // Still marked live, but its closing date has passed: the job has not run yet.
        {
          ...base,
          state: "live",
          title: `Network apprentice ${word} Past`,
          level: 3,
          localAuthority: "coventry",
          closingDate: new Date(`${day(-2)}T00:00:00Z`),
        },
        {
          ...base,
          state: "draft",
          title: `Network apprentice ${word} Draft`,
          level: 3,
          localAuthority: "coventry",
          closingDate: new Date(`${day(10)}T00:00:00Z`),
        },
      ],
    });

    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Find an apprenticeship" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Find an apprenticeship" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "apprenticeship search, empty");
    await page.getByLabel("Keywords").fill(`network ${word}`);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    // The page before the search lists every live apprenticeship, which can be
    // these same 2: wait for the search itself to land first.
    await expect(page).toHaveURL(new RegExp(`[?&]q=network\\+${word}`));
    await expect(page.getByRole("heading", { name: "2 apprenticeships found" })).toBeVisible();
    await expect(page.getByText(`Network apprentice ${word} Past`)).toHaveCount(0);
    await expect(page.getByText(`Network apprentice ${word} Draft`)).toHaveCount(0);
    await page.getByLabel("Area").selectOption("coventry");
    await page.getByLabel("Wage").selectOption("fixed");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/[?&]wage=fixed/);
    await expect(page.getByRole("heading", { name: "1 apprenticeship found" })).toBeVisible();
    await expectNoA11yViolations(page, "apprenticeship search, results");
    await expectNoHorizontalScrollAt320(page);
    // The search is a link that can be shared.
    const shared = page.url();
    await page.goto(shared);
    await page.getByRole("link", { name: `Network apprentice ${word} Coventry` }).click();
    await expect(page.getByText("£300.00 a week")).toBeVisible();
    await expect(
      page.getByRole("link", { name: /https:\/\/www\.example\.co\.uk\/jobs/ }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "apprenticeship detail");
    // A draft is not public.
    const draft = await db.apprenticeship.findFirstOrThrow({
      where: { title: `Network apprentice ${word} Draft` },
      select: { id: true },
    });
    const response = await page.goto(`/apprenticeships/${draft.id}`);
    expect(response?.status()).toBe(404);
  });

  test("bad input is explained in plain English and what was typed is kept; HTML is shown as text", async ({
    page,
  }) => {
    // Two long forms (the placement form now has its contact section) and four axe scans.
    test.slow();
    const sme = await createUser("sme");
    await startSession(page, sme.email);

    // The vacancy's rules that need every section are judged when it is sent,
    // each named with its section, and what was typed is kept.
    await startVacancy(page);
    await fillVacancy(page, { title: "<b>Bold</b> apprentice", closingInDays: 3 });
    await page.getByRole("button", { name: "Send for checking" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(
      summary.getByRole("link", {
        name: "Dates and place: The closing date must be at least 7 days from today",
      }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "apprenticeship, send refused");
    await summary.getByRole("link", { name: /Dates and place/ }).click();
    await page.getByRole("link", { name: "Change Dates and place" }).click();
    const closing = page.getByRole("group", { name: "Closing date", exact: true });
    await expect(closing.getByLabel("Day")).toHaveValue(String(Number(day(3).slice(8))));
    await fillDate(page, "Closing date", day(20));
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("link", { name: "Check your answers" }).click();
    await expect(page.getByText("<b>Bold</b> apprentice").first()).toBeVisible();

    // A placement's own rule that needs today is judged when it is made, named with its section.
    await startPlacement(page);
    await fillPlacement(page, { title: "Past week", startInDays: -5 });
    await page.getByRole("button", { name: "Save and go on to safeguarding" }).click();
    await expect(
      summary.getByRole("link", {
        name: "Dates and times: The start date cannot be in the past",
      }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "placement, errors");
    await page.getByRole("link", { name: "Change Dates and times" }).click();
    await fillDate(page, "Start date", day(20));
    await fillDate(page, "End date", day(21));
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("link", { name: "Check your answers" }).click();
    await onToSafeguarding(page);

    // A placement cannot be sent without its safeguarding checks.
    await page.getByRole("link", { name: "Back to the placement" }).click();
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(
      page.getByRole("link", { name: /Complete the safeguarding checks/ }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "placement, cannot send");

    // Safeguarding with cover below £5m.
    await page.getByRole("link", { name: "Safeguarding checks" }).first().click();
    await fillSafeguarding(page);
    await page.getByLabel("Amount of cover in pounds").fill("1000000");
    await page.getByRole("button", { name: "Save safeguarding checks" }).click();
    await expect(
      summary.getByRole("link", { name: "Your insurance must cover at least £5,000,000" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "safeguarding, errors");
  });

  test("another SME cannot see or change the first SME's drafts", async ({ page, db }) => {
    const owner = await createUser("sme");
    const other = await createUser("sme");
    const now = Date.now();
    const placement = await db.placement.create({
      data: {
        organisationId: owner.organisationId,
        title: "Private draft",
        description: "Secret",
        sector: "C",
        dateMode: "fixed",
        startDate: new Date(now + 20 * 86_400_000),
        endDate: new Date(now + 22 * 86_400_000),
        yearGroups: "10",
        places: 2,
        format: "virtual",
      },
      select: { id: true },
    });
    await startSession(page, other.email);
    for (const path of [
      `/postings/placements/${placement.id}`,
      `/postings/placements/${placement.id}/edit`,
      `/postings/placements/${placement.id}/safeguarding`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expectNoA11yViolations(page, "not found");
    const post = await page.request.post(`/postings/placements/${placement.id}/edit`, {
      form: { title: "Taken over" },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(post.status()).toBe(404);
    const row = await db.placement.findUniqueOrThrow({
      where: { id: placement.id },
      select: { title: true },
    });
    expect(row.title).toBe("Private draft");
    // A school cannot post at all.
    const school = await createUser("school");
    // Sign-out must finish first: /sign-in sends a signed-in visitor home.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await startSession(page, school.email);
    expect((await page.goto("/postings/placements/new"))?.status()).toBe(403);
    expect((await page.goto("/staff/review"))?.status()).toBe(403);
  });

  test("an unverified school is told why it cannot ask for places", async ({ page, db }) => {
    const word = keyword();
    const sme = await createUser("sme");
    const school = await createUser("school", { verified: false });
    const placement = await db.placement.create({
      data: {
        organisationId: sme.organisationId,
        state: "live",
        title: `Coding taster ${word}`,
        description: "Try coding.",
        sector: "J",
        dateMode: "fixed",
        startDate: new Date(`${day(20)}T00:00:00Z`),
        endDate: new Date(`${day(21)}T00:00:00Z`),
        yearGroups: "10",
        places: 2,
        format: "virtual",
      },
      select: { id: true },
    });
    await startSession(page, school.email);
    await page.goto(`/placements/${placement.id}`);
    await expect(
      page.getByText("The partnership team has not checked your school yet"),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Send request" })).toHaveCount(0);
    const post = await page.request.post(`/placements/${placement.id}`, {
      form: { places: "1", yearGroup: "10" },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(post.status()).toBe(400);
    expect(await db.placementRequest.count({ where: { placementId: placement.id } })).toBe(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an SME posts a placement and a school requests places", async ({ page, browser, db }) => {
    const word = keyword();
    const sme = await createUser("sme");
    const school = await createUser("school");
    await startSession(page, sme.email);
    await startPlacement(page);
    await fillPlacement(page, { title: `Bakery morning ${word}`, places: "2" });
    await onToSafeguarding(page);
    await fillSafeguarding(page);
    await page.getByRole("button", { name: "Save safeguarding checks" }).click();
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.getByText("Sent to the partnership team to check.")).toBeVisible();
    const id = page.url().split("/").pop()!;
    // Approval is covered with JavaScript on; here it is made directly.
    await db.placement.update({
      where: { id },
      data: { state: "live", firstPublishedAt: new Date() },
    });

    const schoolPage = await signedIn(browser, school, false);
    await schoolPage.goto("/placements");
    await schoolPage.getByLabel("Keywords").fill(word);
    await schoolPage.getByRole("button", { name: "Search", exact: true }).click();
    await schoolPage.getByRole("link", { name: `Bakery morning ${word}` }).click();
    await schoolPage.getByLabel("How many places do you need?").fill("0");
    await schoolPage.getByRole("button", { name: "Send request" }).click();
    await expect(schoolPage.getByRole("link", { name: "Ask for at least 1 place" })).toBeVisible();
    await schoolPage.getByLabel("How many places do you need?").fill("2");
    await schoolPage.getByLabel("Year group").selectOption("10");
    await schoolPage.getByRole("button", { name: "Send request" }).click();
    await expect(schoolPage.getByText("Your request has been sent.")).toBeVisible();

    // The SME declines, with a reason; the school withdraws nothing because it is final.
    await page.goto("/requests");
    await page.getByRole("link", { name: school.organisationName }).click();
    await page.getByRole("button", { name: "Decline" }).click();
    await expect(page.getByRole("link", { name: "Enter a reason for declining" })).toBeVisible();
    await page.getByLabel("Why can you not take them?").fill("We are closed that week.");
    await page.getByRole("button", { name: "Decline" }).click();
    await expect(page.getByText("You declined the request.")).toBeVisible();
    await waitForEmail(school.email, "declined");
    await schoolPage.reload();
    await expect(schoolPage.getByText("Reason: We are closed that week.")).toBeVisible();
    await schoolPage.context().close();
  });
});
