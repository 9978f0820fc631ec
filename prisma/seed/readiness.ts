import { prisma } from "../../app/db.server";
import { storedScoresFor } from "../../app/readiness/checks.server";
import { dimensionIds, type DimensionId } from "../../app/readiness/dimensions";
import { currentBank, questionsFor } from "../../app/readiness/question-bank";
import type { Answers } from "../../app/readiness/scoring";
import { idOf, type DemoContext } from "./demo";

// Readiness checks for the demo: the demo SME has three checks over the past
// year (so history and "change since last time" show), and most other SMEs have
// one, so the region-wide comparison has enough firms. Sector groups stay too
// small to show, which is the honest answer for 12 firms.

/** How far along each dimension a firm is, 0 to 1. */
type Levels = Record<DimensionId, number>;

/** Answers that match the levels: a higher level picks a better answer. */
function answersAt(levels: Levels): Answers {
  const answers: Answers = {};
  for (const dimension of dimensionIds) {
    const level = Math.max(0, Math.min(1, levels[dimension]));
    for (const [index, question] of questionsFor(currentBank, dimension).entries()) {
      // A small wobble per question, so a section is not all the same answer.
      const wobble = ((index % 3) - 1) * 0.1;
      const here = Math.max(0, Math.min(1, level + wobble));
      if (question.style === "multi") {
        const real = question.options.filter((o) => o.value !== "none");
        const count = Math.round(here * real.length);
        answers[question.id] = count === 0 ? ["none"] : real.slice(0, count).map((o) => o.value);
      } else {
        const sorted = [...question.options].sort((a, b) => a.points - b.points);
        // In range: `here` is between 0 and 1, and every question has options.
        answers[question.id] = sorted[Math.round(here * (sorted.length - 1))]!.value;
      }
    }
  }
  return answers;
}

function levels(
  strategy: number,
  readiness: number,
  workforce: number,
  data: number,
  automation: number,
  cyber: number,
): Levels {
  return { strategy, readiness, workforce, data, automation, cyber };
}

async function submitted(
  ctx: DemoContext,
  key: string,
  daysAgo: number,
  at: Levels,
  isLatest: boolean,
) {
  const answers = answersAt(at);
  const submittedAt = new Date(ctx.now.getTime() - daysAgo * 86_400_000);
  await prisma.readinessCheck.create({
    data: {
      organisationId: idOf(ctx.orgs, key),
      startedById: ctx.users[key] ?? null,
      bankVersion: currentBank.version,
      status: "submitted",
      answers: JSON.stringify(answers),
      isLatest,
      ...storedScoresFor(currentBank, answers),
      startedAt: new Date(submittedAt.getTime() - 20 * 60_000),
      submittedAt,
    },
  });
}

export async function seedReadiness(ctx: DemoContext) {
  // The demo SME improves over a year, with mentoring on data and cyber security.
  await submitted(ctx, "sme", 330, levels(0.3, 0.5, 0.3, 0.15, 0.1, 0.2), false);
  await submitted(ctx, "sme", 190, levels(0.45, 0.6, 0.4, 0.3, 0.15, 0.45), false);
  await submitted(ctx, "sme", 30, levels(0.55, 0.7, 0.5, 0.5, 0.25, 0.65), true);

  // One check each for most other SMEs; sme12 has not taken it yet.
  const others: [string, number, Levels][] = [
    ["sme2", 60, levels(0.2, 0.5, 0.3, 0.2, 0.1, 0.2)],
    ["sme3", 120, levels(0.6, 0.7, 0.5, 0.6, 0.5, 0.6)],
    ["sme4", 45, levels(0.4, 0.6, 0.4, 0.5, 0.3, 0.3)],
    ["sme5", 200, levels(0.3, 0.6, 0.5, 0.4, 0.2, 0.7)],
    ["sme6", 15, levels(0.1, 0.3, 0.2, 0.1, 0.0, 0.1)],
    ["sme7", 90, levels(0.7, 0.8, 0.7, 0.8, 0.6, 0.8)],
    ["sme8", 75, levels(0.3, 0.5, 0.4, 0.2, 0.2, 0.3)],
    ["sme9", 150, levels(0.2, 0.4, 0.2, 0.2, 0.1, 0.3)],
    ["sme10", 20, levels(0.4, 0.5, 0.3, 0.3, 0.2, 0.4)],
    ["sme11", 240, levels(0.5, 0.6, 0.6, 0.7, 0.3, 0.7)],
  ];
  for (const [key, daysAgo, at] of others) await submitted(ctx, key, daysAgo, at, true);
}
