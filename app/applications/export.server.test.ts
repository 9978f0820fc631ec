import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { applicationsCsv } from "./export.server";

describe("the applications CSV", () => {
  test("one row per sent application, newest first, safe for spreadsheets, no drafts, no CV contents", async () => {
    const org = await makeOrg("sme");
    const { id } = await makeApprenticeship(org.id, new Date(), { title: "Chef & Cook" });
    await prisma.apprenticeship.update({
      where: { id },
      data: { applyMethod: "portal", question1: "Why us?" },
    });
    const base = { apprenticeshipId: id, localAuthority: "dudley", currentActivity: "working" };
    const older = await prisma.application.create({
      data: {
        ...base,
        email: "older@unit.test",
        state: "reviewing",
        name: '=HYPERLINK("http://evil")',
        whyThis: "I cook, every day.",
        answer1: "You are near",
        qualifications: JSON.stringify([{ subject: "English", grade: "5", level: "2" }]),
        submittedAt: new Date("2026-11-20T10:00:00Z"),
      },
      select: { id: true },
    });
    await prisma.applicationFile.create({
      data: {
        applicationId: older.id,
        fileName: "cv.pdf",
        mediaType: "application/pdf",
        size: 4,
        content: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
      },
    });
    await prisma.application.create({
      data: {
        ...base,
        email: "newer@unit.test",
        state: "new",
        name: "Jo Bloggs",
        noQualifications: true,
        submittedAt: new Date("2026-11-25T10:00:00Z"),
      },
    });
    await prisma.application.create({ data: { ...base, email: "draft@unit.test" } });

    const result = await applicationsCsv(
      { organisationId: org.id },
      id,
      new Date("2026-12-01T12:00:00Z"),
    );
    if (result.status !== "done") throw new Error("not done");
    expect(result.value.fileName).toBe("skillsbridge-applications-chef-cook-2026-12-01.csv");
    const lines = result.value.csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Sent,Name,Email address");
    expect(lines[0]).toContain("Why us?");
    expect(lines[1]).toContain("Jo Bloggs");
    expect(lines[1]).toContain("None yet");
    // A formula is shown as text, never run.
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[2]).toContain("English, grade 5");
    expect(lines[2]).toMatch(/,Yes,Reviewing,/);
    expect(result.value.csv).not.toContain("draft@unit.test");
    expect(result.value.csv).not.toContain("%PDF");
  });

  test("another employer's vacancy is not found", async () => {
    const org = await makeOrg("sme");
    const other = await makeOrg("sme");
    const { id } = await makeApprenticeship(org.id, new Date());
    await prisma.apprenticeship.update({ where: { id }, data: { applyMethod: "portal" } });
    expect((await applicationsCsv({ organisationId: other.id }, id)).status).toBe("not-found");
  });
});
