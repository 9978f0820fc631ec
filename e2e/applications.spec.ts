import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { answerEverything, makeVacancy, startApplying } from "./applications-helpers";
import { prisma } from "../app/db.server";
import { ukDay } from "../app/time/uk-time";
import { createUser, expect, startSession, test, uniqueEmail } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`applying, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an applicant confirms their email, answers one thing a page, checks and sends", async ({
      page,
      db,
    }) => {
      // The longest journey: every page, each checked with axe, on a shared machine.
      test.setTimeout(360_000);
      const employer = await createUser("sme");
      const vacancy = await makeVacancy(employer, {
        questions: ["Why do you want to work with us?"],
        disabilityConfident: true,
      });

      // The vacancy page says how long is left, and offers the form.
      await page.goto(`/apprenticeships/${vacancy.id}`);
      await expect(page.getByText("12 days left to apply")).toBeVisible();
      await page.getByRole("link", { name: "Apply for this apprenticeship" }).click();
      await expect(page.getByRole("heading", { name: `Apply for ${vacancy.title}` })).toBeVisible();
      await expectNoA11yViolations(page, "start page");

      // A bad address is refused with a message, and what was typed stays.
      await page.getByLabel("Email address").fill("not-an-email");
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByRole("alert")).toContainText(
        "Enter an email address in the right format",
      );
      await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
      await expectNoA11yViolations(page, "start page with an error");

      const email = uniqueEmail("applicant");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      await expectNoA11yViolations(page, "check your email");

      const mail = await waitForEmail(email, "Your application for");
      const link = linkIn(mail, "/apply/confirm");
      await page.goto(link);
      await expectNoA11yViolations(page, "confirm link");
      await page.getByRole("button", { name: "Confirm and start" }).click();
      // The token leaves the address bar once used.
      await expect(page).toHaveURL(new RegExp(`/apprenticeships/${vacancy.id}/apply/name$`));

      // Name: required.
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert")).toContainText("Enter your name");
      await expectNoA11yViolations(page, "name with an error");
      await page.getByLabel("Your full name").fill("Sam Patel");
      await page.getByRole("button", { name: "Continue" }).click();

      // Phone: optional, but a wrong one is refused.
      await page.getByLabel("Phone number (optional)").fill("12ab");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert")).toContainText("Enter a phone number");
      await page.getByLabel("Phone number (optional)").fill("07700 900 982");
      await page.getByRole("button", { name: "Continue" }).click();

      // Where they live: a council area or the first half of a postcode.
      await expect(page.getByRole("heading", { name: "Where do you live?" })).toBeVisible();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert")).toContainText("Choose where you live");
      await page.getByLabel("Or the first half of your postcode").fill("b15 2tt");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert")).toContainText("only the first half");
      await page.getByLabel("Or the first half of your postcode").fill("b15");
      await page.getByRole("button", { name: "Continue" }).click();

      await page.getByLabel("Looking for work").check();
      await page.getByRole("button", { name: "Continue" }).click();

      // Qualifications: a list.
      await expect(page.getByRole("heading", { name: "Your qualifications" })).toBeVisible();
      await expectNoA11yViolations(page, "qualifications, none yet");
      await page.getByRole("button", { name: "Add this qualification" }).click();
      await expect(page.getByRole("alert")).toContainText("Enter the subject");
      await page.getByLabel("Subject").fill("English");
      await page.getByLabel("Grade").fill("5");
      await page.getByLabel("Level").selectOption("2");
      await page.getByRole("button", { name: "Add this qualification" }).click();
      await page.getByLabel("Subject").fill("Maths");
      await page.getByLabel("Grade").fill("4");
      await page.getByLabel("Level").selectOption("2");
      await page.getByRole("button", { name: "Add this qualification" }).click();
      const table = page.getByRole("table", { name: "Qualifications you have added" });
      await expect(table).toContainText("Maths");
      await page.getByRole("button", { name: "Remove Maths" }).click();
      await expect(table).not.toContainText("Maths");
      await expect(table).toContainText("English");
      await expectNoA11yViolations(page, "qualifications, one added");
      await expectNoHorizontalScrollAt320(page);
      await page.getByRole("button", { name: "Continue" }).click();

      // Why: a limit.
      await page.getByLabel("Your answer").fill("x".repeat(1501));
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert")).toContainText("1500 characters or fewer");
      await page.getByLabel("Your answer").fill("I fix computers for my family and love it.");
      await page.getByRole("button", { name: "Continue" }).click();

      // The employer's own question.
      await expect(page.getByRole("heading", { name: "The employer's questions" })).toBeVisible();
      await page
        .getByLabel("Question 1: Why do you want to work with us?")
        .fill("You build things for people near me.");
      await page.getByRole("button", { name: "Continue" }).click();

      await page.getByLabel("What you need (optional)").fill("Step-free access, please.");
      await page.getByRole("button", { name: "Continue" }).click();

      // Disability Confident employer: the guaranteed interview scheme.
      await expect(
        page.getByRole("heading", { name: /guaranteed interview scheme/ }),
      ).toBeVisible();
      await expectNoA11yViolations(page, "guaranteed interview");
      await page.getByLabel("Yes").check();
      await page.getByRole("button", { name: "Continue" }).click();

      // The CV: optional, checked by its content.
      await expect(page.getByRole("heading", { name: "Add your CV (optional)" })).toBeVisible();
      await expectNoA11yViolations(page, "CV, none yet");
      const cvBox = page.getByLabel("Choose your CV (optional)");
      await cvBox.setInputFiles("tests/files/not-a-pdf.pdf");
      await page.getByRole("button", { name: "Add this file" }).click();
      await expect(page.getByRole("alert")).toContainText("The file must be a PDF");
      await expectNoA11yViolations(page, "CV with an error");
      // With JavaScript the box still holds the refused file; empty it, as a page load does.
      await page.getByLabel("Choose your CV (optional)").setInputFiles([]);
      await page.getByRole("button", { name: "Add this file" }).click();
      await expect(page.getByRole("alert")).toContainText("Choose a file to add");
      await page.getByLabel("Choose your CV (optional)").setInputFiles("tests/files/cv.pdf");
      await page.getByRole("button", { name: "Add this file" }).click();
      await expect(page.getByRole("link", { name: "cv.pdf (download)" })).toBeVisible();
      await expectNoA11yViolations(page, "CV added");
      await expectNoHorizontalScrollAt320(page);
      await page.getByRole("button", { name: "Continue" }).click();

      // Check your answers, and change one.
      await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
      await expect(page.getByText("Postcode area B15")).toBeVisible();
      await expect(page.getByText("English, grade 5")).toBeVisible();
      await expect(page.getByRole("link", { name: /^cv\.pdf \(1 KB\)$/ })).toBeVisible();
      await expectNoA11yViolations(page, "check your answers");
      await expectNoHorizontalScrollAt320(page);
      await page.getByRole("link", { name: "Change your name" }).click();
      await expect(page.getByLabel("Your full name")).toHaveValue("Sam Patel");
      await page.getByLabel("Your full name").fill("Samira Patel");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
      await expect(page.getByText("Samira Patel")).toBeVisible();

      // Nothing has reached the employer yet.
      const before = await db.application.findFirstOrThrow({
        where: { email },
        select: { state: true },
      });
      expect(before.state).toBe("draft");

      await page.getByRole("button", { name: "Send my application" }).click();
      await expect(page.getByRole("heading", { name: "Application sent" })).toBeVisible();
      await expect(page.getByText("You should hear from them by")).toBeVisible();
      await expectNoA11yViolations(page, "application sent");
      const confirmation = await waitForEmail(email, "We have sent your application");
      expect(confirmation.text).toContain("What happens next");

      const sent = await db.application.findFirstOrThrow({
        where: { email },
        select: { state: true, name: true, guaranteedInterview: true, outcode: true },
      });
      expect(sent).toEqual({
        state: "new",
        name: "Samira Patel",
        guaranteedInterview: true,
        outcode: "B15",
      });
      const cv = await db.applicationFile.findFirstOrThrow({
        where: { application: { email } },
        select: { mediaType: true, fileName: true },
      });
      expect(cv).toEqual({ mediaType: "application/pdf", fileName: "cv.pdf" });

      // The used link does not open the application again.
      await page.goto(link);
      await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    });
  });
}

test("a vacancy closed early refuses applications, and its page says so", async ({ page }) => {
  const employer = await createUser("sme");
  const vacancy = await makeVacancy(employer, { closedEarly: true });
  await page.goto(`/apprenticeships/${vacancy.id}`);
  await expect(page.getByText("Applications have closed")).toBeVisible();
  await expect(page.getByRole("link", { name: "Apply for this apprenticeship" })).toHaveCount(0);
  await page.goto(`/apprenticeships/${vacancy.id}/apply`);
  await expect(page.getByText("not taking applications any more")).toBeVisible();
  await expectNoA11yViolations(page, "closed vacancy");
  // A post made anyway (an old tab) is refused with a message, not a 500.
  const response = await page.request.post(`/apprenticeships/${vacancy.id}/apply`, {
    form: { email: uniqueEmail("late") },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(400);
});

test("someone who has applied cannot apply twice: the page says the same, the email tells them", async ({
  page,
}) => {
  test.slow();
  const employer = await createUser("sme");
  const vacancy = await makeVacancy(employer);
  const email = await startApplying(page, vacancy.id);
  await answerEverything(page, "Jo Bloggs");
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("heading", { name: "Application sent" })).toBeVisible();

  await page.goto(`/apprenticeships/${vacancy.id}/apply`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await waitForEmail(email, "You have already applied");
});

test("a CV is downloaded only by the vacancy's employer and the applicant, as an attachment", async ({
  page,
  browser,
}) => {
  test.slow();
  const employer = await createUser("sme");
  const vacancy = await makeVacancy(employer);
  const email = await startApplying(page, vacancy.id);
  await answerEverything(page, "Ada Lovelace", { cv: "tests/files/cv.docx" });
  await expect(page.getByRole("link", { name: /^cv\.docx/ })).toBeVisible();
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("heading", { name: "Application sent" })).toBeVisible();
  const application = await prisma.application.findFirstOrThrow({
    where: { email },
    select: { id: true },
  });

  // The applicant, with the session their link opened.
  const own = await page.request.get(`/applications/${application.id}/cv`);
  expect(own.status()).toBe(200);

  // The employer: a link on the application, the file as an attachment of the checked type.
  const employerContext = await browser.newContext();
  const employerPage = await employerContext.newPage();
  await startSession(employerPage, employer.email);
  await employerPage.goto(`/postings/apprenticeships/${vacancy.id}/applications/${application.id}`);
  const download = employerPage.getByRole("link", { name: /Download the CV of Ada Lovelace/ });
  await expect(download).toBeVisible();
  await expectNoA11yViolations(employerPage, "application with a CV");
  const response = await employerPage.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toBe(
    `attachment; filename="skillsbridge-cv-ada-lovelace-${ukDay(new Date())}.docx"`,
  );
  expect(response.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  // server.js adds nosniff to every response.
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  await employerContext.close();

  // Another SME, and a visitor, get 404.
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  const stranger = await createUser("sme");
  await startSession(otherPage, stranger.email);
  const url = `/postings/apprenticeships/${vacancy.id}/applications/${application.id}/cv`;
  expect((await otherPage.request.get(url)).status()).toBe(404);
  await otherContext.close();
  const visitor = await browser.newContext();
  expect((await visitor.request.get(url)).status()).toBe(404);
  expect((await visitor.request.get(`/applications/${application.id}/cv`)).status()).toBe(404);
  await visitor.close();

  // Deleting the application deletes the file.
  await page.goto("/applications/mine");
  await page.getByRole("button", { name: `Delete my application for ${vacancy.title}` }).click();
  await expect(page.getByText("Your application has been deleted.")).toBeVisible();
  expect(await prisma.applicationFile.count({ where: { applicationId: application.id } })).toBe(0);
});
