import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import {
  applicationsOf,
  deleteApplication,
  openReturnLink,
  requestReturnLink,
  withdrawApplication,
} from "./applicant.server";
import { createApplicantSession, readApplicant } from "./applicant-session.server";

let counter = 0;
const address = () => `10.2.0.${++counter}`;

async function sent(email: string) {
  const org = await makeOrg("sme");
  const { id } = await makeApprenticeship(org.id, new Date());
  const app = await prisma.application.create({
    data: {
      apprenticeshipId: id,
      email,
      state: "new",
      name: "Sam",
      submittedAt: new Date(),
    },
    select: { id: true },
  });
  return { org, vacancyId: id, applicationId: app.id };
}

describe("coming back", () => {
  test("an address that applied gets a single-use link that opens its applications", async () => {
    const email = `back-${++counter}@unit.test`;
    await sent(email);
    await requestReturnLink({ email, address: address(), isBot: false });
    const mail = outboxFor(email)[0];
    expect(mail?.text).toContain("/applications/confirm?token=");
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail!.text)![1]!);
    const opened = await openReturnLink(token);
    if (opened.status !== "done") throw new Error("not opened");
    expect((await openReturnLink(token)).status).toBe("not-found");
    const applicant = await readApplicant(
      new Request("http://localhost/", {
        headers: { Cookie: opened.value.setCookie.split(";")[0]! },
      }),
    );
    expect(applicant).toEqual({ applicationId: null, email });
    expect(await applicationsOf(email)).toHaveLength(1);
  });

  test("an address that never applied is told so by email, and gets no link", async () => {
    const email = `never-${++counter}@unit.test`;
    expect((await requestReturnLink({ email, address: address(), isBot: false })).status).toBe(
      "done",
    );
    expect(outboxFor(email)[0]?.text).toContain("We have no applications from this address");
    expect(await prisma.token.count({ where: { email } })).toBe(0);
  });

  test("three return links an hour to one email address, counted in the database", async () => {
    const email = `often-${++counter}@unit.test`;
    for (let i = 0; i < 3; i++) {
      expect((await requestReturnLink({ email, address: address(), isBot: false })).status).toBe(
        "done",
      );
    }
    expect(await requestReturnLink({ email, address: address(), isBot: false })).toMatchObject({
      status: "refused",
      field: "email",
    });
    expect(outboxFor(email)).toHaveLength(3);
    expect(
      await prisma.rateLimitHit.count({ where: { key: `application-return:account:${email}` } }),
    ).toBe(3);
  });
});

describe("withdrawing and deleting", () => {
  test("withdrawing tells the employer in the app; a closed application cannot be withdrawn", async () => {
    const email = `withdraw-${++counter}@unit.test`;
    const { org, applicationId } = await sent(email);
    expect((await withdrawApplication(email, applicationId)).status).toBe("done");
    expect(
      await prisma.notification.count({
        where: { organisationId: org.id, message: { contains: "withdrew" } },
      }),
    ).toBe(1);
    expect((await withdrawApplication(email, applicationId)).status).toBe("not-found");
  });

  test("someone else's application cannot be withdrawn or deleted", async () => {
    const { applicationId } = await sent(`owner-${++counter}@unit.test`);
    expect((await withdrawApplication("other@unit.test", applicationId)).status).toBe("not-found");
    expect((await deleteApplication("other@unit.test", applicationId)).status).toBe("not-found");
  });

  test("deleting removes the application and every link that opens it", async () => {
    const email = `delete-${++counter}@unit.test`;
    const { applicationId } = await sent(email);
    await createApplicantSession(applicationId, email);
    expect(await prisma.token.count({ where: { applicationId } })).toBe(1);
    expect((await deleteApplication(email, applicationId)).status).toBe("done");
    expect(await prisma.application.count({ where: { id: applicationId } })).toBe(0);
    expect(await prisma.token.count({ where: { applicationId } })).toBe(0);
  });
});
