import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { sectionStatus } from "./vacancy-section-checks";
import {
  deleteVacancyDraft,
  findVacancyDraft,
  saveVacancySection,
  sendVacancyDraft,
  startVacancyDraft,
} from "./vacancy-drafts.server";
import { vacancySection, vacancySections } from "./vacancy-sections";

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const complete: Record<string, Record<string, string>> = {
  job: {
    title: "Web developer apprentice",
    shortDescription: "Build websites.",
    fullDescription: "You will build and test websites.",
    positions: "2",
  },
  training: {
    standard: "Software developer",
    level: "4",
    route: "digital",
    trainingProvider: "Midlands Training Ltd",
  },
  pay: { weeklyHours: "30", durationMonths: "18", wageType: "apprentice-minimum" },
  dates: {
    closingDate: day(20),
    startDate: day(60),
    postcode: "B1 1AA",
    localAuthority: "birmingham",
  },
  skills: { skillsWanted: "Curiosity" },
  apply: { applyMethod: "portal", question1: "Why us?" },
};

async function started(orgId: string) {
  const result = await startVacancyDraft(orgId);
  if (result.status !== "done") throw new Error("not started");
  return result.value.id;
}

describe("a vacancy on its task list", () => {
  test("sections are not started, in progress or completed by their own answers", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    const job = vacancySection("job")!;
    expect(sectionStatus(job, (await findVacancyDraft(id, org.id))!.answers)).toBe("not-started");
    await saveVacancySection(id, org.id, job, { title: "Web developer apprentice" });
    expect(sectionStatus(job, (await findVacancyDraft(id, org.id))!.answers)).toBe("in-progress");
    await saveVacancySection(id, org.id, job, complete.job!);
    expect(sectionStatus(job, (await findVacancyDraft(id, org.id))!.answers)).toBe("completed");
  });

  test("a date keeps its three boxes as typed, even when it is not a real date", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    const dates = vacancySection("dates")!;
    const typed = { day: "31", month: "2", year: "2027" };
    await saveVacancySection(id, org.id, dates, { ...complete.dates!, closingDate: typed });
    const saved = (await findVacancyDraft(id, org.id))!.answers;
    expect(saved.dates).toEqual({ ...complete.dates!, closingDate: typed });
    expect(sectionStatus(dates, saved)).toBe("in-progress");
  });

  test("a standard's link fills in its sections' known answers", async () => {
    const org = await makeOrg("sme");
    const result = await startVacancyDraft(org.id, {
      standard: "Data technician",
      level: "3",
      route: "digital",
      durationMonths: "24",
    });
    const draft = await findVacancyDraft(result.status === "done" ? result.value.id : "", org.id);
    expect(draft?.answers.training).toEqual({
      standard: "Data technician",
      level: "3",
      route: "digital",
    });
    expect(draft?.answers.pay).toEqual({ durationMonths: "24" });
  });

  test("sending needs every section completed, then makes the vacancy waiting to be checked", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    const refused = await sendVacancyDraft(id, org.id, new Date());
    expect(refused.status).toBe("invalid");
    expect(Object.keys(refused.status === "invalid" ? refused.errors : {})).toHaveLength(6);
    for (const section of vacancySections) {
      await saveVacancySection(id, org.id, section, complete[section.name]!);
    }
    const sent = await sendVacancyDraft(id, org.id, new Date());
    expect(sent.status).toBe("done");
    const made = await prisma.apprenticeship.findFirstOrThrow({
      where: { organisationId: org.id },
      select: { state: true, title: true, question1: true },
    });
    expect(made).toEqual({
      state: "submitted",
      title: "Web developer apprentice",
      question1: "Why us?",
    });
    expect(await findVacancyDraft(id, org.id)).toBeNull();
  });

  test("sending the same vacancy twice at once (a double click, two tabs) makes one vacancy", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    for (const section of vacancySections) {
      await saveVacancySection(id, org.id, section, complete[section.name]!);
    }
    const sends = await Promise.all([1, 2].map(() => sendVacancyDraft(id, org.id, new Date())));
    expect(sends.filter((s) => s.status === "done")).toHaveLength(1);
    expect(await prisma.apprenticeship.count({ where: { organisationId: org.id } })).toBe(1);
    expect(await findVacancyDraft(id, org.id)).toBeNull();
  });

  test("a send refused after the vacancy was made is tried again on the same vacancy", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    for (const section of vacancySections) {
      await saveVacancySection(id, org.id, section, complete[section.name]!);
    }
    // What an earlier send whose sending was refused leaves: the vacancy made as
    // a draft posting, and recorded on the task-list draft.
    const made = await makeApprenticeship(org.id, new Date(), {
      state: "draft",
      firstPublishedAt: null,
      title: "Made before",
    });
    await prisma.vacancyDraft.update({ where: { id }, data: { apprenticeshipId: made.id } });
    const sent = await sendVacancyDraft(id, org.id, new Date());
    expect(sent).toEqual({ status: "done", value: { apprenticeshipId: made.id } });
    expect(await prisma.apprenticeship.count({ where: { organisationId: org.id } })).toBe(1);
    expect(
      await prisma.apprenticeship.findUniqueOrThrow({
        where: { id: made.id },
        select: { state: true, title: true },
      }),
    ).toEqual({ state: "submitted", title: "Web developer apprentice" });
  });

  test("a rule across sections is named with its section when sending", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    for (const section of vacancySections) {
      const answers =
        section.name === "dates"
          ? { ...complete.dates!, closingDate: day(3) }
          : complete[section.name]!;
      await saveVacancySection(id, org.id, section, answers);
    }
    const sent = await sendVacancyDraft(id, org.id, new Date());
    expect(sent).toEqual({
      status: "invalid",
      errors: {
        "section-dates": "Dates and place: The closing date must be at least 7 days from today",
      },
    });
  });

  test("a declined organisation cannot send, and nothing is made", async () => {
    const org = await makeOrg("sme");
    await prisma.organisation.update({
      where: { id: org.id },
      data: { verificationStatus: "declined" },
    });
    const id = await started(org.id);
    for (const section of vacancySections) {
      await saveVacancySection(id, org.id, section, complete[section.name]!);
    }
    const sent = await sendVacancyDraft(id, org.id, new Date());
    expect(sent.status).toBe("refused");
    expect(await prisma.apprenticeship.count({ where: { organisationId: org.id } })).toBe(0);
  });

  test("another organisation's draft is not found, to read, save, send or delete", async () => {
    const owner = await makeOrg("sme");
    const other = await makeOrg("sme");
    const id = await started(owner.id);
    expect(await findVacancyDraft(id, other.id)).toBeNull();
    expect((await saveVacancySection(id, other.id, vacancySection("job")!, {})).status).toBe(
      "not-found",
    );
    expect((await sendVacancyDraft(id, other.id, new Date())).status).toBe("not-found");
    expect((await deleteVacancyDraft(id, other.id)).status).toBe("not-found");
    expect(await findVacancyDraft(id, owner.id)).not.toBeNull();
  });
});
