import { describe, expect, test } from "vitest";
import { at } from "../../tests/at";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import { prisma } from "~/db.server";
import {
  findInProgress,
  findResult,
  respondentViews,
  saveAnswers,
  startCheck,
} from "./checks.server";
import { dimensionIds } from "./dimensions";
import { currentBank, questionsFor } from "./question-bank";
import { combineRespondents } from "./respondents";
import { askColleagues, colleaguesOf, sendAnswers } from "./respondents.server";
import { scoreCheck, type Answers } from "./scoring";

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

async function firmOfTwo() {
  const starter = await makeUser("sme");
  const colleague = await makeUser("sme", { organisationId: starter.organisationId });
  const names = await prisma.user.findMany({
    where: { organisationId: starter.organisationId },
    select: { id: true, name: true },
  });
  const nameOf = (id: string) => names.find((n) => n.id === id)!.name;
  return {
    organisationId: starter.organisationId,
    starter: { ...starter, name: nameOf(starter.id) },
    colleague: { ...colleague, name: nameOf(colleague.id) },
  };
}

describe("several people in one firm answer the readiness check", () => {
  test("each answers their own copy; the starter's send combines every finished copy", async () => {
    const { organisationId, starter, colleague } = await firmOfTwo();
    const checkId = await startCheck(organisationId, starter.id);
    // The colleague "starts" too: they get their own copy of the same check.
    expect(await startCheck(organisationId, colleague.id)).toBe(checkId);
    const best = allAnswers(true);
    const worst = allAnswers(false);
    await saveAnswers(organisationId, checkId, best, starter.id);
    await saveAnswers(organisationId, checkId, worst, colleague.id);
    // Each sees their own answers, not the other's.
    expect((await findInProgress(organisationId, starter.id))?.answers).toEqual(best);
    const theirs = await findInProgress(organisationId, colleague.id);
    expect(theirs?.answers).toEqual(worst);
    expect(theirs?.isStarter).toBe(false);

    // The colleague's send marks their copy finished and tells the starter.
    const sent = await sendAnswers({ ...colleague, organisationId }, checkId);
    expect(sent).toEqual({
      ok: true,
      id: checkId,
      colleagueFinished: true,
      startedById: starter.id,
    });
    expect(
      await prisma.readinessCheck.findUniqueOrThrow({
        where: { id: checkId },
        select: { status: true },
      }),
    ).toEqual({ status: "in-progress" });
    expect(outboxFor(starter.email).map((m) => m.subject)).toContain(
      `${colleague.name} has answered the readiness check`,
    );
    expect(
      await prisma.notification.count({
        where: { userId: starter.id, message: { contains: colleague.name } },
      }),
    ).toBe(1);

    const result = await sendAnswers({ ...starter, organisationId }, checkId);
    expect(result).toEqual({ ok: true, id: checkId, respondents: 2 });
    const combined = combineRespondents(currentBank, [best, worst]);
    const stored = await findResult(organisationId, checkId, starter.id);
    expect(stored?.scores.overall).toBe(combined.scores.overall);
    for (const d of dimensionIds) expect(stored?.scores[d]).toBe(combined.scores.dimensions[d]);
    // The best and the worst answers are far apart in every area.
    const views = await respondentViews(organisationId, checkId);
    expect(views?.respondents).toBe(2);
    expect(views?.views.every((v) => v.differ && v.lowest === 0 && v.highest === 100)).toBe(true);
    // Each person's downloads carry their own answers.
    expect(stored?.answers).toEqual(best);
    expect((await findResult(organisationId, checkId, colleague.id))?.answers).toEqual(worst);
  });

  test("one person alone scores and stores exactly as before, with no views", async () => {
    const { organisationId, starter } = await firmOfTwo();
    const checkId = await startCheck(organisationId, starter.id);
    const best = allAnswers(true);
    await saveAnswers(organisationId, checkId, best, starter.id);
    expect(await sendAnswers({ ...starter, organisationId }, checkId)).toEqual({
      ok: true,
      id: checkId,
      respondents: 1,
    });
    expect((await findResult(organisationId, checkId))?.scores.overall).toBe(
      scoreCheck(currentBank, best).overall,
    );
    expect(await respondentViews(organisationId, checkId)).toBeNull();
  });

  test("a colleague's copy that is not finished is left out of the result", async () => {
    const { organisationId, starter, colleague } = await firmOfTwo();
    const checkId = await startCheck(organisationId, starter.id);
    const best = allAnswers(true);
    await saveAnswers(organisationId, checkId, best, starter.id);
    await saveAnswers(organisationId, checkId, allAnswers(false), colleague.id);
    expect(await sendAnswers({ ...starter, organisationId }, checkId)).toEqual({
      ok: true,
      id: checkId,
      respondents: 1,
    });
    expect((await findResult(organisationId, checkId))?.scores.overall).toBe(100);
    // The check is sent: a colleague's copy cannot be saved any more.
    expect(await saveAnswers(organisationId, checkId, best, colleague.id)).toBe(false);
  });

  test("a colleague cannot send an unfinished copy", async () => {
    const { organisationId, starter, colleague } = await firmOfTwo();
    const checkId = await startCheck(organisationId, starter.id);
    await saveAnswers(organisationId, checkId, { "strategy-lead": "yes" }, colleague.id);
    expect(await sendAnswers({ ...colleague, organisationId }, checkId)).toEqual({
      ok: false,
      reason: "incomplete",
    });
  });

  test("asking colleagues: a notice and an email to each; never someone of another firm", async () => {
    const { organisationId, starter, colleague } = await firmOfTwo();
    const stranger = await makeUser("sme");
    const checkId = await startCheck(organisationId, starter.id);
    const before = await colleaguesOf(organisationId, checkId, starter.id);
    expect(before.map((c) => [c.id, c.state])).toEqual([[colleague.id, "not-asked"]]);

    const asked = await askColleagues({ ...starter, organisationId }, checkId, [
      colleague.id,
      stranger.id,
    ]);
    expect(asked).toEqual({ status: "done", value: { asked: [colleague.name] } });
    expect(outboxFor(colleague.email).map((m) => m.subject)).toContain(
      "Please answer your business's digital readiness check",
    );
    expect(outboxFor(stranger.email)).toEqual([]);
    expect(await prisma.notification.count({ where: { userId: colleague.id } })).toBe(1);
    expect(await prisma.readinessResponse.count({ where: { userId: stranger.id } })).toBe(0);
    const after = await colleaguesOf(organisationId, checkId, starter.id);
    expect(after.map((c) => c.state)).toEqual(["asked"]);

    // Only strangers: refused under the field, nothing written.
    expect(await askColleagues({ ...starter, organisationId }, checkId, [stranger.id])).toEqual({
      status: "refused",
      reason: "Choose colleagues from the list",
      field: "colleagues",
    });
    // Another firm's check reads as missing.
    const strangerFirm = { ...stranger, name: "Stranger" };
    expect(await askColleagues(strangerFirm, checkId, [colleague.id])).toEqual({
      status: "not-found",
    });
  });

  test("once the check is sent, no one can be asked to answer it", async () => {
    const { organisationId, starter, colleague } = await firmOfTwo();
    const checkId = await startCheck(organisationId, starter.id);
    await saveAnswers(organisationId, checkId, allAnswers(true), starter.id);
    await sendAnswers({ ...starter, organisationId }, checkId);
    expect(await askColleagues({ ...starter, organisationId }, checkId, [colleague.id])).toEqual({
      status: "refused",
      reason: "This check has been sent, so no one else can answer it now.",
      field: "colleagues",
    });
  });
});
