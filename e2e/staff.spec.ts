import type { Browser, Page } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import {
  createUser,
  expect,
  signIn,
  signedIn,
  startSession,
  test,
  uniqueEmail,
  type TestUser,
} from "./fixtures";
import { waitForEmail, linkIn } from "./mail";
import { seedMentor } from "./mentoring-helpers";
import { bandFor } from "../app/readiness/dimensions";
import { prisma } from "../app/db.server";
import { fillDate } from "./date-input";

// Partnership staff: verification, users, regional insight, the audit trail.

async function signInAs(browser: Browser, user: TestUser) {
  const page = await signedIn(browser, user);
  return { context: page.context(), page };
}

/** A submitted check with a known overall score, band and workforce score. */
async function seedScoredCheck(
  organisationId: string,
  overall: number,
  workforce: number,
  submittedAt: Date,
) {
  await prisma.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: "e2e",
      status: "submitted",
      isLatest: true,
      submittedAt,
      overall,
      band: bandFor(overall),
      scoreStrategy: overall,
      scoreReadiness: overall,
      scoreWorkforce: workforce,
      scoreData: overall,
      scoreAutomation: overall,
      scoreCyber: overall,
    },
  });
}

/** The text of every cell, row by row, header first. */
async function tableMatrix(page: Page, name: string) {
  const table = page.getByRole("table", { name });
  return table.getByRole("row").evaluateAll((rows) =>
    // Soft hyphens only mark where a long heading may break at 1280 px; the words are the same.
    rows.map((row) =>
      Array.from(row.children).map((cell) =>
        (cell.textContent ?? "").replace(/\u00ad/g, "").trim(),
      ),
    ),
  );
}

/** A small RFC 4180 reader (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r") continue;
    else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

test.describe("verification", () => {
  test("staff check a school: its status changes, it is told, it can then ask for places, and the audit trail records it", async ({
    page,
    browser,
    db,
    signInShared,
  }) => {
    const school = await createUser("school", {
      verified: false,
      organisation: { schoolUrn: "654321", name: `Verify Academy ${Date.now()}` },
    });
    const staff = await signInShared(page, "staff");

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Check organisations" })
      .click();
    // Level 1: the home page has a "Check organisations" card heading too.
    await expect(
      page.getByRole("heading", { level: 1, name: "Check organisations" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "verification queue");

    await page.goto(`/staff/verification/${school.organisationId}`);
    await expect(page.getByRole("heading", { name: school.organisationName })).toBeVisible();
    await expect(page.getByText("654321")).toBeVisible();
    await expect(page.getByText(`${school.name} (${school.email})`)).toBeVisible();
    await expect(page.getByText("Waiting to be checked")).toBeVisible();
    await expectNoA11yViolations(page, "verification decision");
    await page.getByRole("button", { name: "Mark as checked" }).click();
    await expect(
      page.getByText(`${school.organisationName} has been checked. We have told them.`),
    ).toBeVisible();

    const org = await db.organisation.findUniqueOrThrow({
      where: { id: school.organisationId },
      select: { verificationStatus: true, verifiedAt: true },
    });
    expect(org.verificationStatus).toBe("verified");
    expect(org.verifiedAt).not.toBeNull();
    await expect(
      db.notification.count({ where: { organisationId: school.organisationId } }),
    ).resolves.toBe(1);
    const mail = await waitForEmail(school.email, "Your organisation has been checked");
    expect(mail.text).toContain("You can now ask for work experience placements.");
    await expect(
      db.auditEvent.count({
        where: {
          action: "organisation.verify",
          targetId: school.organisationId,
          actorEmail: staff.email,
        },
      }),
    ).resolves.toBe(1);

    const member = await signInAs(browser, school);
    await member.page.goto("/account");
    await expect(member.page.getByText("Checked", { exact: true })).toBeVisible();

    // Now checked, the school can ask for places on a live placement.
    const employer = await createUser("sme");
    const start = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 22 * 86_400_000).toISOString().slice(0, 10);
    const placement = await db.placement.create({
      data: {
        organisationId: employer.organisationId,
        state: "live",
        title: `Office taster ${Date.now()}`,
        description: "See how an office works.",
        sector: "N",
        dateMode: "fixed",
        startDate: new Date(`${start}T00:00:00Z`),
        endDate: new Date(`${end}T00:00:00Z`),
        yearGroups: "10",
        places: 3,
        format: "virtual",
      },
      select: { id: true },
    });
    await member.page.goto(`/placements/${placement.id}`);
    await member.page.getByLabel("How many places do you need?").fill("2");
    await member.page.getByLabel("Year group").selectOption("10");
    await member.page.getByRole("button", { name: "Send request" }).click();
    await expect(member.page.getByText("Your request has been sent.")).toBeVisible();
    await expect(
      db.placementRequest.count({
        where: { placementId: placement.id, schoolOrgId: school.organisationId },
      }),
    ).resolves.toBe(1);
    await member.context.close();

    await page.goto("/staff/audit?action=organisation.verify");
    await expect(page.getByRole("link", { name: school.organisationName })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("staff decline a board firm with a reason it sees, and its mentors stay hidden", async ({
      page,
      browser,
      db,
      signInShared,
    }) => {
      const mentor = await seedMentor({ name: `Declined Mentor ${Date.now()}`, verified: false });
      await signInShared(page, "staff");
      await page.goto(`/staff/verification/${mentor.organisationId}`);

      await page.getByRole("button", { name: "Do not accept" }).click();
      await expect(
        page.getByRole("link", { name: "Enter the reason the organisation will see" }),
      ).toBeVisible();
      await expectNoA11yViolations(page, "verification decision, error");

      await page
        .getByLabel("Reason for not accepting")
        .fill("We could not find this firm on Companies House. Reply with its company number.");
      await page.getByRole("button", { name: "Do not accept" }).click();
      await expect(
        page.getByText(`${mentor.organisationName} was not accepted. We have told them why.`),
      ).toBeVisible();

      const org = await db.organisation.findUniqueOrThrow({
        where: { id: mentor.organisationId },
        select: { verificationStatus: true, verificationReason: true },
      });
      expect(org).toEqual({
        verificationStatus: "declined",
        verificationReason:
          "We could not find this firm on Companies House. Reply with its company number.",
      });
      await waitForEmail(mentor.email, "We could not accept your organisation");
      await expect(
        db.auditEvent.findFirst({
          where: { action: "organisation.decline", targetId: mentor.organisationId },
          select: { reason: true },
        }),
      ).resolves.toEqual({
        reason: "We could not find this firm on Companies House. Reply with its company number.",
      });

      const member = await signInAs(browser, mentor);
      await member.page.goto("/account");
      await expect(member.page.getByText("Not accepted")).toBeVisible();
      await expect(
        member.page.getByText("We could not find this firm on Companies House."),
      ).toBeVisible();
      await member.context.close();

      const sme = await createUser("sme");
      const smePage = await signInAs(browser, sme);
      await smePage.page.goto("/mentors");
      await expect(smePage.page.getByText(mentor.name)).toHaveCount(0);
      const detail = await smePage.page.goto(`/mentors/${mentor.profileId}`);
      expect(detail?.status()).toBe(404);
      await smePage.context.close();
    });
  });
});

test.describe("users", () => {
  test("suspending a user ends their open session at once; restoring lets them back", async ({
    page,
    browser,
    db,
    signInShared,
  }) => {
    const sme = await createUser("sme", { name: `Suspend Me ${Date.now()}` });
    const victim = await signInAs(browser, sme);
    await victim.page.goto("/account");
    await expect(victim.page.getByRole("heading", { name: "Your account" })).toBeVisible();

    await signInShared(page, "staff");
    await page.goto(`/staff/users?q=${encodeURIComponent(sme.email)}`);
    await expectNoA11yViolations(page, "users, found");
    await page.getByRole("link", { name: sme.name }).click();
    await expect(page.getByRole("heading", { name: sme.name })).toBeVisible();
    await expectNoA11yViolations(page, "user");
    await page.getByLabel("Why are you suspending them?").fill("Posting spam");
    await page.getByRole("button", { name: "Suspend user" }).click();
    await expect(page.getByText(`${sme.name} is suspended and has been signed out.`)).toBeVisible();
    await expect(db.session.count({ where: { userId: sme.id } })).resolves.toBe(0);

    await victim.page.reload();
    await expect(victim.page).toHaveURL(/\/sign-in/);

    await page.getByLabel("Why are you restoring them?").fill("Spoke to them; it was a mistake");
    await page.getByRole("button", { name: "Restore user" }).click();
    await expect(page.getByText(`${sme.name} can sign in again.`)).toBeVisible();
    await signIn(victim.page, sme.email);
    await victim.context.close();

    const actions = await db.auditEvent.findMany({
      where: { targetId: sme.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, reason: true },
    });
    expect(actions).toEqual([
      { action: "user.suspend", reason: "Posting spam" },
      { action: "user.restore", reason: "Spoke to them; it was a mistake" },
    ]);
  });

  test("staff invite another member of staff, who joins through the emailed link", async ({
    page,
    browser,
    db,
    signInShared,
  }) => {
    const email = uniqueEmail("new-staff");
    const staff = await signInShared(page, "staff");
    await page.goto("/staff/users?q=nobody-matches-this-zzz");
    await expect(page.getByText('No users match "nobody-matches-this-zzz".')).toBeVisible();
    await expectNoA11yViolations(page, "users, none found");
    await page.getByLabel("Their work email address").fill(email);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`We have sent an invitation to ${email}.`)).toBeVisible();

    const mail = await waitForEmail(email, "Join");
    const context = await browser.newContext();
    const joiner = await context.newPage();
    await joiner.goto(linkIn(mail, "/join?token="));
    await joiner.getByLabel("Full name").fill("New Staffer");
    await joiner.getByLabel("Create a password").fill("purple tractor window");
    await joiner.getByRole("button", { name: /Join/ }).click();
    // Staff must use two-step sign-in: a new member of staff is sent to set it up first.
    await expect(joiner).toHaveURL(/\/account\/two-step$/);
    await expect(joiner.getByRole("heading", { name: "Two-step sign-in" })).toBeVisible();
    await joiner.goto("/staff/audit");
    await expect(joiner).toHaveURL(/\/account\/two-step$/);
    await context.close();
    await expect(
      db.user.findUniqueOrThrow({ where: { email }, select: { role: true, organisationId: true } }),
    ).resolves.toEqual({
      role: "staff",
      organisationId: staff.organisationId,
    });
    await expect(
      db.auditEvent.count({ where: { action: "staff.invite", targetId: email } }),
    ).resolves.toBe(1);
  });
});

test.describe("regional insight", () => {
  test("the dashboard's numbers match the CSV downloads, with the same suppression", async ({
    page,
    db,
  }) => {
    // A local authority, sector and year no other test uses: 6 micro firms and 4 small ones.
    const when = new Date("2019-06-15T12:00:00Z");
    const micro: [overall: number, workforce: number][] = [
      [30, 30],
      [40, 40],
      [60, 45],
      [70, 60],
      [80, 70],
      [90, 80],
    ];
    for (const [overall, workforce] of micro) {
      const sme = await createUser("sme", {
        organisation: { localAuthority: "elsewhere", sector: "T", sizeBand: "micro" },
      });
      await seedScoredCheck(sme.organisationId, overall, workforce, when);
    }
    for (let i = 0; i < 4; i++) {
      const sme = await createUser("sme", {
        organisation: { localAuthority: "elsewhere", sector: "T", sizeBand: "small" },
      });
      await seedScoredCheck(sme.organisationId, 20, 20, when);
    }
    // Its own member of staff: the test counts this user's exports.
    const staff = await createUser("staff");
    await startSession(page, staff.email);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Regional insight" })
      .click();
    await fillDate(page, "From", "2019-01-01");
    await fillDate(page, "To", "2019-12-31");
    await page.getByLabel("Local authority", { exact: true }).selectOption("elsewhere");
    await page.getByLabel("Sector", { exact: true }).selectOption("T");
    await page.getByLabel("Break down by", { exact: true }).selectOption("size");
    await page.getByRole("button", { name: "Show insight" }).click();
    // A GET form: the view is in the address, so it can be shared.
    await expect(page).toHaveURL(
      /\?from-day=1&from-month=1&from-year=2019&to-day=31&to-month=12&to-year=2019&by=size&la=elsewhere&sector=T/,
    );

    // The address changes just before the new tables are drawn, and
    // tableMatrix reads once: poll until the filtered table is on the page.
    await expect
      .poll(() => tableMatrix(page, "Readiness checks by size band"))
      .toEqual([
        [
          "Size band",
          "Firms",
          "Checks completed",
          "Starting",
          "Developing",
          "Established",
          "Leading",
          "Hidden middle",
          "Hidden middle (% of firms)",
        ],
        // Small alone hidden would be the Total minus Micro: Micro is hidden too (decision 019).
        // Short marks with a key on the page ([h] hidden too, [c] fewer than 5).
        ["Micro (0 to 9 staff)", ...Array(8).fill("[h]")],
        ["Small (10 to 49 staff)", ...Array(8).fill("[c]")],
        ["Total", "10", "10", "4", "2", "2", "2", "7", "70%"],
      ]);

    for (const name of [
      "Readiness checks by size band",
      "Median scores by size band",
      "Apprenticeships and placements by size band",
      "Mentoring by size band",
      "Month by month",
    ]) {
      const onPage = await tableMatrix(page, name);
      const href = await page
        .getByRole("link", {
          name: `Download ${name.charAt(0).toLowerCase() + name.slice(1)} (CSV file)`,
        })
        .getAttribute("href");
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/csv");
      const [title, filters, made, blank, ...csv] = parseCsv(await response.text());
      // The file says what it holds, its filters and when it was made, then the table.
      expect(title).toEqual([`SkillsBridge: ${name}`]);
      expect(filters?.[0]).toBe("Filters");
      expect(made?.[0]).toBe("Made");
      expect(blank).toEqual([""]);
      expect(response.headers()["content-disposition"]).toMatch(
        /^attachment; filename="skillsbridge-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      // A table with no rows is not drawn on the page ("Nothing to show"); its CSV has only the header.
      if (onPage.length === 0) expect(csv, `CSV of ${name}`).toHaveLength(1);
      // The CSV file spells out the page's marks.
      else
        expect(csv, `CSV of ${name}`).toEqual(
          onPage.map((row) =>
            row.map((cell) => (cell === "[c]" ? "fewer than 5" : cell === "[h]" ? "hidden" : cell)),
          ),
        );
    }
    await expect(
      db.auditEvent.count({ where: { action: "insights.export", actorEmail: staff.email } }),
    ).resolves.toBe(5);

    await expectNoA11yViolations(page, "insight, filled");
    await expectNoHorizontalScrollAt320(page);
  });

  test("an empty view and wrong dates are explained", async ({ page, signInShared }) => {
    await signInShared(page, "staff");
    await page.goto("/staff/insights?from=2001-01-01&to=2001-02-01&la=wolverhampton&sector=U");
    await expect(page.getByText("Nothing to show for these filters.").first()).toBeVisible();
    await expectNoA11yViolations(page, "insight, empty");
    await page.goto("/staff/insights?from=2026-02-30");
    await expect(page.getByText("Start date must be a real date").first()).toBeVisible();
    await expectNoA11yViolations(page, "insight, wrong date");
  });
});

test.describe("staff pages", () => {
  test("overview, home and audit trail are accessible, filled and empty", async ({
    page,
    signInShared,
  }) => {
    await signInShared(page, "staff");
    // In the menu (the staff home page links there too).
    await expect(
      page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Check organisations" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Staff", exact: true }).click();
    await expect(page.getByRole("heading", { name: "What is waiting" })).toBeVisible();
    await expect(
      page.getByRole("main").getByRole("link", { name: "Review postings" }),
    ).toHaveAttribute("href", "/staff/review");
    await expectNoA11yViolations(page, "staff overview");
    await page.goto("/staff/users");
    await expectNoA11yViolations(page, "users");
    await page.goto("/staff/audit");
    await expectNoA11yViolations(page, "audit trail");
    await page.goto("/staff/audit?action=user.restore&from=2001-01-01&to=2001-01-31");
    await expect(page.getByText("No staff actions match.")).toBeVisible();
    await expectNoA11yViolations(page, "audit trail, empty");
    await expectNoHorizontalScrollAt320(page);
  });

  for (const kind of ["sme", "school", "board"] as const) {
    test(`a ${kind} user gets 403 on every staff page, action and export`, async ({
      page,
      signInShared,
    }) => {
      const other = await createUser("sme", { verified: false });
      await signInShared(page, kind);
      for (const path of [
        "/staff",
        "/staff/verification",
        `/staff/verification/${other.organisationId}`,
        "/staff/users",
        `/staff/users/${other.id}`,
        "/staff/insights",
        "/staff/insights/readiness.csv",
        "/staff/insights/trends.csv?la=coventry",
        "/staff/audit",
      ]) {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(403);
      }
      for (const [path, form] of [
        [`/staff/verification/${other.organisationId}`, { intent: "verify" }],
        [`/staff/users/${other.id}`, { intent: "suspend", reason: "x" }],
        ["/staff/users", { intent: "invite", email: uniqueEmail("sneaky") }],
      ] as const) {
        const response = await page.request.post(path, { form, maxRedirects: 0 });
        expect(response.status(), `POST ${path}`).toBe(403);
      }
      const response = await page.goto("/staff/insights");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "You cannot see this page" })).toBeVisible();
    });
  }
});
