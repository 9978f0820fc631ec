import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { answerEverything, makeVacancy, startApplying } from "./applications-helpers";
import { createUser, expect, test, uniqueEmail } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`applying, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an applicant confirms their email, answers one thing a page, checks and sends", async ({
      page,
      db,
    }) => {
      test.slow();
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

      // Check your answers, and change one.
      await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
      await expect(page.getByText("Postcode area B15")).toBeVisible();
      await expect(page.getByText("English, grade 5")).toBeVisible();
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
