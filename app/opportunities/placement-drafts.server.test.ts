import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import type { FormValues } from "~/forms/parse";
import { makeOrg, placementDraftAnswers } from "../../tests/opportunities-data";
import {
  deletePlacementDraft,
  findPlacementDraft,
  makePlacementFromDraft,
  placementOfDraft,
  savePlacementSection,
  startPlacementDraft,
} from "./placement-drafts.server";
import { placementSectionStatus } from "./placement-section-checks";
import { placementSection, placementSections } from "./placement-sections";

/** A day `days` from today, as the date boxes post it. */
function boxes(days: number) {
  const [year = "", month = "", day = ""] = new Date(Date.now() + days * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

const complete: Record<string, FormValues> = placementDraftAnswers(new Date());

async function started(orgId: string) {
  const result = await startPlacementDraft(orgId);
  if (result.status !== "done") throw new Error("not started");
  return result.value.id;
}

const answersOf = async (id: string, orgId: string) =>
  (await findPlacementDraft(id, orgId))!.answers;

describe("a placement on its task list", () => {
  test("sections are not started, in progress or completed by their own answers", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    const dates = placementSection("dates")!;
    expect(placementSectionStatus(dates, await answersOf(id, org.id))).toBe("not-started");
    await savePlacementSection(id, org.id, dates, { dateMode: "fixed" });
    expect(placementSectionStatus(dates, await answersOf(id, org.id))).toBe("in-progress");
    await savePlacementSection(id, org.id, dates, complete.dates!);
    expect(placementSectionStatus(dates, await answersOf(id, org.id))).toBe("completed");
  });

  test("ticked boxes and date boxes are kept as typed, and only the section's own fields", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    await savePlacementSection(id, org.id, placementSection("dates")!, {
      startDate: { day: "31", month: "2", year: "2027" },
      title: "Not on this page",
    });
    await savePlacementSection(id, org.id, placementSection("students")!, {
      yearGroups: ["10", "11"],
    });
    const answers = await answersOf(id, org.id);
    expect(answers.dates?.startDate).toEqual({ day: "31", month: "2", year: "2027" });
    expect(answers.dates?.title).toBeUndefined();
    expect(answers.students?.yearGroups).toEqual(["10", "11"]);
    // A date that is not real leaves its section in progress.
    expect(placementSectionStatus(placementSection("dates")!, answers)).toBe("in-progress");
  });

  test("a virtual placement's Where is completed without a postcode; in person needs one", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    const where = placementSection("where")!;
    await savePlacementSection(id, org.id, where, { format: "virtual" });
    expect(placementSectionStatus(where, await answersOf(id, org.id))).toBe("completed");
    await savePlacementSection(id, org.id, where, { format: "in-person" });
    expect(placementSectionStatus(where, await answersOf(id, org.id))).toBe("in-progress");
  });

  test("making it needs every section completed, then makes a draft placement through the one save command", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    const refused = await makePlacementFromDraft(id, org.id, new Date());
    expect(refused.status).toBe("invalid");
    expect(Object.keys(refused.status === "invalid" ? refused.errors : {})).toHaveLength(5);
    for (const section of placementSections) {
      await savePlacementSection(id, org.id, section, complete[section.name]!);
    }
    expect(placementOfDraft(await answersOf(id, org.id))?.yearGroups).toBe("10,11");
    const made = await makePlacementFromDraft(id, org.id, new Date());
    expect(made.status).toBe("done");
    const row = await prisma.placement.findFirstOrThrow({
      where: { organisationId: org.id },
      select: { state: true, title: true, places: true, yearGroups: true },
    });
    expect(row).toEqual({
      state: "draft",
      title: "A week in our print works",
      places: 4,
      yearGroups: "10,11",
    });
    expect(await findPlacementDraft(id, org.id)).toBeNull();
  });

  test("a date rule of the save command is named with its section", async () => {
    const org = await makeOrg("sme");
    const id = await started(org.id);
    for (const section of placementSections) {
      const answers =
        section.name === "dates"
          ? { ...complete.dates!, startDate: boxes(-5), endDate: boxes(-3) }
          : complete[section.name]!;
      await savePlacementSection(id, org.id, section, answers);
    }
    const made = await makePlacementFromDraft(id, org.id, new Date());
    expect(made).toEqual({
      status: "invalid",
      errors: { "section-dates": "Dates and times: The start date cannot be in the past" },
    });
    expect(await prisma.placement.count({ where: { organisationId: org.id } })).toBe(0);
  });

  test("another organisation's draft is not found, to read, save, make or delete", async () => {
    const owner = await makeOrg("sme");
    const other = await makeOrg("sme");
    const id = await started(owner.id);
    expect(await findPlacementDraft(id, other.id)).toBeNull();
    expect((await savePlacementSection(id, other.id, placementSection("about")!, {})).status).toBe(
      "not-found",
    );
    expect((await makePlacementFromDraft(id, other.id, new Date())).status).toBe("not-found");
    expect((await deletePlacementDraft(id, other.id)).status).toBe("not-found");
    expect(await findPlacementDraft(id, owner.id)).not.toBeNull();
  });
});
