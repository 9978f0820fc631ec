import { prisma } from "../app/db.server";
import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { makeVacancy } from "./applications-helpers";
import { createUser, expect, signedIn, startSession, test, uniqueEmail } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

async function sentApplication(vacancyId: string, name: string, minutesAgo = 0) {
  const at = new Date(Date.now() - minutesAgo * 60_000);
  return prisma.application.create({
    data: {
      apprenticeshipId: vacancyId,
      email: uniqueEmail("applicant"),
      state: "new",
      name,
      localAuthority: "sandwell",
      currentActivity: "looking",
      qualifications: JSON.stringify([{ subject: "English", grade: "5", level: "2" }]),
      whyThis: "I want to learn to build websites.",
      answer1: "Because you are local.",
      submittedAt: at,
      emailConfirmedAt: at,
    },
    select: { id: true, email: true, name: true },
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the employer's applications, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the employer moves one application through every state and turns two down at once", async ({
      page,
    }) => {
      test.slow();
      const employer = await createUser("sme");
      const vacancy = await makeVacancy(employer, {
        questions: ["Why do you want to work with us?"],
      });
      const oldest = await sentApplication(vacancy.id, "Ada Oldest", 30);
      const middle = await sentApplication(vacancy.id, "Ben Middle", 20);
      const newest = await sentApplication(vacancy.id, "Cat Newest", 10);

      await startSession(page, employer.email);
      await page.goto(`/postings/apprenticeships/${vacancy.id}`);
      await page.getByRole("link", { name: "See the applications for this vacancy" }).click();
      await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
      const counts = page.getByRole("table", { name: /Applications by state \(3 in all\)/ });
      await expect(counts.getByRole("row", { name: "New 3" })).toBeVisible();
      const list = page.getByRole("table", { name: /3 applications, newest first/ });
      const names = await list.getByRole("link").allTextContents();
      expect(names).toEqual(["Cat Newest", "Ben Middle", "Ada Oldest"]);
      await expectNoA11yViolations(page, "applications list");
      await expectNoHorizontalScrollAt320(page);

      // Bulk: nothing chosen is a clear error.
      await page.getByRole("button", { name: "Mark as unsuccessful" }).click();
      await expect(page.getByRole("alert")).toContainText("Choose at least one application");
      await expectNoA11yViolations(page, "applications list with an error");

      // Two turned down with one message.
      await page.getByLabel("Choose Ben Middle").check();
      await page.getByLabel("Choose Cat Newest").check();
      await page
        .getByLabel("Feedback for the applicants (optional)")
        .fill("We had many strong applicants.");
      await page.getByRole("button", { name: "Mark as unsuccessful" }).click();
      await expect(page.getByText("2 applications marked unsuccessful")).toBeVisible();
      for (const turnedDown of [middle, newest]) {
        const mail = await waitForEmail(turnedDown.email, "unsuccessful");
        expect(mail.text).toContain("We had many strong applicants.");
      }

      // Filter by state.
      await page.getByLabel("State", { exact: true }).selectOption("unsuccessful");
      await page.getByRole("button", { name: "Show applications" }).click();
      await expect(page.getByRole("table", { name: /2 applications/ })).toBeVisible();

      // One application, every step.
      await page.goto(`/postings/apprenticeships/${vacancy.id}/applications/${oldest.id}`);
      await expect(page.getByRole("heading", { name: "Ada Oldest" })).toBeVisible();
      await expect(page.getByText("Because you are local.")).toBeVisible();
      await expectNoA11yViolations(page, "one application");
      const steps = [
        ["Start reviewing", "reviewing", "has started to look"],
        ["Invite to interview", "interviewing", "would like to interview you"],
        ["Make an offer", "offered", "would like to offer you"],
        ["Mark as hired", "hired", "marked you as hired"],
      ] as const;
      for (const [button, state, words] of steps) {
        await page.getByRole("button", { name: button }).click();
        await expect(page.getByText(`Ada Oldest is now ${state}`)).toBeVisible();
        const mail = await waitForEmail(oldest.email, `: ${state}`);
        expect(mail.text).toContain(words);
      }
      await expect(page.getByRole("heading", { name: "Move this application on" })).toHaveCount(0);
      await expectNoA11yViolations(page, "a hired application");
    });
  });
}

test("only the employer's own users see its applications: other SMEs, schools, board members and visitors get 404", async ({
  browser,
}) => {
  const employer = await createUser("sme");
  const vacancy = await makeVacancy(employer);
  const application = await sentApplication(vacancy.id, "Private Person");
  const listUrl = `/postings/apprenticeships/${vacancy.id}/applications`;
  const detailUrl = `${listUrl}/${application.id}`;
  const csvUrl = `${listUrl}/download.csv`;
  for (const kind of ["sme", "school", "board"] as const) {
    const stranger = await createUser(kind);
    const page = await signedIn(browser, stranger);
    for (const url of [listUrl, detailUrl]) {
      const response = await page.goto(url);
      expect(response?.status(), `${kind} opening ${url}`).toBe(404);
      await expect(page.getByText("Private Person")).toHaveCount(0);
    }
    expect((await page.request.get(csvUrl)).status(), `${kind} getting the CSV`).toBe(404);
    await page.context().close();
  }
  const signedOut = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const visitor = await signedOut.newPage();
  expect((await visitor.goto(detailUrl))?.status()).toBe(404);
  expect((await visitor.request.get(csvUrl)).status()).toBe(404);
  await signedOut.close();
});

test("the employer downloads a vacancy's applications as CSV, safe to open in a spreadsheet", async ({
  page,
}) => {
  const employer = await createUser("sme");
  const vacancy = await makeVacancy(employer, { title: "Chef apprentice" });
  await sentApplication(vacancy.id, "Ada Oldest", 30);
  await sentApplication(vacancy.id, "=cmd|' /C calc'!A0", 10);
  await startSession(page, employer.email);
  await page.goto(`/postings/apprenticeships/${vacancy.id}/applications`);
  const link = page.getByRole("link", { name: /Download all 2 applications as a spreadsheet/ });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(
    /^skillsbridge-applications-chef-apprentice-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
  const lines = text.trimEnd().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain("'=cmd|' /C calc'!A0");
  expect(lines[2]).toContain("Ada Oldest");
});

for (const javaScriptEnabled of [true, false]) {
  test(`the applicant comes back by an emailed link, sees the employer's moves in every state, withdraws one and deletes another (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }) => {
    test.slow();
    const mode = javaScriptEnabled ? "" : ", no JS";
    const employer = await createUser("sme");
    const first = await makeVacancy(employer, { title: "Data apprentice" });
    const second = await makeVacancy(employer, { title: "Cyber apprentice" });
    const third = await makeVacancy(employer, { title: "Design apprentice" });
    const a = await sentApplication(first.id, "Dee Applicant");
    const email = a.email;
    const alsoSent = (apprenticeshipId: string) =>
      prisma.application.create({
        data: {
          apprenticeshipId,
          email,
          state: "new",
          name: "Dee Applicant",
          submittedAt: new Date(),
        },
        select: { id: true },
      });
    await alsoSent(second.id);
    const turnedDown = await alsoSent(third.id);
    const employerPage = await signedIn(browser, employer);
    await employerPage.goto(`/postings/apprenticeships/${first.id}/applications/${a.id}`);
    await employerPage.getByRole("button", { name: "Start reviewing" }).click();
    await expect(employerPage.getByText("Dee Applicant is now reviewing")).toBeVisible();

    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto("/applications");
    await expectNoA11yViolations(page, "ask for a return link");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByText(`We have sent an email to ${email}`)).toBeVisible();
    const mail = await waitForEmail(email, "See your applications");
    await page.goto(linkIn(mail, "/applications/confirm"));
    await page.getByRole("button", { name: "See my applications" }).click();
    await expect(page.getByRole("heading", { name: "Your applications" })).toBeVisible();
    const card = (title: string) => page.getByRole("listitem").filter({ hasText: title });
    await expect(card("Data apprentice")).toContainText("Reviewing");
    await expect(card("Data apprentice")).toContainText("is looking at it now.");
    await expect(card("Cyber apprentice")).toContainText("New");
    await expect(card("Cyber apprentice")).toContainText("They have not looked at it yet.");
    await expectNoA11yViolations(page, `your applications${mode}`);

    // The employer moves it on; the applicant sees it.
    await employerPage.getByRole("button", { name: "Invite to interview" }).click();
    await expect(employerPage.getByText("Dee Applicant is now interviewing")).toBeVisible();
    await page.reload();
    await expect(card("Data apprentice")).toContainText("Interviewing");
    await expect(card("Data apprentice")).toContainText("would like to meet you for an interview");

    // Offered, then hired: each state in words the applicant can follow.
    const moves = [
      ["Make an offer", "offered", "Offered", "would like to offer you the job"],
      ["Mark as hired", "hired", "Hired", "You got the job."],
    ] as const;
    for (const [button, state, label, words] of moves) {
      await employerPage.getByRole("button", { name: button }).click();
      await expect(employerPage.getByText(`Dee Applicant is now ${state}`)).toBeVisible();
      await page.reload();
      await expect(card("Data apprentice")).toContainText(label);
      await expect(card("Data apprentice")).toContainText(words);
      await expectNoA11yViolations(page, `your applications, ${state}${mode}`);
    }
    // A hired application is no longer open: nothing to withdraw.
    await expect(
      page.getByRole("button", { name: "Withdraw my application for Data apprentice" }),
    ).toHaveCount(0);

    // Turned down, with the employer's feedback.
    await employerPage.goto(`/postings/apprenticeships/${third.id}/applications/${turnedDown.id}`);
    await employerPage
      .getByLabel("Feedback for the applicant (optional)")
      .fill("We chose someone with more experience of design software.");
    await employerPage.getByRole("button", { name: "Mark as unsuccessful" }).click();
    await expect(employerPage.getByText("Dee Applicant is now unsuccessful")).toBeVisible();
    await page.reload();
    await expect(card("Design apprentice")).toContainText("Unsuccessful");
    await expect(card("Design apprentice")).toContainText("will not take it further this time");
    await expect(card("Design apprentice")).toContainText(
      "What the employer said: We chose someone with more experience of design software.",
    );
    await expectNoA11yViolations(page, `your applications, unsuccessful${mode}`);

    await page
      .getByRole("button", { name: "Withdraw my application for Cyber apprentice" })
      .click();
    await expect(page.getByText("Your application has been withdrawn")).toBeVisible();
    await expect(card("Cyber apprentice")).toContainText("Withdrawn");
    await expect(card("Cyber apprentice")).toContainText("You withdrew it.");
    await expectNoA11yViolations(page, `your applications, withdrawn${mode}`);
    await page.getByRole("button", { name: "Delete my application for Cyber apprentice" }).click();
    await expect(page.getByText("Your application has been deleted")).toBeVisible();
    await expect(card("Cyber apprentice")).toHaveCount(0);

    // The employer sees the withdrawal, then nothing once deleted.
    await employerPage.goto(`/postings/apprenticeships/${second.id}/applications`);
    await expect(employerPage.getByText("No applications yet.")).toBeVisible();
    await context.close();
    await employerPage.context().close();
  });
}
