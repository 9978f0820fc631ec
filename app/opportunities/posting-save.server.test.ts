import { afterEach, describe, expect, test, vi } from "vitest";
import { prisma } from "~/db.server";
import { apprenticeshipFields, placementFields } from "./posting-fields";
import {
  changedMeanwhileMessage,
  checkEditable,
  draftSentMessage,
  editOnlyMessage,
  saveApprenticeship,
  savePlacement,
  saveSafeguarding,
} from "./posting-save.server";
import {
  apprenticeshipFormValues,
  placementFormValues,
  safeguardingFormValues,
  safeguardingSelect,
} from "./records";
import { apprenticeshipSchema, placementSchema, safeguardingSchema } from "./schemas";
import { parseFormPart } from "~/forms/parse";
import { makeApprenticeship, makeOrg, makePlacement } from "../../tests/opportunities-data";

const now = new Date("2027-03-10T10:00:00Z");

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the form would post for a posting as it is stored, parsed as the action parses it. */
async function apprenticeshipValues(id: string) {
  const row = await prisma.apprenticeship.findUniqueOrThrow({
    where: { id },
    select: apprenticeshipFields,
  });
  return apprenticeshipSchema.parse(apprenticeshipFormValues(row));
}

const newTitle = "Junior web developer apprentice";

/**
 * A draft apprenticeship never published, and what its form would post with the title changed
 * to the one the edit tests write.
 */
async function draftWithNewTitle(
  orgId: string,
  overrides: Parameters<typeof makeApprenticeship>[2] = {},
) {
  const posting = await makeApprenticeship(orgId, now, {
    state: "draft",
    firstPublishedAt: null,
    ...overrides,
  });
  const values = { ...(await apprenticeshipValues(posting.id)), title: newTitle };
  return { posting, values };
}

function apprenticeshipTitleAndState(id: string) {
  return prisma.apprenticeship.findUnique({ where: { id }, select: { title: true, state: true } });
}

async function placementValues(id: string) {
  const row = await prisma.placement.findUniqueOrThrow({ where: { id }, select: placementFields });
  return placementSchema.parse(placementFormValues(row));
}

async function safeguardingValues(id: string) {
  const row = await prisma.placement.findUniqueOrThrow({
    where: { id },
    select: safeguardingSelect,
  });
  return safeguardingSchema.parse(safeguardingFormValues(row));
}

/**
 * Another tab sends the posting for checking just after this save has read it
 * and before it writes: the race the save must not report as saved.
 */
function sentForCheckingMeanwhile(model: "apprenticeship" | "placement", id: string) {
  const delegate = prisma[model] as unknown as { findFirst: (args: unknown) => Promise<unknown> };
  const read = delegate.findFirst.bind(delegate);
  vi.spyOn(delegate, "findFirst").mockImplementationOnce(async (args: unknown) => {
    const row = await read(args);
    await prisma.$executeRawUnsafe(
      `UPDATE "${model === "apprenticeship" ? "Apprenticeship" : "Placement"}" SET "state" = 'submitted' WHERE "id" = ?`,
      id,
    );
    return row;
  });
}

describe("whether a posting can be changed", () => {
  test("a draft or one with changes asked for can; a live one cannot; a stranger's is not found", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const draft = await makeApprenticeship(sme.id, now, { state: "draft" });
    const changes = await makePlacement(sme.id, now, { state: "changes-requested" });
    const live = await makePlacement(sme.id, now);
    expect(await checkEditable("apprenticeship", draft.id, sme.id)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await checkEditable("placement", changes.id, sme.id)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await checkEditable("placement", live.id, sme.id)).toEqual({
      status: "refused",
      reason: editOnlyMessage,
    });
    expect(await checkEditable("apprenticeship", draft.id, other.id)).toEqual({
      status: "not-found",
    });
    // The kind is part of the address: a placement is not an apprenticeship.
    expect(await checkEditable("apprenticeship", changes.id, sme.id)).toEqual({
      status: "not-found",
    });
  });
});

/** A task-list draft of `organisationId`'s, and the whole vacancy it would send. */
async function vacancyDraftOf(organisationId: string) {
  const template = await makeApprenticeship(organisationId, now, {
    state: "draft",
    firstPublishedAt: null,
  });
  const values = await apprenticeshipValues(template.id);
  const draft = await prisma.vacancyDraft.create({
    data: { organisationId },
    select: { id: true },
  });
  return { values, draft };
}

describe("saving an apprenticeship", () => {
  test("a new one is made from its draft and sent for checking at once", async () => {
    const sme = await makeOrg("sme");
    const { values, draft } = await vacancyDraftOf(sme.id);

    const sent = await saveApprenticeship(sme.id, { draftId: draft.id }, values, {
      send: true,
      now,
    });
    expect(sent).toMatchObject({ status: "done" });
    const id = sent.status === "done" ? sent.value.id : "";
    expect(
      await prisma.apprenticeship.findUnique({
        where: { id },
        select: { state: true, organisationId: true, title: true },
      }),
    ).toEqual({ state: "submitted", organisationId: sme.id, title: values.title });
    // The draft knows its vacancy, so sending it again makes nothing more.
    expect(
      await prisma.vacancyDraft.findUnique({
        where: { id: draft.id },
        select: { apprenticeshipId: true },
      }),
    ).toEqual({ apprenticeshipId: id });
  });

  test("two sends of one draft at once make one vacancy", async () => {
    const sme = await makeOrg("sme");
    const { values, draft } = await vacancyDraftOf(sme.id);
    const before = await prisma.apprenticeship.count({ where: { organisationId: sme.id } });

    const results = await Promise.all(
      [1, 2].map(() =>
        saveApprenticeship(sme.id, { draftId: draft.id }, values, { send: false, now }),
      ),
    );

    expect(results.map((r) => r.status).sort()).toEqual(["done", "refused"]);
    expect(results).toContainEqual({ status: "refused", reason: draftSentMessage });
    expect(await prisma.apprenticeship.count({ where: { organisationId: sme.id } })).toBe(
      before + 1,
    );
  });

  test("someone else's draft makes nothing", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const { values, draft } = await vacancyDraftOf(sme.id);

    expect(
      await saveApprenticeship(other.id, { draftId: draft.id }, values, { send: false, now }),
    ).toEqual({ status: "refused", reason: draftSentMessage });
    expect(await prisma.apprenticeship.count({ where: { organisationId: other.id } })).toBe(0);
  });

  test("an edit to a draft is written", async () => {
    const sme = await makeOrg("sme");
    const { posting, values } = await draftWithNewTitle(sme.id);
    expect(
      await saveApprenticeship(sme.id, { postingId: posting.id }, values, { send: false, now }),
    ).toEqual({
      status: "done",
      value: { id: posting.id },
    });
    expect(await apprenticeshipTitleAndState(posting.id)).toEqual({
      title: "Junior web developer apprentice",
      state: "draft",
    });
  });

  test("an edit that lost the race to another change is refused, and nothing is written", async () => {
    const sme = await makeOrg("sme");
    const { posting, values } = await draftWithNewTitle(sme.id);
    sentForCheckingMeanwhile("apprenticeship", posting.id);
    expect(
      await saveApprenticeship(sme.id, { postingId: posting.id }, values, { send: false, now }),
    ).toEqual({
      status: "refused",
      reason: changedMeanwhileMessage,
    });
    expect(await apprenticeshipTitleAndState(posting.id)).toEqual({
      title: "Digital marketing apprentice",
      state: "submitted",
    });
  });

  test("a live posting cannot be changed; another employer's is not found", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const live = await makeApprenticeship(sme.id, now);
    const values = await apprenticeshipValues(live.id);
    expect(
      await saveApprenticeship(sme.id, { postingId: live.id }, values, { send: false, now }),
    ).toEqual({
      status: "refused",
      reason: editOnlyMessage,
    });
    const draft = await makeApprenticeship(sme.id, now, { state: "draft" });
    expect(
      await saveApprenticeship(other.id, { postingId: draft.id }, values, { send: false, now }),
    ).toEqual({
      status: "not-found",
    });
  });

  test("sending with a closing date 6 days away is refused before anything is saved", async () => {
    const sme = await makeOrg("sme");
    const { posting, values } = await draftWithNewTitle(sme.id, { closingInDays: 6 });
    expect(
      await saveApprenticeship(sme.id, { postingId: posting.id }, values, { send: true, now }),
    ).toEqual({
      status: "invalid",
      errors: { closingDate: "The closing date must be at least 7 days from today" },
    });
    expect(await apprenticeshipTitleAndState(posting.id)).toEqual({
      title: "Digital marketing apprentice",
      state: "draft",
    });
  });
});

describe("saving a placement", () => {
  test("a new one is a draft; an edit to a draft is written", async () => {
    const sme = await makeOrg("sme");
    const template = await makePlacement(sme.id, now, { state: "draft" });
    const values = await placementValues(template.id);
    const draft = await prisma.placementDraft.create({
      data: { organisationId: sme.id },
      select: { id: true },
    });
    const created = await savePlacement(sme.id, { draftId: draft.id }, values, now);
    expect(created).toMatchObject({ status: "done" });
    const id = created.status === "done" ? created.value.id : "";
    expect(
      await prisma.placement.findUnique({
        where: { id },
        select: { state: true, organisationId: true },
      }),
    ).toEqual({
      state: "draft",
      organisationId: sme.id,
    });
    // Making it took the draft away, so the same draft cannot make another.
    expect(await prisma.placementDraft.count({ where: { id: draft.id } })).toBe(0);
    expect(await savePlacement(sme.id, { draftId: draft.id }, values, now)).toEqual({
      status: "refused",
      reason: draftSentMessage,
    });
    expect(await savePlacement(sme.id, { postingId: id }, { ...values, places: 2 }, now)).toEqual({
      status: "done",
      value: { id },
    });
    expect(await prisma.placement.findUnique({ where: { id }, select: { places: true } })).toEqual({
      places: 2,
    });
  });

  test("dates in the past are refused on every save", async () => {
    const sme = await makeOrg("sme");
    const past = await makePlacement(sme.id, now, { state: "draft", startInDays: -10 });
    expect(
      await savePlacement(sme.id, { postingId: past.id }, await placementValues(past.id), now),
    ).toMatchObject({
      status: "invalid",
      errors: {
        startDate: "The start date cannot be in the past",
        endDate: "The end date cannot be in the past",
      },
    });
  });

  test("an edit that lost the race to another change is refused, and nothing is written", async () => {
    const sme = await makeOrg("sme");
    const posting = await makePlacement(sme.id, now, { state: "draft", places: 4 });
    const values = { ...(await placementValues(posting.id)), places: 2 };
    sentForCheckingMeanwhile("placement", posting.id);
    expect(await savePlacement(sme.id, { postingId: posting.id }, values, now)).toEqual({
      status: "refused",
      reason: changedMeanwhileMessage,
    });
    const row = await prisma.placement.findUnique({
      where: { id: posting.id },
      select: { places: true, state: true },
    });
    expect(row).toEqual({ places: 4, state: "submitted" });
  });

  test("a live placement cannot be changed; another employer's is not found", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const live = await makePlacement(sme.id, now);
    const values = await placementValues(live.id);
    expect(await savePlacement(sme.id, { postingId: live.id }, values, now)).toEqual({
      status: "refused",
      reason: editOnlyMessage,
    });
    expect(await savePlacement(other.id, { postingId: live.id }, values, now)).toEqual({
      status: "not-found",
    });
  });
});

describe("saving the safeguarding checks", () => {
  test("complete checks are written to a draft", async () => {
    const sme = await makeOrg("sme");
    const posting = await makePlacement(sme.id, now, { state: "draft" });
    const values = { ...(await safeguardingValues(posting.id)), insurer: "Shire Insurance" };
    expect(await saveSafeguarding(sme.id, posting.id, values)).toEqual({
      status: "done",
      value: { id: posting.id, stillNeeded: [] },
    });
    const row = await prisma.placement.findUnique({
      where: { id: posting.id },
      select: { insurer: true },
    });
    expect(row).toEqual({ insurer: "Shire Insurance" });
  });

  test("a half-filled page is saved, with what is still needed listed", async () => {
    const sme = await makeOrg("sme");
    const posting = await makePlacement(sme.id, now, { state: "draft" });
    await prisma.placement.update({
      where: { id: posting.id },
      data: { insurer: null, insuranceExpiry: null, insuranceCoverPounds: null },
    });
    // The insurance details are not to hand today; the rest is filled in.
    const part = parseFormPart(safeguardingSchema, {
      insuranceConfirmed: "on",
      insurer: "",
      insuranceExpiry: "",
      insuranceCoverPounds: "",
      riskAssessmentReviewed: "on",
      riskAssessmentWritten: "yes",
      dbsNeeded: "no",
      safeguardingContactName: "Robin Reid",
      safeguardingContactPhoneOrEmail: "robin@example.co.uk",
    });
    expect(part.errors).toEqual({});
    const result = await saveSafeguarding(sme.id, posting.id, part.data);
    expect(result.status === "done" && result.value.stillNeeded.map((m) => m.field)).toEqual([
      "insurer",
      "insuranceExpiry",
      "insuranceCoverPounds",
    ]);
    expect(
      await prisma.placement.findUnique({
        where: { id: posting.id },
        select: { safeguardingContactName: true, insurer: true },
      }),
    ).toEqual({ safeguardingContactName: "Robin Reid", insurer: null });
  });

  test("an answer that fails its check is not written; the rest of the page is", async () => {
    const sme = await makeOrg("sme");
    const posting = await makePlacement(sme.id, now, { state: "draft" });
    const part = parseFormPart(safeguardingSchema, {
      ...safeguardingFormValues(
        await prisma.placement.findUniqueOrThrow({
          where: { id: posting.id },
          select: safeguardingSelect,
        }),
      ),
      insuranceCoverPounds: "1,000,000",
      safeguardingContactName: "Robin Reid",
    });
    expect(part.errors).toEqual({
      insuranceCoverPounds: "Your insurance must cover at least £5,000,000",
    });
    expect((await saveSafeguarding(sme.id, posting.id, part.data)).status).toBe("done");
    expect(
      await prisma.placement.findUnique({
        where: { id: posting.id },
        select: { safeguardingContactName: true, insuranceCoverPounds: true },
      }),
    ).toEqual({ safeguardingContactName: "Robin Reid", insuranceCoverPounds: 5_000_000 });
  });

  test("a missing written risk assessment at 5 staff or more is saved and listed as still needed", async () => {
    const sme = await makeOrg("sme");
    await prisma.organisation.update({ where: { id: sme.id }, data: { sizeBand: "medium" } });
    const posting = await makePlacement(sme.id, now, { state: "draft" });
    const values = {
      ...(await safeguardingValues(posting.id)),
      riskAssessmentWritten: "no" as const,
    };
    const result = await saveSafeguarding(sme.id, posting.id, values);
    expect(result.status === "done" && result.value.stillNeeded.map((m) => m.field)).toEqual([
      "riskAssessmentWritten",
    ]);
  });

  test("checks saved after the placement was sent for checking meanwhile are refused", async () => {
    const sme = await makeOrg("sme");
    const posting = await makePlacement(sme.id, now, { state: "draft" });
    const values = { ...(await safeguardingValues(posting.id)), insurer: "Shire Insurance" };
    sentForCheckingMeanwhile("placement", posting.id);
    expect(await saveSafeguarding(sme.id, posting.id, values)).toEqual({
      status: "refused",
      reason: changedMeanwhileMessage,
    });
    const row = await prisma.placement.findUnique({
      where: { id: posting.id },
      select: { insurer: true },
    });
    expect(row).toEqual({ insurer: "Midlands Mutual" });
  });

  test("another employer's placement is not found; a live one cannot be changed", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const live = await makePlacement(sme.id, now);
    const values = await safeguardingValues(live.id);
    expect(await saveSafeguarding(other.id, live.id, values)).toEqual({ status: "not-found" });
    expect(await saveSafeguarding(sme.id, live.id, values)).toEqual({
      status: "refused",
      reason: editOnlyMessage,
    });
  });
});
