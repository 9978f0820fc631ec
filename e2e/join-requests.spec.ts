import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, signedIn, test, uniqueEmail } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";
import { answerSignUp, finishSignUp, type SignUpAnswers } from "./sign-up";
import { prisma } from "../app/db.server";

// Issue 13, decision 033: one organisation, one account group. Sign-up warns
// about an organisation already on SkillsBridge and offers to ask to join it;
// board members ask to join their firm by name; admins or staff say yes.

const PASSWORD_TYPED = "purple tractor window";
const tag = () => crypto.randomBytes(3).toString("hex");
const randomUrn = () => String(100000 + crypto.randomInt(899999));

async function fillSignUp(
  page: Page,
  form: {
    role: SignUpAnswers["role"];
    email: string;
    organisation: string;
    area: string;
    school?: { urn: string };
    business?: { companiesHouse?: string };
  },
) {
  await answerSignUp(page, {
    role: form.role,
    name: "Sam Second",
    email: form.email,
    organisation: { name: form.organisation, area: form.area, postcode: "B1 1AA" },
    school: form.school,
    business: form.business && {
      sector: "C",
      size: "micro",
      companiesHouse: form.business.companiesHouse,
    },
  });
  await finishSignUp(page, PASSWORD_TYPED);
}

test.describe("one organisation, one account group", () => {
  test("a school reference number already on SkillsBridge: the person asks to join, the admin says yes, they join the same school", async ({
    page,
    browser,
  }) => {
    test.slow();
    const urn = randomUrn();
    const admin = await createUser("school", {
      organisation: { name: `Aston Park Academy ${tag()}`, schoolUrn: urn },
    });
    const email = uniqueEmail("second-school");
    await fillSignUp(page, {
      role: "A school or college",
      email,
      organisation: "Aston Park School",
      area: "solihull",
      school: { urn },
    });
    await expect(
      page.getByRole("heading", { name: "Your organisation may already be on SkillsBridge" }),
    ).toBeVisible();
    await expect(
      page.getByText(
        `${admin.organisationName} (Birmingham) has the same school reference number.`,
      ),
    ).toBeVisible();
    // The summary takes focus and says what to do; nothing was made.
    await expect(page.getByRole("alert").first()).toContainText("Ask to join your organisation");
    await expect(page.getByText("Aston Park School")).toBeVisible();
    expect(await prisma.organisation.count({ where: { schoolUrn: urn } })).toBe(1);
    // No people are named.
    await expect(page.getByText(admin.email)).toHaveCount(0);
    await expectNoA11yViolations(page, "sign-up, possible duplicate");

    await page.getByRole("link", { name: `Ask to join ${admin.organisationName}` }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Ask to join ${admin.organisationName}` }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Ask to join" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Enter your full name");
    await expectNoA11yViolations(page, "ask to join, errors");
    await page.getByLabel("Full name").fill("Sam Second");
    await page.getByLabel("Your work email address").fill(email);
    await page.getByLabel(/What you do there/).fill("Careers lead");
    await page.getByRole("button", { name: "Ask to join" }).click();
    await expect(page.getByText(`We have told ${admin.organisationName}.`)).toBeVisible();

    await waitForEmail(admin.email, "Someone asks to join");
    const adminPage = await signedIn(browser, admin);
    await adminPage.goto("/account");
    await adminPage.getByRole("link", { name: "People asking to join: 1" }).click();
    await expect(adminPage.getByText("Careers lead")).toBeVisible();
    await expectNoA11yViolations(adminPage, "people asking to join");
    await adminPage.getByRole("button", { name: "Say yes and invite Sam Second" }).click();
    await expect(
      adminPage.getByText("We have emailed Sam Second an invitation to join."),
    ).toBeVisible();
    await expect(adminPage.getByText("Nobody is asking to join.")).toBeVisible();
    await expectNoA11yViolations(adminPage, "people asking to join, empty");

    const invitation = await waitForEmail(email, `Join ${admin.organisationName}`);
    await page.goto(linkIn(invitation, "/join"));
    await page.getByLabel("Full name").fill("Sam Second");
    await page.getByLabel("Create a password").fill(PASSWORD_TYPED);
    await page.getByRole("button", { name: `Join ${admin.organisationName}` }).click();
    await expect(page.getByText(`You have joined ${admin.organisationName}.`)).toBeVisible();
    const joined = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: { organisationId: true },
    });
    expect(joined.organisationId).toBe(admin.organisationId);
    expect(await prisma.organisation.count({ where: { schoolUrn: urn } })).toBe(1);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a very similar name in the same area: the person carries on, and staff see the warning with a link to the existing one", async ({
      page,
      browser,
    }) => {
      test.slow();
      const suffix = tag();
      const existing = await createUser("sme", {
        organisation: { name: `Brindley Print Works ${suffix}`, localAuthority: "coventry" },
      });
      const email = uniqueEmail("second-sme");
      await fillSignUp(page, {
        role: "A business (SME)",
        email,
        organisation: `Brindley Print Work ${suffix} Ltd`,
        area: "coventry",
        business: {},
      });
      await expect(
        page.getByText(
          `${existing.organisationName} (Coventry) has a very similar name in the same area.`,
        ),
      ).toBeVisible();
      await expectNoA11yViolations(page, "sign-up, similar name, no JavaScript");
      await page.getByLabel("None of these is my organisation").check();
      await page.getByLabel("Create a password").fill(PASSWORD_TYPED);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByText(`We have sent an email to ${email}`)).toBeVisible();

      const made = await prisma.user.findUniqueOrThrow({
        where: { email },
        select: { organisationId: true },
      });
      const staff = await createUser("staff");
      const staffPage = await signedIn(browser, staff, false);
      await staffPage.goto(`/staff/verification/${made.organisationId}`);
      await expect(
        staffPage.getByText("This may be the same as an organisation already on SkillsBridge."),
      ).toBeVisible();
      await expect(
        staffPage.getByRole("link", { name: existing.organisationName }),
      ).toHaveAttribute("href", `/staff/verification/${existing.organisationId}`);
      await expectNoA11yViolations(staffPage, "staff, possible duplicate");
    });

    test("a board member asks to join their firm by name; staff say yes and the invitation is emailed", async ({
      page,
      browser,
    }) => {
      const firm = await createUser("board", {
        organisation: { name: `Midlands Cloud ${tag()}` },
      });
      const waitingFirm = await createUser("board", { verified: false });
      await page.goto("/create-account");
      await page.getByRole("link", { name: "ask to join it" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Join a partnership board firm" }),
      ).toBeVisible();
      // Only checked firms are named.
      await expect(page.getByRole("option", { name: waitingFirm.organisationName })).toHaveCount(0);
      await page.getByRole("button", { name: "Ask to join" }).click();
      await expect(page.getByText("Select your organisation").first()).toBeVisible();
      await expectNoA11yViolations(page, "join a board firm, errors, no JavaScript");
      const email = uniqueEmail("board-joiner");
      await page.getByLabel("Your firm").selectOption({ label: firm.organisationName });
      await page.getByLabel("Full name").fill("Bo Board");
      await page.getByLabel("Your work email address").fill(email);
      await page.getByRole("button", { name: "Ask to join" }).click();
      await expect(page.getByText(`We have told ${firm.organisationName}.`)).toBeVisible();

      const staff = await createUser("staff");
      const staffPage = await signedIn(browser, staff, false);
      await staffPage.goto(`/staff/verification/${firm.organisationId}`);
      await expect(staffPage.getByRole("heading", { name: "People asking to join" })).toBeVisible();
      await expectNoA11yViolations(staffPage, "staff, people asking to join");
      await staffPage.getByRole("button", { name: "Say yes and invite Bo Board" }).click();
      await expect(
        staffPage.getByText("We have emailed Bo Board an invitation to join."),
      ).toBeVisible();
      const invitation = await waitForEmail(email, `Join ${firm.organisationName}`);
      expect(linkIn(invitation, "/join")).toMatch(/^\/join\?token=/);
      await expect(
        prisma.auditEvent.count({
          where: { action: "join-request.approve", actorId: staff.id },
        }),
      ).resolves.toBe(1);
    });
  });

  test("a Companies House number already on SkillsBridge is named, whatever the name typed", async ({
    page,
  }) => {
    const number = `SC${String(100000 + crypto.randomInt(899999))}`;
    const existing = await prisma.organisation.create({
      data: {
        name: `Widget Makers ${tag()}`,
        kind: "sme",
        localAuthority: "dudley",
        companiesHouseNumber: number,
      },
      select: { name: true },
    });
    await fillSignUp(page, {
      role: "A business (SME)",
      email: uniqueEmail("same-number"),
      organisation: `Totally Different ${tag()}`,
      area: "walsall",
      business: { companiesHouse: number.toLowerCase() },
    });
    await expect(
      page.getByText(`${existing.name} (Dudley) has the same Companies House number.`),
    ).toBeVisible();
    // Typed in small letters, shown back as Companies House writes it.
    await expect(page.getByText(number, { exact: true })).toBeVisible();
  });
});
