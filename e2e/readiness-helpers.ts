import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { storedScoresFor } from "../app/readiness/checks.server";
import { dimensionIds, type DimensionId } from "../app/readiness/dimensions";
import { currentBank, questionsFor, type Question } from "../app/readiness/question-bank";
import type { Answers } from "../app/readiness/scoring";
import { at } from "../tests/at";
import { expect } from "./fixtures";
import type { prisma } from "../app/db.server";

type Db = typeof prisma;

/** A sector value no other test uses, so peer groups never mix between parallel tests. */
export function uniqueSector() {
  return `e2e-${crypto.randomBytes(4).toString("hex")}`;
}

/** "best" picks the top answer everywhere, "worst" the bottom one. */
export function answerFor(question: Question, pick: "best" | "worst"): string | string[] {
  if (question.style === "multi") {
    return pick === "best"
      ? question.options.filter((o) => o.value !== "none").map((o) => o.value)
      : ["none"];
  }
  const sorted = [...question.options].sort((a, b) => a.points - b.points);
  return at(sorted, pick === "best" ? -1 : 0, `option of ${question.id}`).value;
}

export function allAnswers(pick: "best" | "worst"): Answers {
  return Object.fromEntries(currentBank.questions.map((q) => [q.id, answerFor(q, pick)]));
}

/** Ticks the answers of one section by their labels, inside each question's group. */
export async function answerSection(
  page: Page,
  dimension: DimensionId,
  pick: "best" | "worst",
  skip: string[] = [],
) {
  for (const question of questionsFor(currentBank, dimension)) {
    if (skip.includes(question.id)) continue;
    const group = page.getByRole("group", { name: question.text });
    const chosen = answerFor(question, pick);
    for (const value of typeof chosen === "string" ? [chosen] : chosen) {
      const label = question.options.find((o) => o.value === value)!.label;
      await group.getByLabel(label, { exact: true }).check();
    }
  }
}

/** Answers every section from where the user is, ending on "Check your answers". */
export async function answerAllSections(page: Page, pick: "best" | "worst", from = 0) {
  for (const [index, dimension] of dimensionIds.entries()) {
    if (index < from) continue;
    await expect(page.getByText(`Section ${index + 1} of ${dimensionIds.length}`)).toBeVisible();
    await answerSection(page, dimension, pick);
    await page.getByRole("button", { name: "Save and continue" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
}

/** A submitted check straight in the database, scored like the real one. */
export async function seedSubmittedCheck(
  db: Db,
  organisationId: string,
  options: { answers?: Answers; overall?: number; submittedAt?: Date; isLatest?: boolean } = {},
) {
  const answers = options.answers ?? allAnswers("worst");
  const scores = storedScoresFor(currentBank, answers);
  if (options.isLatest !== false) {
    await db.readinessCheck.updateMany({
      where: { organisationId, isLatest: true },
      data: { isLatest: false },
    });
  }
  return db.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: currentBank.version,
      status: "submitted",
      answers: JSON.stringify(answers),
      isLatest: options.isLatest ?? true,
      ...scores,
      overall: options.overall ?? scores.overall,
      submittedAt: options.submittedAt ?? new Date(),
    },
    select: { id: true },
  });
}
