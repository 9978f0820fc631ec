import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import {
  alreadyReportedMessage,
  applicationReportForStaff,
  applicationReportQueue,
  closeApplicationReport,
  closedApplicationReports,
  openApplicationReportCount,
  reportAlreadyClosedMessage,
  reportApplication,
} from "./reports.server";
import { deleteExpiredApplications } from "./retention.server";

let counter = 0;

async function setUp() {
  const org = await makeOrg("sme");
  const vacancy = await makeApprenticeship(org.id, new Date());
  await prisma.apprenticeship.update({
    where: { id: vacancy.id },
    data: { applyMethod: "portal" },
  });
  const application = await prisma.application.create({
    data: {
      apprenticeshipId: vacancy.id,
      email: `reported-${++counter}@unit.test`,
      state: "new",
      name: "Reported Person",
      outcode: "B15",
      whyThis: "Buy cheap watches here.",
      submittedAt: new Date(),
    },
    select: { id: true },
  });
  return { org, reporter: { id: org.userId, organisationId: org.id }, vacancy, application };
}

describe("reporting an application", () => {
  test("the employer reports its own application; staff read it and close it, and the employer is told", async () => {
    const { org, reporter, vacancy, application } = await setUp();
    expect(
      await reportApplication(reporter, vacancy.id, application.id, "This looks like spam."),
    ).toEqual({ status: "done" });
    const queue = await applicationReportQueue();
    const mine = queue.find((r) => r.application.apprenticeship.id === vacancy.id);
    expect(mine?.raisedBy?.name).toBeTruthy();
    expect(await openApplicationReportCount()).toBeGreaterThanOrEqual(1);

    const forStaff = await applicationReportForStaff(mine!.id);
    expect(forStaff?.details).toBe("This looks like spam.");
    expect(forStaff?.application.whyThis).toBe("Buy cheap watches here.");

    const staff = await makeUser("staff");
    const closing = {
      outcome: "acted" as const,
      outcomeNote: "Spam: we told the employer to ignore it.",
    };
    expect(await closeApplicationReport(staff, mine!.id, closing)).toEqual({
      status: "done",
      value: { title: "Digital marketing apprentice", told: true },
    });
    // Two staff closing at once: the second is refused.
    expect(await closeApplicationReport(staff, mine!.id, closing)).toEqual({
      status: "refused",
      reason: reportAlreadyClosedMessage,
    });
    expect((await closedApplicationReports()).some((r) => r.id === mine!.id)).toBe(true);
    const notice = await prisma.notification.findFirst({
      where: { organisationId: org.id },
      orderBy: { createdAt: "desc" },
      select: { message: true, link: true },
    });
    expect(notice?.message).toContain("We looked into it and dealt with it.");
    expect(notice?.link).toBe(
      `/postings/apprenticeships/${vacancy.id}/applications/${application.id}`,
    );
    expect(outboxFor(org.email).at(-1)?.subject).toBe(
      "We have looked at the application you reported",
    );
    const audit = await prisma.auditEvent.findFirst({
      where: { action: "application-report.close", targetId: mine!.id },
      select: { reason: true, targetLabel: true },
    });
    // The trail keeps the outcome, never the applicant's words or staff's note.
    expect(audit?.reason).toBe("We dealt with it");
  });

  test("one open report per application", async () => {
    const { reporter, vacancy, application } = await setUp();
    await reportApplication(reporter, vacancy.id, application.id, "First");
    expect(await reportApplication(reporter, vacancy.id, application.id, "Again")).toEqual({
      status: "refused",
      reason: alreadyReportedMessage,
      field: "details",
    });
  });

  test("another firm cannot report it, and a draft cannot be reported", async () => {
    const { vacancy, application } = await setUp();
    const other = await makeOrg("sme");
    expect(
      await reportApplication(
        { id: other.userId, organisationId: other.id },
        vacancy.id,
        application.id,
        "Not mine",
      ),
    ).toEqual({ status: "not-found" });
    const { reporter, vacancy: v2 } = await setUp();
    const draft = await prisma.application.create({
      data: { apprenticeshipId: v2.id, email: `draft-${++counter}@unit.test` },
      select: { id: true },
    });
    expect(await reportApplication(reporter, v2.id, draft.id, "Draft")).toEqual({
      status: "not-found",
    });
  });

  test("a report goes with its application when retention deletes it", async () => {
    const { reporter, vacancy, application } = await setUp();
    await reportApplication(reporter, vacancy.id, application.id, "Worried");
    await prisma.apprenticeship.update({
      where: { id: vacancy.id },
      data: { closingDate: new Date("2020-01-01T00:00:00Z") },
    });
    await deleteExpiredApplications(new Date());
    expect(await prisma.applicationReport.count({ where: { applicationId: application.id } })).toBe(
      0,
    );
  });
});
