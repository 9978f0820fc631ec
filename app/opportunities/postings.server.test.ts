import { contactMessages } from "./after-acceptance";
import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import {
  archivePosting,
  autoClosePostings,
  clonePosting,
  closePosting,
  reviewPosting,
  safeguardingMissingMessage,
  submitPosting,
} from "./postings.server";
import {
  dayFrom,
  makeApprenticeship,
  makeOrg,
  makePlacement,
} from "../../tests/opportunities-data";

const now = new Date("2027-03-10T10:00:00Z");
const staff = { id: "staff-1", email: "staff@test.skillsbridge.test" };

describe("sending for checking", () => {
  test("a good draft vacancy is sent; another employer's is not found", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const draft = await makeApprenticeship(sme.id, now, { state: "draft", firstPublishedAt: null });
    expect(await submitPosting("apprenticeship", draft.id, other.id, now)).toEqual({
      status: "not-found",
    });
    expect(await submitPosting("apprenticeship", draft.id, sme.id, now)).toEqual({
      status: "done",
      value: { title: "Digital marketing apprentice", organisationId: sme.id },
    });
    const row = await prisma.apprenticeship.findUnique({
      where: { id: draft.id },
      select: { state: true, submittedAt: true },
    });
    expect(row).toEqual({ state: "submitted", submittedAt: now });
    expect(await submitPosting("apprenticeship", draft.id, sme.id, now)).toEqual({
      status: "refused",
      reason: "This posting has already been sent for checking.",
    });
  });

  test("a closing date less than 7 days away is refused at first publication", async () => {
    const sme = await makeOrg("sme");
    const draft = await makeApprenticeship(sme.id, now, {
      state: "draft",
      closingInDays: 6,
      firstPublishedAt: null,
    });
    expect(await submitPosting("apprenticeship", draft.id, sme.id, now)).toEqual({
      status: "invalid",
      errors: { closingDate: "The closing date must be at least 7 days from today" },
    });
  });

  test("a placement needs its contact and first-day details; the supervisor can be the contact", async () => {
    const sme = await makeOrg("sme");
    const bare = await makePlacement(sme.id, now, { state: "draft", withContact: false });
    expect(await submitPosting("placement", bare.id, sme.id, now)).toEqual({
      status: "invalid",
      errors: contactMessages,
    });
    await prisma.placement.update({
      where: { id: bare.id },
      data: {
        contactIsSupervisor: true,
        contactRole: "Owner",
        contactEmail: "sam@printworks.example",
        contactPhone: "0121 496 0002",
        workplaceAddress: "1 Print Street",
        firstDayDetails: "Front desk, 9am.",
      },
    });
    expect(await submitPosting("placement", bare.id, sme.id, now)).toMatchObject({
      status: "done",
    });
  });

  test("an online placement needs no workplace address", async () => {
    const sme = await makeOrg("sme");
    const online = await makePlacement(sme.id, now, { state: "draft", format: "virtual" });
    await prisma.placement.update({ where: { id: online.id }, data: { workplaceAddress: "" } });
    expect(await submitPosting("placement", online.id, sme.id, now)).toMatchObject({
      status: "done",
    });
  });

  test("a placement needs its safeguarding checks and future dates", async () => {
    const sme = await makeOrg("sme");
    const unsafe = await makePlacement(sme.id, now, { state: "draft", safeguarded: false });
    expect(await submitPosting("placement", unsafe.id, sme.id, now)).toEqual({
      status: "invalid",
      errors: { safeguarding: safeguardingMissingMessage },
    });
    const past = await makePlacement(sme.id, now, { state: "draft", startInDays: -10 });
    expect(await submitPosting("placement", past.id, sme.id, now)).toMatchObject({
      status: "invalid",
      errors: {
        startDate: "The start date cannot be in the past",
        endDate: "The end date cannot be in the past",
      },
    });
    const good = await makePlacement(sme.id, now, { state: "draft" });
    expect(await submitPosting("placement", good.id, sme.id, now)).toMatchObject({
      status: "done",
    });
  });
});

describe("staff review", () => {
  test("approval makes it live, records who and when, and writes the audit trail", async () => {
    const sme = await makeOrg("sme");
    const p = await makeApprenticeship(sme.id, now, { state: "submitted", firstPublishedAt: null });
    expect(
      await reviewPosting("apprenticeship", p.id, staff, { intent: "approve" }, now),
    ).toMatchObject({
      ok: true,
      organisationId: sme.id,
    });
    const row = await prisma.apprenticeship.findUnique({
      where: { id: p.id },
      select: { state: true, firstPublishedAt: true },
    });
    expect(row).toEqual({ state: "live", firstPublishedAt: now });
    const review = await prisma.postingReview.findFirst({
      where: { apprenticeshipId: p.id },
      select: { decision: true, staffEmail: true },
    });
    expect(review).toEqual({ decision: "approved", staffEmail: staff.email });
    const audit = await prisma.auditEvent.findFirst({
      where: { targetId: p.id },
      select: { action: true, actorId: true, targetType: true },
    });
    expect(audit).toEqual({
      action: "posting.approve",
      actorId: staff.id,
      targetType: "apprenticeship",
    });
    // A second approval (two staff at once) is refused plainly.
    expect(await reviewPosting("apprenticeship", p.id, staff, { intent: "approve" }, now)).toEqual({
      ok: false,
      errors: { form: "This posting is already live." },
    });
  });

  test("approval re-checks the 7-day closing date at first publication", async () => {
    const sme = await makeOrg("sme");
    const p = await makeApprenticeship(sme.id, now, {
      state: "submitted",
      closingInDays: 5,
      firstPublishedAt: null,
    });
    const result = await reviewPosting("apprenticeship", p.id, staff, { intent: "approve" }, now);
    expect(result).toMatchObject({ ok: false });
    expect(result && !result.ok && result.errors.form).toMatch(/at least 7 days from today/);
  });

  test("changes requested with a reason; the employer fixes and sends again", async () => {
    const sme = await makeOrg("sme");
    const p = await makePlacement(sme.id, now, { state: "submitted" });
    await reviewPosting(
      "placement",
      p.id,
      staff,
      { intent: "request-changes", reason: "Add the dress code" },
      now,
    );
    const row = await prisma.placement.findUnique({
      where: { id: p.id },
      select: { state: true, changesReason: true },
    });
    expect(row).toEqual({ state: "changes-requested", changesReason: "Add the dress code" });
    const audit = await prisma.auditEvent.findFirst({
      where: { targetId: p.id },
      select: { action: true, reason: true },
    });
    expect(audit).toEqual({ action: "posting.request-changes", reason: "Add the dress code" });
    expect(await submitPosting("placement", p.id, sme.id, now)).toMatchObject({ status: "done" });
  });
});

describe("closing and copying", () => {
  test("the employer closes a live posting and copies it into a new draft", async () => {
    const sme = await makeOrg("sme");
    const user = { id: sme.userId, email: sme.email, organisationId: sme.id };
    const p = await makePlacement(sme.id, now);
    expect(await clonePosting("placement", p.id, sme.id)).toEqual({
      status: "refused",
      reason: "Only a closed posting can be copied.",
    });
    expect(await closePosting("placement", p.id, user, "All places filled", now)).toEqual({
      status: "done",
      value: { title: "A week in our print works", organisationId: sme.id },
    });
    const copy = await clonePosting("placement", p.id, sme.id);
    expect(copy).toMatchObject({ status: "done" });
    const row = await prisma.placement.findUnique({
      where: { id: copy.status === "done" ? copy.value.id : "" },
      select: { state: true, clonedFromId: true, title: true, insurer: true },
    });
    expect(row).toEqual({
      state: "draft",
      clonedFromId: p.id,
      title: "A week in our print works",
      insurer: "Midlands Mutual",
    });
  });

  test("the job closes live postings past their closing date, and only those", async () => {
    const sme = await makeOrg("sme");
    const past = await makeApprenticeship(sme.id, now, { closingInDays: -1 });
    const today = await makeApprenticeship(sme.id, now, { closingInDays: 0 });
    const draftPast = await makeApprenticeship(sme.id, now, { state: "draft", closingInDays: -1 });
    const started = await makePlacement(sme.id, now, { startInDays: 0 });
    const future = await makePlacement(sme.id, now, { startInDays: 1 });
    expect(await autoClosePostings(now)).toBeGreaterThanOrEqual(2);
    const states = async (ids: string[], model: "apprenticeship" | "placement") =>
      (model === "apprenticeship"
        ? await prisma.apprenticeship.findMany({
            where: { id: { in: ids } },
            select: { id: true, state: true },
          })
        : await prisma.placement.findMany({
            where: { id: { in: ids } },
            select: { id: true, state: true },
          })
      ).reduce<Record<string, string>>((acc, r) => ({ ...acc, [r.id]: r.state }), {});
    expect(await states([past.id, today.id, draftPast.id], "apprenticeship")).toEqual({
      [past.id]: "closed",
      [today.id]: "live",
      [draftPast.id]: "draft",
    });
    expect(await states([started.id, future.id], "placement")).toEqual({
      [started.id]: "closed",
      [future.id]: "live",
    });
    expect(dayFrom(now, 0).toISOString()).toBe("2027-03-10T00:00:00.000Z");

    // Each history records the closing, once, and says why.
    const reviews = await prisma.postingReview.findMany({
      where: {
        OR: [
          { apprenticeshipId: { in: [past.id, today.id] } },
          { placementId: { in: [started.id, future.id] } },
        ],
      },
      select: {
        apprenticeshipId: true,
        placementId: true,
        decision: true,
        reason: true,
        staffEmail: true,
      },
    });
    expect(reviews).toHaveLength(2);
    expect(reviews).toContainEqual({
      apprenticeshipId: past.id,
      placementId: null,
      decision: "closed",
      reason: "Closed automatically after the closing date",
      staffEmail: "automatic",
    });
    expect(reviews).toContainEqual({
      apprenticeshipId: null,
      placementId: started.id,
      decision: "closed",
      reason: "Closed automatically when the placement started",
      staffEmail: "automatic",
    });
    await autoClosePostings(now);
    expect(await prisma.postingReview.count({ where: { apprenticeshipId: past.id } })).toBe(1);
  });

  test("only a closed posting can be archived, only by its own employer, and it can still be copied", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const user = { id: sme.userId, email: sme.email, organisationId: sme.id };
    const a = await makeApprenticeship(sme.id, now);
    expect(await archivePosting("apprenticeship", a.id, user, now)).toEqual({
      status: "refused",
      reason: "This posting is live. Only a closed posting can be archived.",
    });
    await closePosting("apprenticeship", a.id, user, undefined, now);
    expect(
      await archivePosting(
        "apprenticeship",
        a.id,
        { id: other.userId, email: other.email, organisationId: other.id },
        now,
      ),
    ).toEqual({ status: "not-found" });
    expect(await archivePosting("apprenticeship", a.id, user, now)).toMatchObject({
      status: "done",
    });
    const row = await prisma.apprenticeship.findUnique({
      where: { id: a.id },
      select: { state: true },
    });
    expect(row).toEqual({ state: "archived" });
    const history = await prisma.postingReview.findMany({
      where: { apprenticeshipId: a.id },
      select: { decision: true },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => h.decision)).toEqual(["closed", "archived"]);
    expect(await archivePosting("apprenticeship", a.id, user, now)).toEqual({
      status: "refused",
      reason: "This posting is already archived.",
    });
    expect(await clonePosting("apprenticeship", a.id, sme.id)).toMatchObject({ status: "done" });
  });
});

describe("a state the code does not know", () => {
  test("is a bug: sending, closing and copying throw instead of treating it as a draft", async () => {
    const sme = await makeOrg("sme");
    const user = { id: sme.userId, email: sme.email, organisationId: sme.id };
    const posting = await makeApprenticeship(sme.id, now, {
      state: "draft",
      firstPublishedAt: null,
    });
    // Raw SQL, as only a bug or a hand edit could put such a value there.
    await prisma.$executeRaw`UPDATE "Apprenticeship" SET "state" = 'bogus' WHERE "id" = ${posting.id}`;
    const unknown = 'Unknown posting state "bogus"';
    await expect(submitPosting("apprenticeship", posting.id, sme.id, now)).rejects.toThrow(unknown);
    await expect(closePosting("apprenticeship", posting.id, user, undefined, now)).rejects.toThrow(
      unknown,
    );
    await expect(clonePosting("apprenticeship", posting.id, sme.id)).rejects.toThrow(unknown);
    const row = await prisma.apprenticeship.findUnique({
      where: { id: posting.id },
      select: { state: true },
    });
    expect(row).toEqual({ state: "bogus" });
  });
});
