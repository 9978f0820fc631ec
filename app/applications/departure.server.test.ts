import { describe, expect, test } from "vitest";
import { deleteAccount } from "~/accounts/accounts.server";
import { prisma } from "~/db.server";
import type { ApplicationState } from "./application-state";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";

let counter = 0;

async function application(vacancyId: string, state: ApplicationState) {
  const email = `leaving-${state}-${Date.now()}-${++counter}@unit.test`;
  await prisma.application.create({
    data: {
      apprenticeshipId: vacancyId,
      email,
      state,
      name: "Sam",
      outcode: "B15",
      currentActivity: "working",
      noQualifications: true,
      whyThis: "Because.",
      submittedAt: state === "draft" ? null : new Date(),
      emailConfirmedAt: new Date(),
    },
  });
  return email;
}

describe("an employer leaving SkillsBridge", () => {
  test("its applications go, and each applicant still waiting, or hired, is told", async () => {
    const employer = await makeOrg("sme");
    const vacancy = await makeApprenticeship(employer.id, new Date(), {
      title: "Shop floor apprentice",
    });
    const told = await Promise.all(
      (["new", "reviewing", "interviewing", "offered", "hired"] as const).map((s) =>
        application(vacancy.id, s),
      ),
    );
    const notTold = await Promise.all(
      (["draft", "unsuccessful", "withdrawn"] as const).map((s) => application(vacancy.id, s)),
    );
    const employerName = (
      await prisma.organisation.findUniqueOrThrow({
        where: { id: employer.id },
        select: { name: true },
      })
    ).name;

    await deleteAccount(employer.userId);

    expect(
      await prisma.application.count({ where: { email: { in: [...told, ...notTold] } } }),
    ).toBe(0);
    for (const email of told) {
      const mail = outboxFor(email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe("Your application for Shop floor apprentice has been deleted");
      expect(mail[0]!.text).toContain(`${employerName} has left SkillsBridge`);
    }
    for (const email of notTold) expect(outboxFor(email)).toEqual([]);
  });

  test("while a colleague stays, nothing goes and no applicant hears", async () => {
    const employer = await makeOrg("sme");
    const colleague = await prisma.user.create({
      data: {
        email: `colleague-${Date.now()}-${++counter}@unit.test`,
        name: "Colleague",
        role: "sme",
        organisationId: employer.id,
        emailConfirmedAt: new Date(),
      },
      select: { id: true },
    });
    const vacancy = await makeApprenticeship(employer.id, new Date());
    const email = await application(vacancy.id, "reviewing");

    await deleteAccount(colleague.id);

    expect(await prisma.application.count({ where: { email } })).toBe(1);
    expect(outboxFor(email)).toEqual([]);
  });
});
