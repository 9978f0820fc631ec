import { expectNoA11yViolations } from "./a11y";
import { PASSWORD, createUser, expect, signedIn, test } from "./fixtures";
import { waitForEmail } from "./mail";
import { prisma } from "../app/db.server";

// Issue 13: only checked employers reach schools, and staff can take things down.

const DAY = 86_400_000;
const dayAhead = (days: number) =>
  new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`);

/** A placement with every field and safeguarding check filled, in the state asked for. */
async function placementFor(organisationId: string, state: string, title: string) {
  return prisma.placement.create({
    data: {
      organisationId,
      state,
      title,
      description: "See how a small firm works.",
      sector: "N",
      dateMode: "fixed",
      startDate: dayAhead(20),
      endDate: dayAhead(24),
      daysAndHours: "Monday to Friday, 9am to 3pm",
      yearGroups: "10",
      places: 3,
      format: "in-person",
      postcode: "B1 1AA",
      localAuthority: "birmingham",
      supervisorName: "Sam Supervisor",
      insuranceConfirmed: true,
      insurer: "Midlands Mutual",
      insuranceExpiry: dayAhead(400),
      insuranceCoverPounds: 5_000_000,
      riskAssessmentReviewed: true,
      riskAssessmentWritten: "yes",
      dbsNeeded: "no",
      safeguardingContactName: "Pat Guard",
      safeguardingContact: "pat@example.co.uk",
      submittedAt: state === "submitted" ? new Date() : null,
    },
    select: { id: true },
  });
}

test.describe("only checked employers reach schools", () => {
  test("staff check a waiting employer and approve its placement in one step; both are recorded and the employer is told", async ({
    page,
    signInShared,
  }) => {
    const sme = await createUser("sme", { verified: false });
    const title = `Waiting employer week ${Date.now()}`;
    const placement = await placementFor(sme.organisationId, "submitted", title);
    const staff = await signInShared(page, "staff");

    await page.goto(`/staff/review/placements/${placement.id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Waiting to be checked", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
    await expect(
      page.getByRole("link", { name: `See ${sme.organisationName}'s details` }),
    ).toHaveAttribute("href", `/staff/verification/${sme.organisationId}`);
    await expectNoA11yViolations(page, "review, employer not checked");

    await page.getByRole("button", { name: "Check the employer and approve" }).click();
    await expect(
      page.getByText(`The employer is checked and "${title}" is approved and live.`),
    ).toBeVisible();

    await expect(
      prisma.organisation.findUniqueOrThrow({
        where: { id: sme.organisationId },
        select: { verificationStatus: true },
      }),
    ).resolves.toEqual({ verificationStatus: "verified" });
    await expect(
      prisma.placement.findUniqueOrThrow({ where: { id: placement.id }, select: { state: true } }),
    ).resolves.toEqual({ state: "live" });
    const audit = await prisma.auditEvent.findMany({
      where: { targetId: { in: [placement.id, sme.organisationId] }, actorId: staff.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["organisation.verify", "posting.approve"]);
    await waitForEmail(sme.email, "Your organisation has been checked");
    await waitForEmail(sme.email, "Your posting is live");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a declined employer cannot send a posting for checking, and staff cannot publish one it sent before", async ({
      page,
      browser,
      signInShared,
    }) => {
      const sme = await createUser("sme", { verified: false });
      const stamp = Date.now();
      const sentBefore = await placementFor(
        sme.organisationId,
        "submitted",
        `Sent before ${stamp}`,
      );
      const draft = await placementFor(sme.organisationId, "draft", `Draft after ${stamp}`);
      await prisma.organisation.update({
        where: { id: sme.organisationId },
        data: { verificationStatus: "declined", verificationReason: "Give your full address." },
      });

      const employer = await signedIn(browser, sme, false);
      await employer.goto(`/postings/placements/${draft.id}`);
      await employer.getByRole("button", { name: "Send for checking" }).click();
      await expect(
        employer.getByText(/did not accept your organisation, so you cannot send postings/),
      ).toBeVisible();
      await expectNoA11yViolations(employer, "send for checking, declined");
      await expect(
        prisma.placement.findUniqueOrThrow({ where: { id: draft.id }, select: { state: true } }),
      ).resolves.toEqual({ state: "draft" });
      await employer.context().close();

      await signInShared(page, "staff");
      await page.goto(`/staff/review/placements/${sentBefore.id}`);
      await expect(page.getByText("Not accepted", { exact: true })).toBeVisible();
      await expect(
        page.getByRole("heading", { name: "This posting cannot go live" }),
      ).toBeVisible();
      await expect(page.getByRole("button", { name: /approve/i })).toHaveCount(0);
      await expectNoA11yViolations(page, "review, employer declined");
      await page
        .getByLabel("What needs to change?")
        .fill("Your organisation must be accepted first.");
      await page.getByRole("button", { name: "Ask for changes" }).click();
      await expect(page.getByText(`Changes asked for on "Sent before ${stamp}"`)).toBeVisible();
    });
  });
});

test.describe("taking things down", () => {
  test("staff take down a live placement with a reason: it leaves the lists, the employer and the school that asked are told", async ({
    page,
    browser,
    signInShared,
  }) => {
    test.slow();
    const sme = await createUser("sme");
    const school = await createUser("school");
    const title = `Take down week ${Date.now()}`;
    const placement = await placementFor(sme.organisationId, "live", title);
    await prisma.placementRequest.create({
      data: {
        placementId: placement.id,
        schoolOrgId: school.organisationId,
        places: 1,
        yearGroup: "10",
      },
    });
    const staff = await signInShared(page, "staff");

    await page.goto(`/placements/${placement.id}`);
    await page.getByRole("link", { name: "Take this placement down" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Take down: ${title}` }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "take down");
    await page.getByRole("button", { name: "Take it down" }).click();
    await expect(
      page.getByRole("link", { name: "Enter the reason the owner will see" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "take down, error");
    await page.getByLabel("Why are you taking it down?").fill("The workplace address is wrong.");
    await page.getByRole("button", { name: "Take it down" }).click();
    await expect(page.getByText(`"${title}" has been taken down.`)).toBeVisible();

    const mail = await waitForEmail(sme.email, "The partnership team took down your posting");
    expect(mail.text).toContain("The workplace address is wrong.");
    await waitForEmail(school.email, "A placement you asked about was taken down");
    await expect(
      prisma.auditEvent.count({
        where: { action: "posting.take-down", targetId: placement.id, actorId: staff.id },
      }),
    ).resolves.toBe(1);

    const schoolPage = await signedIn(browser, school);
    expect((await schoolPage.goto(`/placements/${placement.id}`))?.status()).toBe(404);
    await schoolPage.context().close();

    // Gone already: the page says so and offers no form.
    await page.goto(`/staff/take-down/placements/${placement.id}`);
    await expect(page.getByText("This is not live now")).toBeVisible();
  });

  test("staff take down a board firm's offer; the firm cannot publish it again", async ({
    page,
    browser,
    signInShared,
  }) => {
    const board = await createUser("board");
    const title = `Take down clinic ${Date.now()}`;
    const offer = await prisma.offer.create({
      data: {
        organisationId: board.organisationId,
        createdById: board.id,
        title,
        description: "Bring your spreadsheets.",
        kind: "clinic",
        dimensions: "data",
        schedule: "on-demand",
        format: "online",
        seats: 5,
      },
      select: { id: true },
    });
    await signInShared(page, "staff");
    await page.goto(`/offers/${offer.id}`);
    await page.getByRole("link", { name: "Take this offer down" }).click();
    await page.getByLabel("Why are you taking it down?").fill("This firm does not run it.");
    await page.getByRole("button", { name: "Take it down" }).click();
    await expect(page.getByText(`"${title}" has been taken down.`)).toBeVisible();
    await waitForEmail(board.email, "The partnership team took down your offer");

    const firm = await signedIn(browser, board);
    await firm.goto(`/board/offers/${offer.id}/edit`);
    await expect(firm.getByText("The partnership team took this offer down")).toBeVisible();
    await expect(firm.getByRole("button", { name: "Publish again" })).toHaveCount(0);
    await expectNoA11yViolations(firm, "offer taken down, owner");
    await firm.context().close();
  });
});

test.describe("declined and revoked organisations", () => {
  test("staff find a checked employer by name and take back its check: its placement closes and it is listed as taken back", async ({
    page,
    signInShared,
  }) => {
    const name = `Revoke Motors ${Date.now()}`;
    const sme = await createUser("sme", { organisation: { name } });
    const placement = await placementFor(sme.organisationId, "live", `Revoke week ${Date.now()}`);
    await signInShared(page, "staff");

    await page.goto("/staff/verification?status=verified");
    await page.getByLabel("Search checked organisations").fill(name);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText(`Checked: 1 organisation match "${name}".`)).toBeVisible();
    await expectNoA11yViolations(page, "organisations, checked, search");
    await page.getByRole("link", { name }).click();

    await page.getByRole("button", { name: "Take back the check" }).click();
    await expect(
      page.getByRole("link", { name: "Enter the reason the organisation will see" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "revoke, error");
    await page.getByLabel("Reason for taking back the check").fill("The firm has closed.");
    await page.getByRole("button", { name: "Take back the check" }).click();
    await expect(
      page.getByText(`The check on ${name} is taken back. 1 live posting was closed.`),
    ).toBeVisible();
    await expect(page.getByText("Check taken back", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Take back the check" })).toHaveCount(0);

    await expect(
      prisma.placement.findUniqueOrThrow({ where: { id: placement.id }, select: { state: true } }),
    ).resolves.toEqual({ state: "closed" });
    await waitForEmail(sme.email, "The partnership team took back its check");

    await page.goto(`/staff/verification?status=revoked&q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toBeVisible();
    await expectNoA11yViolations(page, "organisations, revoked");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a declined employer reads why and asks again; staff find it waiting", async ({
      page,
      browser,
      signInShared,
    }) => {
      const name = `Ask Again Ltd ${Date.now()}`;
      const sme = await createUser("sme", { verified: false, organisation: { name } });
      await prisma.organisation.update({
        where: { id: sme.organisationId },
        data: { verificationStatus: "declined", verificationReason: "Give your full postcode." },
      });
      const employer = await signedIn(browser, sme, false);
      await employer.goto("/account");
      await expect(employer.getByText("Give your full postcode.")).toBeVisible();
      await expectNoA11yViolations(employer, "account, declined");
      await employer.getByRole("button", { name: "Ask to be checked again" }).click();
      await expect(
        employer.getByText("The partnership team will check your organisation again"),
      ).toBeVisible();
      await expect(employer.getByRole("button", { name: "Ask to be checked again" })).toHaveCount(
        0,
      );
      await employer.context().close();

      await signInShared(page, "staff");
      await page.goto("/staff/verification");
      await page.getByLabel("Search waiting organisations").fill(sme.email);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await page.getByRole("link", { name }).click();
      await expect(page.getByText("Asked to be checked again")).toBeVisible();
      await expect(page.getByRole("button", { name: "Mark as checked" })).toBeVisible();
    });
  });
});

test.describe("organisation admins", () => {
  test("only admins remove and invite; an admin hands over; the last admin cannot leave; staff change the admin", async ({
    page,
    browser,
    signInShared,
  }) => {
    test.slow();
    const admin = await createUser("school", { name: `Ada Admin ${Date.now()}` });
    const member = await createUser("school", {
      organisationId: admin.organisationId,
      name: `Max Member ${Date.now()}`,
    });

    const memberPage = await signedIn(browser, member);
    await memberPage.goto("/account");
    await expect(memberPage.getByText("Admins invite and remove colleagues.")).toBeVisible();
    await expect(memberPage.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
    await expect(memberPage.getByLabel("Invite a colleague by email")).toHaveCount(0);
    await expectNoA11yViolations(memberPage, "account, not an admin");

    const adminPage = await signedIn(browser, admin);
    await adminPage.goto("/account");
    await expect(adminPage.getByRole("button", { name: `Remove ${member.name}` })).toBeVisible();
    await adminPage.getByRole("button", { name: `Make admin ${member.name}` }).click();
    await expect(adminPage.getByText(`${member.name} is now an admin.`)).toBeVisible();
    await adminPage.getByRole("button", { name: `Stop being an admin ${admin.name}` }).click();
    await expect(adminPage.getByText(`${admin.name} is no longer an admin.`)).toBeVisible();
    await expect(adminPage.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
    await expectNoA11yViolations(adminPage, "account, handed over");
    await adminPage.context().close();

    // The member is now the only admin, and cannot leave without handing over.
    await memberPage.goto("/account/delete");
    await memberPage.getByLabel("I understand that my account will be deleted for good").check();
    await memberPage.getByLabel("Your password").fill(PASSWORD);
    await memberPage.getByRole("button", { name: "Delete my account" }).click();
    await expect(
      memberPage.getByText("You are the only admin. Make a colleague an admin before you leave."),
    ).toBeVisible();
    await memberPage.context().close();

    // Staff make the first user an admin again; it is recorded.
    const staff = await signInShared(page, "staff");
    await page.goto(`/staff/verification/${admin.organisationId}`);
    await page.getByRole("button", { name: `Make admin ${admin.name}` }).click();
    await expect(page.getByText(`${admin.name} is now an admin.`)).toBeVisible();
    await expectNoA11yViolations(page, "organisation page, admins");
    await expect(
      prisma.auditEvent.count({
        where: { action: "member.make-admin", targetId: admin.id, actorId: staff.id },
      }),
    ).resolves.toBe(1);
  });
});
