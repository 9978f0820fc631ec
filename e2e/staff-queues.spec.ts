import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { expect, test } from "./fixtures";
import { makeOrg } from "../tests/opportunities-data";
import { makeApprenticeship, makePlacement } from "../tests/opportunities-data";
import { recordAudit } from "../app/audit/audit.server";

// Staff work at scale (issue 15): the review queue pages and sorts across both
// kinds; the audit trail filters by who, what, which record and when, and
// downloads what it shows as CSV.

const tag = `q${Date.now().toString(36)}`;
const pad = (n: number) => String(n).padStart(2, "0");

test.describe("the review queue at scale", () => {
  test.beforeAll(async () => {
    // Sent in 2001, so they are the oldest in the queue whatever else the suite adds:
    // 26 placements in March, 25 apprenticeships in April.
    const sme = await makeOrg("sme");
    const now = new Date();
    const { prisma } = await import("../app/db.server");
    for (let i = 1; i <= 26; i++) {
      const p = await makePlacement(sme.id, now, {
        title: `${tag} P${pad(i)}`,
        state: "submitted",
      });
      await prisma.placement.update({
        where: { id: p.id },
        data: { submittedAt: new Date(`2001-03-${pad(i)}T09:00:00Z`) },
      });
    }
    for (let i = 1; i <= 25; i++) {
      const a = await makeApprenticeship(sme.id, now, {
        title: `${tag} A${pad(i)}`,
        state: "submitted",
        firstPublishedAt: null,
      });
      await prisma.apprenticeship.update({
        where: { id: a.id },
        data: { submittedAt: new Date(`2001-04-${pad(i)}T09:00:00Z`) },
      });
    }
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`pages oldest first across both kinds, agrees with the dashboard, sorts and filters (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      db,
      signInShared,
    }) => {
      const context = await browser.newContext({
        baseURL: test.info().project.use.baseURL,
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await signInShared(page, "staff");
      const waiting =
        (await db.apprenticeship.count({ where: { state: "submitted" } })) +
        (await db.placement.count({ where: { state: "submitted" } }));
      await page.goto("/staff");
      await expect(page.getByRole("region", { name: "Postings to review" })).toContainText(
        String(waiting),
      );
      await page.getByRole("main").getByRole("link", { name: "Review postings" }).click();
      const table = page.getByRole("table", {
        name: `${waiting.toLocaleString("en-GB")} waiting, oldest first`,
      });
      await expect(table).toBeVisible();
      const rows = table.getByRole("row");
      // 50 a page: March placements first, then April apprenticeships.
      await expect(rows).toHaveCount(51);
      await expect(rows.nth(1)).toContainText(`${tag} P01`);
      await expect(rows.nth(26)).toContainText(`${tag} P26`);
      await expect(rows.nth(27)).toContainText(`${tag} A01`);
      await expect(rows.nth(50)).toContainText(`${tag} A24`);
      await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(
        `Page 1 of ${Math.ceil(waiting / 50)}`,
      );
      await page.getByRole("link", { name: /Next/ }).click();
      await expect(page.getByRole("row").nth(1)).toContainText(`${tag} A25`);

      // Newest first, then work experience only, with its count.
      await page.getByLabel("Sort by").selectOption("newest");
      await page.getByRole("button", { name: "Sort" }).click();
      await expect(page.getByRole("table", { name: /waiting, newest first/ })).toBeVisible();
      const placements = await db.placement.count({ where: { state: "submitted" } });
      const kindLink = page.getByRole("link", {
        name: `Work experience (${placements.toLocaleString("en-GB")})`,
      });
      await kindLink.click();
      await expect(kindLink).toHaveAttribute("aria-current", "page");
      await expect(
        page.getByRole("table", {
          name: `${placements.toLocaleString("en-GB")} waiting, newest first`,
        }),
      ).toBeVisible();
      await expect(page.getByRole("table").getByText(`${tag} A01`)).toHaveCount(0);
      if (javaScriptEnabled) {
        await expectNoA11yViolations(page, "review queue, filled");
        await expectNoHorizontalScrollAt320(page);
      }
      await context.close();
    });
  }
});

test.describe("the audit trail at scale", () => {
  const record = `${tag}-record`;
  test.beforeAll(async () => {
    const ana = { id: `${tag}-ana`, email: `ana-${tag}@partnership.example` };
    const ben = { id: `${tag}-ben`, email: `ben-${tag}@partnership.example` };
    await recordAudit(ana, {
      action: "user.suspend",
      targetType: "user",
      targetId: record,
      targetLabel: `${tag} Sam`,
      reason: "=1+1 looks like a formula",
    });
    await recordAudit(ben, {
      action: "user.restore",
      targetType: "user",
      targetId: record,
      targetLabel: `${tag} Sam`,
    });
    await recordAudit(ana, {
      action: "organisation.verify",
      targetType: "organisation",
      targetId: `${tag}-org`,
      targetLabel: `${tag} Acme`,
    });
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`filters by who and which record, and downloads what it shows as CSV (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      db,
      signInShared,
    }) => {
      const context = await browser.newContext({
        baseURL: test.info().project.use.baseURL,
        javaScriptEnabled,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const staff = await signInShared(page, "staff");
      await page.goto("/staff/audit");
      await page.getByLabel("Record").fill(tag);
      await page.getByLabel("Who").fill(`ana-${tag}`);
      await page.getByRole("button", { name: "Show actions" }).click();
      const table = page.getByRole("table", { name: "2 actions, newest first" });
      await expect(table).toBeVisible();
      await expect(table).toContainText(`${tag} Acme`);
      await expect(table).toContainText(`${tag} Sam`);
      await expect(table).not.toContainText("Restored a user");
      await expect(page.getByLabel("Who")).toHaveValue(`ana-${tag}`);

      // The record by its id (and by who, as an earlier download's own row names the record too).
      await page.goto(`/staff/audit?record=${record}&who=${tag}`);
      await expect(page.getByRole("table", { name: "2 actions, newest first" })).toBeVisible();
      const downloadsBefore = await db.auditEvent.count({
        where: { action: "audit.export", actorEmail: staff.email },
      });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download these 2 actions (CSV)" }).click(),
      ]);
      const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
        new Date(),
      );
      expect(download.suggestedFilename()).toBe(`skillsbridge-audit-${tag}-${record}-${day}.csv`);
      const stream = await download.createReadStream();
      let csv = "";
      for await (const chunk of stream) csv += String(chunk);
      const lines = csv.split("\r\n");
      expect(lines[0]).toBe("SkillsBridge audit trail");
      expect(lines[1]).toBe(`Filters,"all actions, who: ${tag}, record: ${record}, all dates"`);
      expect(lines[2]).toMatch(/^Made,/);
      expect(lines[4]).toBe("When,Time (UTC),Who,What,Action,Record type,Record id,Record,Reason");
      expect(lines.slice(5).filter((l) => l.includes(record))).toHaveLength(2);
      // A formula typed into a reason is not run by a spreadsheet.
      expect(csv).toContain("'=1+1 looks like a formula");
      await expect
        .poll(() =>
          db.auditEvent.count({ where: { action: "audit.export", actorEmail: staff.email } }),
        )
        .toBe(downloadsBefore + 1);

      // A wrong date: the summary takes focus, the rest is kept, and the download refuses it.
      await page.goto(`/staff/audit?record=${record}&from=2026-02-30`);
      const summary = page.getByRole("alert");
      await expect(summary).toContainText("Start date must be a real date");
      await expect(summary).toBeFocused();
      await expect(page.getByLabel("Record")).toHaveValue(record);
      const refused = await page.request.get(`/staff/audit/download.csv?from=2026-02-30`);
      expect(refused.status()).toBe(400);
      expect(await refused.text()).toContain("Start date must be a real date");
      if (javaScriptEnabled) {
        await expectNoA11yViolations(page, "audit trail, wrong date");
        await page.goto(`/staff/audit?record=${record}&who=${tag}`);
        await expectNoA11yViolations(page, "audit trail, filtered");
        await expectNoHorizontalScrollAt320(page);
      }
      await context.close();
    });
  }

  test("only staff can download the audit trail", async ({ page, signInShared }) => {
    // Signed out: sent to sign in, never the file.
    const signedOut = await page.request.get("/staff/audit/download.csv", { maxRedirects: 0 });
    expect(signedOut.status()).toBe(302);
    await signInShared(page, "sme");
    expect((await page.request.get("/staff/audit/download.csv")).status()).toBe(403);
  });
});
