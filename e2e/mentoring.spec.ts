import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { ukDay } from "../app/time/uk-time";
import { fillDate } from "./date-input";
import { createUser, expect, signedIn, startSession, test } from "./fixtures";
import { waitForEmail } from "./mail";
import { seedCheck, seedMentor, seedRequest, unique } from "./mentoring-helpers";

test.describe("mentoring, matched to an SME's gaps", () => {
  test("profile, match, request, accept, sessions and messages, end with feedback, before and after", async ({
    page,
    browser,
    db,
  }) => {
    // Two people, a dozen pages and an axe scan on each: on a loaded 2-core machine this passes 60 s.
    test.slow();
    // The mentor makes a profile through the form.
    const mentorName = unique("Mentor Dana");
    const mentor = await createUser("board", { name: mentorName });
    const mentorPage = await signedIn(browser, mentor);
    await mentorPage.goto("/board");
    await expectNoA11yViolations(mentorPage, "board page");
    await mentorPage.getByRole("link", { name: "Create your mentor profile" }).click();
    await expect(
      mentorPage.getByRole("heading", { level: 1, name: "Create your mentor profile" }),
    ).toBeVisible();
    await expectNoA11yViolations(mentorPage, "mentor profile, empty");
    await mentorPage.getByRole("button", { name: "Save profile" }).click();
    await expect(mentorPage.getByRole("link", { name: "Enter your job title" })).toBeVisible();
    await expect(
      mentorPage.getByRole("link", { name: "Choose at least one area you can help with" }),
    ).toBeVisible();
    await expectNoA11yViolations(mentorPage, "mentor profile, errors");
    await mentorPage.getByLabel("Your job title").fill("Head of data");
    await mentorPage.getByLabel("A short bio").fill("I help small firms make sense of their data.");
    await mentorPage.getByLabel("Data management").check();
    await mentorPage.getByLabel("Cyber security").check();
    await mentorPage.getByLabel("How many businesses can you mentor at once?").fill("2");
    await mentorPage.getByLabel("Online or in person").check();
    await mentorPage.getByRole("button", { name: "Save profile" }).click();
    await expect(mentorPage.getByText("Your mentor profile has been saved.")).toBeVisible();

    // The SME has a weak data score.
    const sme = await createUser("sme");
    const check = await seedCheck(
      sme.organisationId,
      { data: 22, cyber: 40 },
      new Date(Date.now() - 86_400_000),
    );
    await startSession(page, sme.email);
    await expect(page.getByRole("heading", { name: "Help with your gaps" })).toBeVisible();
    // The readiness results page shows the same matches.
    await page.goto(`/readiness/results/${check.id}`);
    await expect(page.getByRole("heading", { name: "Help with your gaps" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Mentors for you" })).toBeVisible();
    await page.goto("/mentors");
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: mentorName }) });
    await expect(
      card.getByText("Covers your weakest area: Data management (score 22)"),
    ).toBeVisible();
    await expect(card.getByText("Also covers: Cyber security (score 40)")).toBeVisible();
    await expectNoA11yViolations(page, "mentors, ranked");
    await expectNoHorizontalScrollAt320(page);
    await card.getByRole("link", { name: mentorName }).click();
    // Level 1: on the list, each mentor's card heading has the name too.
    await expect(page.getByRole("heading", { level: 1, name: mentorName })).toBeVisible();
    await expectNoA11yViolations(page, "mentor profile page");
    await page.getByRole("link", { name: "Ask for mentoring" }).click();
    await expect(page.getByLabel("What would you like help with?")).toHaveValue(
      /Data management \(score 22 out of 100\)/,
    );
    await expectNoA11yViolations(page, "ask for mentoring");
    await page
      .getByLabel("What would you like help with?")
      .fill("We keep customer records in three spreadsheets. <b>Help</b> us join them up.");
    await page.getByLabel("Online", { exact: true }).check();
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText(`Your request has been sent to ${mentorName}.`)).toBeVisible();
    await expect(page.getByText("Waiting for an answer")).toBeVisible();
    await page.goto("/mentoring");
    await expectNoA11yViolations(page, "mentoring list, SME");
    await page.getByRole("link", { name: new RegExp(mentorName) }).click();
    // The id is read from the address: wait until it is the request's own.
    await expect(page).toHaveURL(/\/mentoring\/[^/?#]+$/);
    await expect(
      page.getByRole("heading", { level: 1, name: `Request to ${mentorName}` }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "request, pending");
    const id = page.url().split("/mentoring/")[1]!;

    // The mentor hears about it and accepts.
    await waitForEmail(mentor.email, "A business has asked you for mentoring");
    await mentorPage.goto("/mentoring");
    await expectNoA11yViolations(mentorPage, "mentoring list, mentor");
    await mentorPage.getByRole("link", { name: sme.organisationName }).click();
    await expect(
      mentorPage.getByText("<b>Help</b> us join them up.", { exact: false }),
    ).toBeVisible();
    await expectNoA11yViolations(mentorPage, "request, mentor view");
    await mentorPage.getByRole("button", { name: "Accept request" }).click();
    await expect(
      mentorPage.getByText(`You are now mentoring ${sme.organisationName}.`),
    ).toBeVisible();
    await waitForEmail(sme.email, "Your mentoring request was accepted");

    // Both log sessions and message each other. A day that does not exist first:
    // the GOV.UK message, and nothing typed is lost.
    await mentorPage.getByLabel("What you talked about").fill("Looked at the three spreadsheets.");
    await fillDate(mentorPage, "Date of the session", "2026-02-30");
    await mentorPage.getByRole("button", { name: "Log session" }).click();
    await expect(
      mentorPage.getByRole("alert").getByText("Date of the session must be a real date"),
    ).toBeVisible();
    const logDate = mentorPage.getByRole("group", { name: "Date of the session", exact: true });
    await expect(logDate.getByLabel("Day")).toHaveValue("30");
    await expect(logDate.getByLabel("Month")).toHaveValue("2");
    await expect(mentorPage.getByLabel("What you talked about")).toHaveValue(
      "Looked at the three spreadsheets.",
    );
    await expectNoA11yViolations(mentorPage, "relationship, session date not real");
    await fillDate(mentorPage, "Date of the session", ukDay(new Date()));
    await mentorPage
      .getByLabel("Actions you agreed (optional)")
      .fill("- Pick one customer list\n- Remove duplicates");
    await mentorPage.getByRole("button", { name: "Log session" }).click();
    await expect(mentorPage.getByText("The session has been logged.")).toBeVisible();
    await expectNoA11yViolations(mentorPage, "relationship, active");

    await page.goto(`/mentoring/${id}`);
    await expect(page.getByText("Looked at the three spreadsheets.")).toBeVisible();
    await page.getByRole("button", { name: /Mark as done.*Pick one customer list/ }).click();
    await expect(page.getByText("The action is marked as done.")).toBeVisible();
    await expect(page.getByText("Done: Pick one customer list")).toBeVisible();
    await page
      .getByLabel(`Message to ${mentorName}`)
      .fill("Thanks! <script>alert(1)</script> See you next week.");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByText("Your message has been sent.")).toBeVisible();
    await page.getByLabel("What you talked about").fill("Merged two lists together.");
    await page.getByRole("button", { name: "Log session" }).click();
    await expect(page.getByText("Merged two lists together.")).toBeVisible();
    await expectNoA11yViolations(page, "relationship, SME view");

    await mentorPage.reload();
    await expect(
      mentorPage.getByText("Thanks! <script>alert(1)</script> See you next week."),
    ).toBeVisible();
    await mentorPage
      .getByLabel(`Message to ${sme.organisationName}`)
      .fill("Well done on the merge.");
    await mentorPage.getByRole("button", { name: "Send message" }).click();
    await expect(mentorPage.getByText("Your message has been sent.")).toBeVisible();

    // The SME ends it; both give feedback.
    await page.reload();
    await page.getByRole("button", { name: "End mentoring" }).click();
    await expect(
      page.getByRole("link", { name: "Enter a reason for ending mentoring" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "end, error");
    await page.getByLabel("Why is mentoring ending?").fill("We reached our goals.");
    await page.getByRole("button", { name: "End mentoring" }).click();
    await expect(page.getByText("Mentoring has ended. Please tell us how it went.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Take the readiness check again" })).toBeVisible();
    await page.getByLabel("5 - Very good").check();
    await page.getByLabel("Anything else you want to tell us? (optional)").fill("Very helpful.");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByText("Thank you for your feedback.")).toBeVisible();
    await expectNoA11yViolations(page, "relationship, completed");

    await waitForEmail(mentor.email, "Mentoring has ended");
    await mentorPage.goto(`/mentoring/${id}`);
    await expect(mentorPage.getByText("We reached our goals.")).toBeVisible();
    await mentorPage.getByLabel("4 - Good").check();
    await mentorPage.getByRole("button", { name: "Send feedback" }).click();
    await expect(mentorPage.getByText("Thank you for your feedback.")).toBeVisible();
    await expect(
      mentorPage.getByText(`${sme.organisationName} rated it 5 out of 5.`),
    ).toBeVisible();
    await expect(mentorPage.getByRole("button", { name: "Send message" })).toHaveCount(0);

    // The SME takes the check again; both see before and after.
    await seedCheck(sme.organisationId, { data: 60, cyber: 55 });
    for (const p of [page, mentorPage]) {
      await p.goto(`/mentoring/${id}`);
      const table = p.getByRole("table", { name: "Readiness scores, out of 100" });
      await expect(table.getByRole("row", { name: /Data management/ })).toHaveText(
        /22\s*60\s*\+38/,
      );
      await expect(table.getByRole("row", { name: /Cyber security/ })).toHaveText(/40\s*55\s*\+15/);
    }
    await expect(page.getByRole("link", { name: "Take the readiness check again" })).toHaveCount(0);
    await expectNoA11yViolations(page, "relationship, before and after");
    const row = await db.mentoringRequest.findUniqueOrThrow({
      where: { id },
      select: { state: true, baselineCheckId: true },
    });
    expect(row.state).toBe("completed");
    expect(row.baselineCheckId).not.toBeNull();
    await mentorPage.context().close();
  });

  test("another mentor and another business cannot read a relationship; roles are enforced", async ({
    page,
    browser,
  }) => {
    const mentor = await seedMentor();
    const sme = await createUser("sme");
    const { id } = await seedRequest(mentor.profileId, sme, "accepted");

    const other = await seedMentor();
    await startSession(page, other.email);
    const response = await page.goto(`/mentoring/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expectNoA11yViolations(page, "relationship, not found");
    expect((await page.goto(`/mentors/${mentor.profileId}/request`))?.status()).toBe(403);

    const otherSme = await createUser("sme");
    const smePage = await signedIn(browser, otherSme);
    expect((await smePage.goto(`/mentoring/${id}`))?.status()).toBe(404);
    expect((await smePage.goto("/board"))?.status()).toBe(403);
    expect((await smePage.goto("/board/offers/new"))?.status()).toBe(403);
    await smePage.context().close();
  });

  test("a full mentor, an unverified firm and an expired request say so clearly", async ({
    page,
  }) => {
    const full = await seedMentor({ capacity: 1 });
    const busy = await createUser("sme");
    await seedRequest(full.profileId, busy, "accepted");
    const hidden = await seedMentor({ verified: false });

    const sme = await createUser("sme");
    const expiredMentor = await seedMentor();
    const expired = await seedRequest(
      expiredMentor.profileId,
      sme,
      "pending",
      new Date(Date.now() - 15 * 86_400_000),
    );
    await startSession(page, sme.email);

    await page.goto(`/mentors/${full.profileId}`);
    await expect(
      page.getByText("This mentor cannot take new requests at the moment."),
    ).toBeVisible();
    await page.goto(`/mentors/${full.profileId}/request`);
    await page
      .getByLabel("What would you like help with?")
      .fill("Please help us with our online shop and our data.");
    await page.getByLabel("Online", { exact: true }).check();
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(
      page.getByRole("link", { name: "This mentor is full at the moment." }),
    ).toBeVisible();
    await expect(page.getByLabel("What would you like help with?")).toHaveValue(
      "Please help us with our online shop and our data.",
    );
    await expectNoA11yViolations(page, "request, mentor full");

    expect((await page.goto(`/mentors/${hidden.profileId}`))?.status()).toBe(404);

    await page.goto(`/mentoring/${expired.id}`);
    await expect(
      page.getByText("This request expired, as it was not answered within 14 days."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel this request" })).toHaveCount(0);
  });
});

test.describe("mentoring requests without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("browse without a check, filter, hit the pending limit, cancel, send; the mentor declines", async ({
    page,
    browser,
  }) => {
    const mentorName = unique("Mentor Noor");
    const mentor = await seedMentor({ name: mentorName, expertise: "automation" });
    const sme = await createUser("sme");
    for (let i = 0; i < 3; i++) {
      const m = await seedMentor();
      await seedRequest(m.profileId, sme);
    }
    await startSession(page, sme.email);
    await page.goto("/mentors");
    await expect(page.getByRole("link", { name: "Take the readiness check" })).toHaveAttribute(
      "href",
      "/readiness",
    );
    await page.getByLabel("Area of help").selectOption("automation");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/dimension=automation/);
    await expectNoA11yViolations(page, "mentors, no check, filtered");
    await page.getByRole("link", { name: mentorName }).click();
    await page.getByRole("link", { name: "Ask for mentoring" }).click();

    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("link", { name: "Enter your goals" })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Choose how you would like to meet" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "request, errors, no JS");

    await page
      .getByLabel("What would you like help with?")
      .fill("We want to automate our invoices and stock.");
    await page.getByLabel("In person", { exact: true }).check();
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(
      page.getByRole("link", { name: /You already have 3 requests waiting for an answer/ }),
    ).toBeVisible();
    await expect(page.getByLabel("What would you like help with?")).toHaveValue(
      "We want to automate our invoices and stock.",
    );
    await expect(page.getByLabel("In person", { exact: true })).toBeChecked();

    await page.goto("/mentoring");
    await page
      .getByRole("table", { name: "Waiting for an answer" })
      .getByRole("link")
      .first()
      .click();
    await page.getByRole("button", { name: "Cancel this request" }).click();
    await expect(page.getByText("Your request has been cancelled.")).toBeVisible();

    await page.goto(`/mentors/${mentor.profileId}/request`);
    await page
      .getByLabel("What would you like help with?")
      .fill("We want to automate our invoices and stock.");
    await page.getByLabel("In person", { exact: true }).check();
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText(`Your request has been sent to ${mentorName}.`)).toBeVisible();
    const id = page.url().split("/mentoring/")[1]!;

    const mentorPage = await signedIn(browser, mentor, false);
    await mentorPage.goto(`/mentoring/${id}`);
    await mentorPage.getByRole("button", { name: "Decline request" }).click();
    await expect(
      mentorPage.getByRole("link", { name: "Enter a reason for declining" }),
    ).toBeVisible();
    await mentorPage
      .getByLabel("Or decline it, with a reason")
      .fill("I am away for two months. Try Sam.");
    await mentorPage.getByRole("button", { name: "Decline request" }).click();
    await expect(mentorPage.getByText("You have declined the request.")).toBeVisible();
    await mentorPage.context().close();

    await waitForEmail(sme.email, "Your mentoring request was declined");
    await page.reload();
    await expect(page.getByText("I am away for two months. Try Sam.")).toBeVisible();
    await expectNoA11yViolations(page, "request, declined, no JS");
  });
});

test.describe("logging a session without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a day that does not exist is named in the error summary, and nothing typed is lost", async ({
    page,
  }) => {
    const mentor = await seedMentor({ name: unique("Mentor") });
    const sme = await createUser("sme");
    const { id } = await seedRequest(mentor.profileId, sme, "accepted");
    await startSession(page, sme.email);
    await page.goto(`/mentoring/${id}`);

    // The date starts as today, in its three boxes.
    const logDate = page.getByRole("group", { name: "Date of the session", exact: true });
    const [year, month, day] = ukDay(new Date()).split("-").map(Number);
    await expect(logDate.getByLabel("Day")).toHaveValue(String(day));
    await expect(logDate.getByLabel("Month")).toHaveValue(String(month));
    await expect(logDate.getByLabel("Year")).toHaveValue(String(year));

    await page.getByLabel("What you talked about").fill("Checked the backups.");
    await fillDate(page, "Date of the session", "2026-04-31");
    await page.getByRole("button", { name: "Log session" }).click();
    await expect(
      page.getByRole("alert").getByText("Date of the session must be a real date"),
    ).toBeVisible();
    await expect(logDate.getByLabel("Day")).toHaveValue("31");
    await expect(logDate.getByLabel("Month")).toHaveValue("4");
    await expect(logDate.getByLabel("Year")).toHaveValue("2026");
    await expect(page.getByLabel("What you talked about")).toHaveValue("Checked the backups.");
    await expectNoA11yViolations(page, "relationship, session date not real, no JavaScript");

    await fillDate(page, "Date of the session", ukDay(new Date()));
    await page.getByRole("button", { name: "Log session" }).click();
    await expect(page.getByText("The session has been logged.")).toBeVisible();
    await expect(page.getByText("Checked the backups.")).toBeVisible();
  });
});
