// A submitted readiness check for tests that need a result page or weakest areas.
import { saveAnswers, startCheck, submitCheck } from "~/readiness/checks.server";
import { dimensionIds } from "~/readiness/dimensions";
import { currentBank, questionsFor } from "~/readiness/question-bank";
import type { Answers } from "~/readiness/scoring";

/** Every question answered: the first half of the dimensions at their best, the rest at their worst. */
export function mixedAnswers(): Answers {
  const answers: Answers = {};
  dimensionIds.forEach((dimension, index) => {
    const best = index < dimensionIds.length / 2;
    for (const q of questionsFor(currentBank, dimension)) {
      const sorted = [...q.options].sort((a, b) => a.points - b.points);
      const pick = best ? sorted[sorted.length - 1]! : sorted[0]!;
      answers[q.id] =
        q.style === "multi"
          ? best
            ? q.options.filter((o) => o.value !== "none").map((o) => o.value)
            : ["none"]
          : pick.value;
    }
  });
  return answers;
}

/** Starts, fills and submits a check for the firm; returns its id. */
export async function completedCheck(organisationId: string, userId: string, when = new Date()) {
  const id = await startCheck(organisationId, userId);
  await saveAnswers(organisationId, id, mixedAnswers());
  const result = await submitCheck(organisationId, id, when);
  if (!result.ok) throw new Error(`The check was not submitted: ${result.reason}`);
  return id;
}
