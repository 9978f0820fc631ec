import crypto from "node:crypto";
import { describe, expect, test } from "vitest";
import { at } from "../../tests/at";
import { prisma } from "~/db.server";
import {
  findInProgress,
  findResult,
  listSubmitted,
  parseAnswers,
  saveAnswers,
  startCheck,
  submitCheck,
  validAnswersOf,
} from "./checks.server";
import { dimensionIds } from "./dimensions";
import { currentBank, questionsFor } from "./question-bank";
import type { Answers } from "./scoring";
import { scoreCheck } from "./scoring";

async function smeWithUser() {
  const org = await prisma.organisation.create({
    data: {
      name: `Firm ${crypto.randomBytes(3).toString("hex")}`,
      kind: "sme",
      sector: "C",
      sizeBand: "small",
      localAuthority: "dudley",
    },
    select: { id: true },
  });
  const user = await prisma.user.create({
    data: {
      email: `${crypto.randomBytes(5).toString("hex")}@test.test`,
      name: "Sam",
      role: "sme",
      organisationId: org.id,
    },
    select: { id: true },
  });
  return { organisationId: org.id, userId: user.id };
}

/** Every question answered with its best (or worst) option. */
function allAnswers(best: boolean): Answers {
  const answers: Answers = {};
  for (const dimension of dimensionIds) {
    for (const q of questionsFor(currentBank, dimension)) {
      if (q.style === "multi") {
        answers[q.id] = best
          ? q.options.filter((o) => o.value !== "none").map((o) => o.value)
          : ["none"];
      } else {
        const sorted = [...q.options].sort((a, b) => a.points - b.points);
        answers[q.id] = at(sorted, best ? -1 : 0).value;
      }
    }
  }
  return answers;
}

async function completeCheck(organisationId: string, userId: string, answers: Answers, when: Date) {
  const id = await startCheck(organisationId, userId);
  await saveAnswers(organisationId, id, answers);
  const result = await submitCheck(organisationId, id, when);
  expect(result).toEqual({ ok: true, id, respondents: 1 });
  return id;
}

describe("a readiness check in the database", () => {
  test("a submitted check keeps the firm's facts as they were, whatever the firm changes later", async () => {
    const { organisationId, userId } = await smeWithUser();
    await prisma.organisation.update({ where: { id: organisationId }, data: { staffCount: 12 } });
    const id = await completeCheck(organisationId, userId, allAnswers(true), new Date());
    await prisma.organisation.update({
      where: { id: organisationId },
      data: { sector: "F", sizeBand: "medium", staffCount: 60, localAuthority: "walsall" },
    });
    expect(
      await prisma.readinessCheck.findUniqueOrThrow({
        where: { id },
        select: { sector: true, sizeBand: true, staffCount: true, localAuthority: true },
      }),
    ).toEqual({ sector: "C", sizeBand: "small", staffCount: 12, localAuthority: "dudley" });
    expect((await findResult(organisationId, id))?.facts).toEqual({
      sector: "C",
      sizeBand: "small",
      localAuthority: "dudley",
    });
  });

  test("starting twice carries on with the same check", async () => {
    const { organisationId, userId } = await smeWithUser();
    const first = await startCheck(organisationId, userId);
    expect(await startCheck(organisationId, userId)).toBe(first);
    expect((await findInProgress(organisationId))?.bank.version).toBe(currentBank.version);
  });

  test("answers from several pages add up, and a colleague's page does not wipe earlier ones", async () => {
    const { organisationId, userId } = await smeWithUser();
    const id = await startCheck(organisationId, userId);
    await saveAnswers(organisationId, id, { "strategy-lead": "yes" });
    await saveAnswers(organisationId, id, { "strategy-budget": "no" });
    expect((await findInProgress(organisationId))?.answers).toEqual({
      "strategy-lead": "yes",
      "strategy-budget": "no",
    });
  });

  test("another organisation cannot save into or read the check", async () => {
    const mine = await smeWithUser();
    const theirs = await smeWithUser();
    const id = await startCheck(mine.organisationId, mine.userId);
    expect(await saveAnswers(theirs.organisationId, id, { "strategy-lead": "yes" })).toBe(false);
    expect(await submitCheck(theirs.organisationId, id)).toEqual({
      ok: false,
      reason: "not-found",
    });
    await completeCheck(mine.organisationId, mine.userId, allAnswers(true), new Date());
    const submitted = at(await listSubmitted(mine.organisationId), 0);
    expect(await findResult(theirs.organisationId, submitted.id)).toBeNull();
  });

  test("an unfinished check cannot be sent", async () => {
    const { organisationId, userId } = await smeWithUser();
    const id = await startCheck(organisationId, userId);
    await saveAnswers(organisationId, id, { "strategy-lead": "yes" });
    expect(await submitCheck(organisationId, id)).toEqual({ ok: false, reason: "incomplete" });
  });

  test("a sent check stores its scores and never changes again", async () => {
    const { organisationId, userId } = await smeWithUser();
    const answers = allAnswers(true);
    const id = await completeCheck(organisationId, userId, answers, new Date());
    const expected = scoreCheck(currentBank, answers);
    const result = await findResult(organisationId, id);
    expect(result?.scores).toEqual({ ...expected.dimensions, overall: expected.overall });
    expect(result?.band).toBe(expected.band);
    expect(result?.bankVersion).toBe(currentBank.version);

    expect(await saveAnswers(organisationId, id, { "strategy-lead": "no" })).toBe(false);
    expect(await submitCheck(organisationId, id)).toEqual({ ok: false, reason: "not-found" });
    expect((await findResult(organisationId, id))?.answers["strategy-lead"]).toBe("yes");
  });

  test("only the newest sent check is the latest, and the one before is the previous", async () => {
    const { organisationId, userId } = await smeWithUser();
    const first = await completeCheck(
      organisationId,
      userId,
      allAnswers(false),
      new Date("2025-06-01"),
    );
    const second = await completeCheck(
      organisationId,
      userId,
      allAnswers(true),
      new Date("2026-01-01"),
    );
    const latest = await prisma.readinessCheck.findMany({
      where: { organisationId, isLatest: true },
      select: { id: true },
    });
    expect(latest).toEqual([{ id: second }]);
    const submitted = await listSubmitted(organisationId);
    expect(submitted.map((c) => c.id)).toEqual([first, second]);
    expect(at(submitted, 0).scores.overall).toBe(0);
  });

  test("two checks of one firm sent at the same moment are both kept, and exactly one is the latest", async () => {
    // The database allows one latest check per organisation (a partial unique
    // index); submitCheck moves the mark in one transaction, so it never trips it.
    const { organisationId, userId } = await smeWithUser();
    const answers = JSON.stringify(allAnswers(true));
    const create = () =>
      prisma.readinessCheck.create({
        data: { organisationId, startedById: userId, bankVersion: currentBank.version, answers },
        select: { id: true },
      });
    const [a, b] = await Promise.all([create(), create()]);
    const results = await Promise.all([
      submitCheck(organisationId, a.id),
      submitCheck(organisationId, b.id),
    ]);
    expect(results).toEqual([
      { ok: true, id: a.id, respondents: 1 },
      { ok: true, id: b.id, respondents: 1 },
    ]);
    expect(await prisma.readinessCheck.count({ where: { organisationId, isLatest: true } })).toBe(
      1,
    );
    expect(
      await prisma.readinessCheck.count({ where: { organisationId, status: "submitted" } }),
    ).toBe(2);
  });

  test("a page with a missing answer still keeps the answers that are fine", () => {
    const questions = questionsFor(currentBank, "strategy");
    const first = at(questions, 0);
    const second = at(questions, 1);
    expect(
      validAnswersOf(currentBank, "strategy", {
        [first.id]: at(first.options, 0).value,
        [second.id]: "made-up",
      }),
    ).toEqual({
      [first.id]: at(first.options, 0).value,
    });
  });

  test("stored answers that are not valid JSON read as none", () => {
    expect(parseAnswers("not json")).toEqual({});
    expect(parseAnswers('{"a":"1","b":["x"],"c":3}')).toEqual({ a: "1", b: ["x"] });
  });
});
