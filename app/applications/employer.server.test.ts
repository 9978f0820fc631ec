import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import {
  applicationCounts,
  cannotMoveMessage,
  closeApplicationsEarly,
  employerApplication,
  listApplications,
  markManyUnsuccessful,
  moveApplication,
} from "./employer.server";
import { takesApplications } from "./rules";

let counter = 0;

async function sentApplication(vacancyId: string, name: string, submittedAt = new Date()) {
  return prisma.application.create({
    data: {
      apprenticeshipId: vacancyId,
      email: `sent-${Date.now()}-${++counter}@unit.test`,
      state: "new",
      name,
      outcode: "B15",
      currentActivity: "working",
      noQualifications: true,
      whyThis: "Because.",
      submittedAt,
      emailConfirmedAt: submittedAt,
    },
    select: { id: true, email: true },
  });
}

async function setUp() {
  const org = await makeOrg("sme");
  const { id } = await makeApprenticeship(org.id, new Date());
  return { employer: { organisationId: org.id }, org, vacancyId: id };
}

describe("moving an application", () => {
  test("through every step to hired, each move emailing the applicant in plain words", async () => {
    const { employer, org, vacancyId } = await setUp();
    const app = await sentApplication(vacancyId, "Sam");
    for (const to of ["reviewing", "interviewing", "offered", "hired"] as const) {
      expect(await moveApplication(employer, vacancyId, app.id, to, null)).toEqual({
        status: "done",
        value: { state: to },
      });
    }
    const subjects = outboxFor(app.email).map((m) => m.subject);
    expect(subjects).toHaveLength(4);
    expect(subjects.at(-1)).toContain("hired");
    expect(outboxFor(app.email)[1]?.text).toContain(`${org.name} would like to interview you`);
    // Hired is the end.
    expect(await moveApplication(employer, vacancyId, app.id, "unsuccessful", null)).toEqual({
      status: "refused",
      reason: cannotMoveMessage,
    });
  });

  test("no skipping steps, and a withdrawn application stays withdrawn", async () => {
    const { employer, vacancyId } = await setUp();
    const app = await sentApplication(vacancyId, "Jo");
    expect((await moveApplication(employer, vacancyId, app.id, "offered", null)).status).toBe(
      "refused",
    );
    await prisma.application.update({ where: { id: app.id }, data: { state: "withdrawn" } });
    expect((await moveApplication(employer, vacancyId, app.id, "reviewing", null)).status).toBe(
      "refused",
    );
    expect(outboxFor(app.email)).toEqual([]);
  });

  test("unsuccessful sends the feedback with the news", async () => {
    const { employer, vacancyId } = await setUp();
    const app = await sentApplication(vacancyId, "Al");
    await moveApplication(employer, vacancyId, app.id, "unsuccessful", "Try our spring intake.");
    const [mail] = outboxFor(app.email);
    expect(mail?.text).toContain("decided not to take your application");
    expect(mail?.text).toContain("What the employer said: Try our spring intake.");
  });

  test("another employer's application is not found, for reading or moving", async () => {
    const { vacancyId } = await setUp();
    const other = await makeOrg("sme");
    const app = await sentApplication(vacancyId, "Kim");
    const stranger = { organisationId: other.id };
    expect(await employerApplication(stranger, vacancyId, app.id)).toBeNull();
    expect((await moveApplication(stranger, vacancyId, app.id, "reviewing", null)).status).toBe(
      "not-found",
    );
  });

  test("a draft never reaches the employer", async () => {
    const { employer, vacancyId } = await setUp();
    const draft = await prisma.application.create({
      data: { apprenticeshipId: vacancyId, email: `draft-${++counter}@unit.test` },
      select: { id: true },
    });
    expect(await employerApplication(employer, vacancyId, draft.id)).toBeNull();
    expect((await applicationCounts(vacancyId)).new).toBe(0);
  });
});

describe("the list", () => {
  test("counts by state, newest first, filtered by state", async () => {
    const { employer, vacancyId } = await setUp();
    const older = await sentApplication(vacancyId, "Older", new Date(Date.now() - 60_000));
    const newer = await sentApplication(vacancyId, "Newer");
    await moveApplication(employer, vacancyId, older.id, "reviewing", null);
    expect(await applicationCounts(vacancyId)).toMatchObject({ new: 1, reviewing: 1, hired: 0 });
    const all = await listApplications(vacancyId, { state: null, guaranteedInterview: false }, 1);
    expect(all.rows.map((r) => r.id)).toEqual([newer.id, older.id]);
    const reviewing = await listApplications(
      vacancyId,
      { state: "reviewing", guaranteedInterview: false },
      1,
    );
    expect(reviewing.rows.map((r) => r.name)).toEqual(["Older"]);
  });

  test("a list filtered by state alone takes its total from the counts; the same total as counting", async () => {
    const { vacancyId } = await setUp();
    for (let i = 0; i < 30; i++)
      await sentApplication(vacancyId, `P${i}`, new Date(Date.now() - i * 60_000));
    const counts = await applicationCounts(vacancyId);
    for (const filter of [
      { state: null, guaranteedInterview: false },
      { state: "new" as const, guaranteedInterview: false },
      { state: "hired" as const, guaranteedInterview: false },
      { state: null, guaranteedInterview: true },
    ]) {
      const counted = await listApplications(vacancyId, filter, 2);
      const fromCounts = await listApplications(vacancyId, filter, 2, counts);
      expect(fromCounts.window).toEqual(counted.window);
      expect(fromCounts.rows).toEqual(counted.rows);
    }
    const second = await listApplications(
      vacancyId,
      { state: null, guaranteedInterview: false },
      2,
      counts,
    );
    expect(second.window.total).toBe(30);
    expect(second.rows.map((r) => r.name)).toEqual(["P25", "P26", "P27", "P28", "P29"]);
  });

  test("several marked unsuccessful at once with one message; closed ones are left alone", async () => {
    const { employer, vacancyId } = await setUp();
    const a = await sentApplication(vacancyId, "A");
    const b = await sentApplication(vacancyId, "B");
    const hired = await sentApplication(vacancyId, "C");
    await prisma.application.update({ where: { id: hired.id }, data: { state: "hired" } });
    const result = await markManyUnsuccessful(
      employer,
      vacancyId,
      [a.id, b.id, hired.id],
      "We had many strong applicants.",
    );
    expect(result).toEqual({ status: "done", value: { count: 2 } });
    expect(outboxFor(a.email)[0]?.text).toContain("We had many strong applicants.");
    expect(outboxFor(hired.email)).toEqual([]);
    const other = await makeOrg("sme");
    expect(
      (await markManyUnsuccessful({ organisationId: other.id }, vacancyId, [a.id], null)).status,
    ).toBe("not-found");
  });

  test("closing applications early stops new ones at once", async () => {
    const { employer, vacancyId } = await setUp();
    expect(await closeApplicationsEarly(employer, vacancyId)).toEqual({
      status: "done",
      value: undefined,
    });
    const row = await prisma.apprenticeship.findUniqueOrThrow({
      where: { id: vacancyId },
      select: { state: true, applyMethod: true, closingDate: true, applicationsClosedAt: true },
    });
    expect(takesApplications(row, new Date())).toBe(false);
    expect((await closeApplicationsEarly(employer, vacancyId)).status).toBe("refused");
  });
});
