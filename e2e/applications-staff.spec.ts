import { prisma } from "../app/db.server";
import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { makeVacancy } from "./applications-helpers";
import { createUser, expect, signedIn, startSession, test, uniqueEmail } from "./fixtures";
import { waitForEmail } from "./mail";

// Issue 12: staff see application counts only, unless an employer reports an
// application to them; then they read that one and close the report.

async function sentApplication(vacancyId: string, name: string, state = "new") {
  return prisma.application.create({
    data: {
      apprenticeshipId: vacancyId,
      email: uniqueEmail("applicant"),
      state: state as "new",
      name,
      localAuthority: "sandwell",
      currentActivity: "looking",
      whyThis: "Win a free phone at this link.",
      submittedAt: new Date(),
      emailConfirmedAt: new Date(),
    },
    select: { id: true, email: true, name: true },
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`staff see counts only; the employer reports one application, staff read that one and close it (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    page,
    browser,
  }) => {
    test.slow();
    const employer = await createUser("sme");
    const staff = await createUser("staff");
    const vacancy = await makeVacancy(employer, { title: `Counted vacancy ${Date.now()}` });
    const reported = await sentApplication(vacancy.id, "Spam Sender");
    await sentApplication(vacancy.id, "Quiet Applicant", "hired");
    await sentApplication(vacancy.id, "Other Applicant", "reviewing");
    const base = `/postings/apprenticeships/${vacancy.id}/applications`;

    // Staff: numbers on the vacancy, the organisation and the overview; never a name.
    const staffPage = await signedIn(browser, staff, javaScriptEnabled);
    await staffPage.goto(`/staff/review/apprenticeships/${vacancy.id}`);
    const counts = staffPage.getByRole("table", { name: /Applications by state \(3 in all\)/ });
    await expect(counts.getByRole("row", { name: "Hired 1" })).toBeVisible();
    await expect(counts.getByRole("row", { name: "Reviewing 1" })).toBeVisible();
    await expect(staffPage.getByText("Spam Sender")).toHaveCount(0);
    await expectNoA11yViolations(staffPage, "staff vacancy with counts");

    await staffPage.goto(`/staff/verification/${employer.organisationId}`);
    const byVacancy = staffPage.getByRole("table", { name: /Applications by vacancy/ });
    await expect(byVacancy.getByRole("row", { name: new RegExp(vacancy.title) })).toContainText(
      "3",
    );
    await expect(staffPage.getByText("Quiet Applicant")).toHaveCount(0);
    await expectNoA11yViolations(staffPage, "staff organisation with counts");

    await staffPage.goto("/staff");
    await expect(
      staffPage.getByRole("table", { name: /Every application by state/ }),
    ).toBeVisible();
    await expectNoA11yViolations(staffPage, "staff overview with counts");
    await expectNoHorizontalScrollAt320(staffPage);

    // Staff cannot open the employer's pages: the same 404 as a stranger.
    for (const url of [base, `${base}/${reported.id}`]) {
      expect((await staffPage.goto(url))?.status(), `staff opening ${url}`).toBe(404);
    }
    expect((await staffPage.request.get(`${base}/download.csv`)).status()).toBe(404);
    expect((await staffPage.request.get(`${base}/${reported.id}/cv`)).status()).toBe(404);

    // The employer reports it: an empty report is a clear error first.
    await startSession(page, employer.email);
    await page.goto(`${base}/${reported.id}`);
    await page.getByText("Report this application").click();
    await page.getByRole("button", { name: "Send to the partnership team" }).click();
    await expect(
      page.getByRole("link", { name: "Say what worries you about this application" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "report form with an error");
    await page.getByLabel("What worries you?").fill("It is spam with a link.");
    await page.getByRole("button", { name: "Send to the partnership team" }).click();
    await expect(
      page.getByText("Thank you. The partnership team has your report", { exact: false }),
    ).toBeVisible();
    await expect(page.getByText("You reported this application")).toBeVisible();
    await expectNoA11yViolations(page, "a reported application");

    // Staff read that one application from the queue, and close the report.
    await staffPage.goto("/staff/reported-applications");
    await expectNoA11yViolations(staffPage, "reported applications queue");
    await staffPage
      .getByRole("table", { name: "Open reports, oldest first" })
      .getByRole("link", { name: vacancy.title })
      .click();
    await expect(staffPage.getByRole("heading", { name: vacancy.title })).toBeVisible();
    await expect(staffPage.getByText("It is spam with a link.")).toBeVisible();
    await expect(staffPage.getByText("Win a free phone at this link.")).toBeVisible();
    await expect(staffPage.getByText("Spam Sender")).toBeVisible();
    await expect(staffPage.getByText("Quiet Applicant")).toHaveCount(0);
    await expectNoA11yViolations(staffPage, "a reported application, for staff");
    await expectNoHorizontalScrollAt320(staffPage);

    await staffPage.getByRole("button", { name: "Close the report" }).click();
    await expect(staffPage.getByRole("link", { name: "Choose what came of it" })).toBeVisible();
    await expectNoA11yViolations(staffPage, "closing a report, with an error");
    await staffPage.getByLabel("We dealt with it").check();
    await staffPage.getByLabel("What did you find and do?").fill("Spam. Told the employer.");
    await staffPage.getByRole("button", { name: "Close the report" }).click();
    await expect(staffPage.getByText("We have told the employer.", { exact: false })).toBeVisible();
    await expect(staffPage.getByRole("heading", { name: "Reported applications" })).toBeVisible();
    const mail = await waitForEmail(
      employer.email,
      "We have looked at the application you reported",
    );
    expect(mail.text).toContain("We looked into it and dealt with it.");
    await staffPage.context().close();
  });
}

test("a school, a board member and a signed-out visitor cannot open the staff report pages", async ({
  browser,
}) => {
  const employer = await createUser("sme");
  const vacancy = await makeVacancy(employer);
  const application = await sentApplication(vacancy.id, "Hidden Person");
  const report = await prisma.applicationReport.create({
    data: { applicationId: application.id, raisedById: employer.id, details: "Worrying" },
    select: { id: true },
  });
  for (const kind of ["sme", "school", "board"] as const) {
    const page = await signedIn(browser, await createUser(kind));
    for (const url of [
      "/staff/reported-applications",
      `/staff/reported-applications/${report.id}`,
    ]) {
      const status = (await page.goto(url))?.status();
      expect([403, 404], `${kind} opening ${url}`).toContain(status);
      await expect(page.getByText("Hidden Person")).toHaveCount(0);
    }
    await page.context().close();
  }
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const visitor = await context.newPage();
  await visitor.goto(`/staff/reported-applications/${report.id}`);
  await expect(visitor.getByText("Hidden Person")).toHaveCount(0);
  await context.close();
});

test("staff insight shows applications and hires by area, with its CSV, and no applicant's data", async ({
  browser,
}) => {
  const employer = await createUser("sme");
  const vacancy = await makeVacancy(employer);
  await sentApplication(vacancy.id, "Insight Person", "hired");
  const staffPage = await signedIn(browser, await createUser("staff"));
  await staffPage.goto("/staff/insights");
  // Insight ends with last complete week, so today's application is not in it yet: the section is.
  await expect(
    staffPage.getByRole("heading", { name: /^Applications and hires by local authority$/ }),
  ).toBeVisible();
  await expect(
    staffPage.getByRole("link", { name: /Download applications and hires by local authority/ }),
  ).toBeVisible();
  await expect(staffPage.getByText("Insight Person")).toHaveCount(0);
  await expectNoA11yViolations(staffPage, "insight with the applications table");
  const csv = await staffPage.request.get("/staff/insights/applications.csv");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Employers with applications");
  expect(text).not.toContain("Insight Person");
  await staffPage.context().close();
});
