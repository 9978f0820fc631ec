import { describe, expect, test } from "vitest";
import { createToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { runHousekeeping } from "~/housekeeping.server";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { deleteExpiredApplications } from "./retention.server";

const DAY = 86_400_000;
let counter = 0;

async function vacancyWithApplication(closedDaysAgo: number, closedEarlyDaysAgo?: number) {
  const org = await makeOrg("sme");
  const now = new Date();
  const { id } = await makeApprenticeship(org.id, now, { closingInDays: -closedDaysAgo });
  if (closedEarlyDaysAgo !== undefined) {
    await prisma.apprenticeship.update({
      where: { id },
      data: { applicationsClosedAt: new Date(now.getTime() - closedEarlyDaysAgo * DAY) },
    });
  }
  const email = `kept-${++counter}@unit.test`;
  const application = await prisma.application.create({
    data: { apprenticeshipId: id, email, state: "new", name: "Sam", submittedAt: now },
    select: { id: true },
  });
  await prisma.applicationFile.create({
    data: {
      applicationId: application.id,
      fileName: "cv.pdf",
      mediaType: "application/pdf",
      size: 4,
      content: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    },
  });
  await createToken({ purpose: "applicant-session", email, applicationId: application.id });
  return { vacancyId: id, applicationId: application.id };
}

const left = async (applicationId: string) => ({
  applications: await prisma.application.count({ where: { id: applicationId } }),
  files: await prisma.applicationFile.count({ where: { applicationId } }),
  links: await prisma.token.count({ where: { applicationId } }),
});

describe("retention", () => {
  test("applications, CVs and links go six months after the vacancy closes; younger ones stay", async () => {
    const old = await vacancyWithApplication(200);
    const young = await vacancyWithApplication(150);
    const closedEarly = await vacancyWithApplication(150, 200);
    const removed = await deleteExpiredApplications(new Date(), 6);
    expect(removed).toBeGreaterThanOrEqual(2);
    expect(await left(old.applicationId)).toEqual({ applications: 0, files: 0, links: 0 });
    expect(await left(closedEarly.applicationId)).toEqual({ applications: 0, files: 0, links: 0 });
    expect(await left(young.applicationId)).toEqual({ applications: 1, files: 1, links: 1 });
    // The vacancy itself stays (it is the employer's); only the applicants' data goes.
    expect(await prisma.apprenticeship.count({ where: { id: old.vacancyId } })).toBe(1);
  });

  test("the housekeeping job runs it and reports how many it removed", async () => {
    await vacancyWithApplication(400);
    const report = await runHousekeeping(new Date());
    expect(report["applications past retention removed"]).toBeGreaterThanOrEqual(1);
  });
});
