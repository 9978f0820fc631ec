// Reading and writing readiness checks. Every query carries the organisation id
// in its `where`: a check belongs to the organisation, so any member can carry
// on with it, and nobody else can see it (STYLE.md convention 3).
import { prisma } from "~/db.server";
import { dimensionIds, type DimensionId } from "./dimensions";
import { isCheckComplete } from "./check-state";
import { currentBank, getBank, questionsFor, type QuestionBank } from "./question-bank";
import { combineRespondents } from "./respondents";
import { scoreCheck, type Answers, type CheckScores } from "./scoring";
import { sectionSchema, type SectionValues } from "./section-form";
import type { ScoreSnapshot } from "./change";

/** Stored answers are JSON text; anything that is not question id → string(s) is dropped. */
export function parseAnswers(json: string): Answers {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const answers: Answers = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") answers[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string"))
      answers[key] = value;
  }
  return answers;
}

/** The column each dimension's score is stored in: the one map for Prisma reads and the insight SQL. */
export const scoreColumns = {
  strategy: "scoreStrategy",
  readiness: "scoreReadiness",
  workforce: "scoreWorkforce",
  data: "scoreData",
  automation: "scoreAutomation",
  cyber: "scoreCyber",
} as const satisfies Record<DimensionId, string>;

type ScoreColumns = { [D in DimensionId as (typeof scoreColumns)[D]]: number };

/**
 * What a submitted check stores of the scores its answers earn: the overall
 * score, its band and each dimension's column. submitCheck writes this; the
 * seeds and tests that make submitted checks write the same.
 */
export function storedScoresFor(bank: QuestionBank, answers: Answers) {
  return storedScoresOf(scoreCheck(bank, answers));
}

/** The stored columns of a check's scores (one respondent's or several combined). */
export function storedScoresOf(scores: CheckScores) {
  const columns = Object.fromEntries(
    dimensionIds.map((dimension) => [scoreColumns[dimension], scores.dimensions[dimension]]),
  ) as ScoreColumns;
  return { overall: scores.overall, band: scores.band, ...columns };
}

export const scoreSelect = {
  overall: true,
  band: true,
  scoreStrategy: true,
  scoreReadiness: true,
  scoreWorkforce: true,
  scoreData: true,
  scoreAutomation: true,
  scoreCyber: true,
} as const;

type ScoreRow = {
  overall: number | null;
  scoreStrategy: number | null;
  scoreReadiness: number | null;
  scoreWorkforce: number | null;
  scoreData: number | null;
  scoreAutomation: number | null;
  scoreCyber: number | null;
};

/** A submitted check's stored scores as a snapshot (missing numbers read as 0). */
export function snapshotFromRow(row: ScoreRow): ScoreSnapshot {
  return {
    strategy: row.scoreStrategy ?? 0,
    readiness: row.scoreReadiness ?? 0,
    workforce: row.scoreWorkforce ?? 0,
    data: row.scoreData ?? 0,
    automation: row.scoreAutomation ?? 0,
    cyber: row.scoreCyber ?? 0,
    overall: row.overall ?? 0,
  };
}

/**
 * Whose answers a person works on (decision 045): the one who started the check
 * answers on the check itself, so one person alone is stored exactly as before;
 * each colleague has their own copy (ReadinessResponse). A check whose starter
 * has left is answered on the check by whoever carries on.
 */
export function answersOnCheck(startedById: string | null, userId: string | undefined) {
  return userId === undefined || startedById === null || startedById === userId;
}

/**
 * The organisation's check in progress, newest first if (rarely) there are two,
 * with the answers of `userId`'s own copy (the starter's when no one is named).
 */
export async function findInProgress(organisationId: string, userId?: string) {
  const check = await prisma.readinessCheck.findFirst({
    where: { organisationId, status: "in-progress" },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      bankVersion: true,
      answers: true,
      startedAt: true,
      updatedAt: true,
      startedById: true,
      startedBy: { select: { name: true } },
    },
  });
  if (!check) return null;
  const isStarter = answersOnCheck(check.startedById, userId);
  const copy =
    isStarter || userId === undefined
      ? null
      : await prisma.readinessResponse.findUnique({
          where: { checkId_userId: { checkId: check.id, userId } },
          select: { answers: true, finishedAt: true },
        });
  return {
    id: check.id,
    bankVersion: check.bankVersion,
    startedAt: check.startedAt,
    updatedAt: check.updatedAt,
    bank: getBank(check.bankVersion),
    answers: parseAnswers(isStarter ? check.answers : (copy?.answers ?? "{}")),
    isStarter,
    startedByName: check.startedBy?.name ?? null,
    /** When a colleague sent their own copy (null for the starter, who sends the check). */
    finishedAt: copy?.finishedAt ?? null,
  };
}

/** Starts a check for the organisation, or returns the one already in progress. */
export async function startCheck(organisationId: string, userId: string) {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.readinessCheck.findFirst({
      where: { organisationId, status: "in-progress" },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    });
    if (existing) return existing.id;
    const created = await tx.readinessCheck.create({
      data: { organisationId, startedById: userId, bankVersion: currentBank.version },
      select: { id: true },
    });
    return created.id;
  });
}

/**
 * The answers of a posted section that are valid on their own. A page with one
 * missing answer still saves the others, so nothing typed is lost.
 */
export function validAnswersOf(
  bank: QuestionBank,
  dimension: DimensionId,
  values: SectionValues,
): Answers {
  const shape = sectionSchema(bank, dimension).shape;
  const valid: Answers = {};
  for (const question of questionsFor(bank, dimension)) {
    const parsed = shape[question.id]?.safeParse(values[question.id]);
    if (parsed?.success) valid[question.id] = parsed.data;
  }
  return valid;
}

/**
 * Saves answers into `userId`'s copy of the organisation's check in progress
 * (the starter's when no one is named). Returns false when there is no check
 * in progress (it was submitted meanwhile): a submitted check never changes.
 */
export async function saveAnswers(
  organisationId: string,
  checkId: string,
  answers: Answers,
  userId?: string,
) {
  return prisma.$transaction(async (tx) => {
    const check = await tx.readinessCheck.findFirst({
      where: { id: checkId, organisationId, status: "in-progress" },
      select: { answers: true, startedById: true },
    });
    if (!check) return false;
    if (!answersOnCheck(check.startedById, userId) && userId !== undefined) {
      const copy = await tx.readinessResponse.findUnique({
        where: { checkId_userId: { checkId, userId } },
        select: { answers: true },
      });
      const merged = JSON.stringify({ ...parseAnswers(copy?.answers ?? "{}"), ...answers });
      await tx.readinessResponse.upsert({
        where: { checkId_userId: { checkId, userId } },
        create: { checkId, userId, answers: merged },
        update: { answers: merged },
      });
      return true;
    }
    const merged = { ...parseAnswers(check.answers), ...answers };
    const { count } = await tx.readinessCheck.updateMany({
      where: { id: checkId, organisationId, status: "in-progress" },
      data: { answers: JSON.stringify(merged) },
    });
    return count === 1;
  });
}

export type SubmitResult =
  | { ok: true; id: string; respondents: number }
  | { ok: true; id: string; colleagueFinished: true; startedById: string | null }
  | { ok: false; reason: "not-found" | "incomplete" };

/**
 * Sends `userId`'s answers (the starter's when no one is named). The starter's
 * send scores the check from their answers and every colleague's finished copy
 * (combineRespondents: one person alone scores exactly as scoreCheck), and makes
 * it the organisation's latest, in one transaction so there is only ever one
 * latest check per organisation. A colleague's send only marks their copy
 * finished: it counts when the starter sends the check.
 */
export async function submitCheck(
  organisationId: string,
  checkId: string,
  now = new Date(),
  userId?: string,
): Promise<SubmitResult> {
  return prisma.$transaction(async (tx) => {
    const check = await tx.readinessCheck.findFirst({
      where: { id: checkId, organisationId, status: "in-progress" },
      select: {
        bankVersion: true,
        answers: true,
        startedById: true,
        // The firm's facts as they are now: the check keeps them (peer groups).
        organisation: {
          select: { sector: true, sizeBand: true, staffCount: true, localAuthority: true },
        },
        responses: {
          where: { finishedAt: { not: null } },
          select: { answers: true, userId: true },
        },
      },
    });
    if (!check) return { ok: false, reason: "not-found" } as const;
    const bank = getBank(check.bankVersion);
    if (!answersOnCheck(check.startedById, userId) && userId !== undefined) {
      const copy = await tx.readinessResponse.findUnique({
        where: { checkId_userId: { checkId, userId } },
        select: { answers: true },
      });
      if (!copy || !isCheckComplete(bank, parseAnswers(copy.answers)))
        return { ok: false, reason: "incomplete" } as const;
      await tx.readinessResponse.update({
        where: { checkId_userId: { checkId, userId } },
        data: { finishedAt: now },
      });
      return {
        ok: true,
        id: checkId,
        colleagueFinished: true,
        startedById: check.startedById,
      } as const;
    }
    const answers = parseAnswers(check.answers);
    if (!isCheckComplete(bank, answers)) return { ok: false, reason: "incomplete" } as const;
    const everyone = [
      answers,
      ...check.responses
        .filter((r) => r.userId !== userId)
        .map((r) => parseAnswers(r.answers))
        .filter((a) => isCheckComplete(bank, a)),
    ];
    await tx.readinessCheck.updateMany({
      where: { organisationId, isLatest: true },
      data: { isLatest: false },
    });
    await tx.readinessCheck.update({
      where: { id: checkId },
      data: {
        status: "submitted",
        isLatest: true,
        submittedAt: now,
        ...check.organisation,
        ...storedScoresOf(combineRespondents(bank, everyone).scores),
      },
    });
    return { ok: true, id: checkId, respondents: everyone.length } as const;
  });
}

type StoredResult = {
  id: string;
  bankVersion: string;
  submittedAt: Date | null;
  isLatest: boolean;
  band: string | null;
} & ScoreRow;

/** A stored submitted check as a result (its answers left out). */
export function resultOf(check: StoredResult) {
  return {
    id: check.id,
    bankVersion: check.bankVersion,
    bank: getBank(check.bankVersion),
    submittedAt: check.submittedAt ?? new Date(0),
    isLatest: check.isLatest,
    band: check.band ?? "",
    scores: snapshotFromRow(check),
  };
}

/**
 * A submitted check of the organisation, or null (another organisation's id
 * reads as missing). Its answers are `userId`'s own when they sent a copy of
 * it (each person sees their own answers), else the check's.
 */
export async function findResult(organisationId: string, id: string, userId?: string) {
  const check = await prisma.readinessCheck.findFirst({
    where: { id, organisationId, status: "submitted" },
    select: {
      id: true,
      bankVersion: true,
      answers: true,
      submittedAt: true,
      isLatest: true,
      sector: true,
      sizeBand: true,
      localAuthority: true,
      ...scoreSelect,
      responses: {
        where: { finishedAt: { not: null } },
        select: { answers: true, userId: true },
      },
    },
  });
  if (!check) return null;
  const own = check.responses.find((r) => r.userId === userId);
  return {
    ...resultOf(check),
    answers: parseAnswers(own?.answers ?? check.answers),
    /** Everyone's answers that made the result: the check's and each finished copy. */
    everyone: [check.answers, ...check.responses.map((r) => r.answers)].map(parseAnswers),
    /** The facts it was taken with (its peer groups). */
    facts: { sector: check.sector, sizeBand: check.sizeBand, localAuthority: check.localAuthority },
  };
}

/**
 * How many people made a sent check's result, and where they see a dimension
 * differently: null for one person alone (the page shows what it always did).
 */
export async function respondentViews(organisationId: string, id: string) {
  const check = await prisma.readinessCheck.findFirst({
    where: { id, organisationId, status: "submitted" },
    select: {
      bankVersion: true,
      answers: true,
      responses: { where: { finishedAt: { not: null } }, select: { answers: true } },
    },
  });
  if (!check || check.responses.length === 0) return null;
  const everyone = [check.answers, ...check.responses.map((r) => r.answers)].map(parseAnswers);
  return combineRespondents(getBank(check.bankVersion), everyone);
}

type StoredPrevious = { id: string; submittedAt: Date | null } & ScoreRow;

/** A check before a result, for "change since your last check". */
export const previousOf = (check: StoredPrevious) => ({
  id: check.id,
  submittedAt: check.submittedAt,
  scores: snapshotFromRow(check),
});

/** Every submitted check of the organisation, oldest first. */
export async function listSubmitted(organisationId: string) {
  const checks = await prisma.readinessCheck.findMany({
    where: { organisationId, status: "submitted" },
    orderBy: { submittedAt: "asc" },
    select: { id: true, submittedAt: true, ...scoreSelect },
  });
  return checks.map((check) => ({
    id: check.id,
    submittedAt: check.submittedAt ?? new Date(0),
    band: check.band ?? "",
    scores: snapshotFromRow(check),
  }));
}

/** What the home page and the start page need: the latest result and any check in progress. */
export async function readinessSummary(organisationId: string) {
  const [latest, inProgress] = await Promise.all([
    prisma.readinessCheck.findFirst({
      where: { organisationId, status: "submitted" },
      orderBy: { submittedAt: "desc" },
      select: { id: true, submittedAt: true, overall: true, band: true },
    }),
    prisma.readinessCheck.findFirst({
      where: { organisationId, status: "in-progress" },
      orderBy: { startedAt: "desc" },
      select: { id: true, updatedAt: true },
    }),
  ]);
  return summaryOf(latest, inProgress);
}

/** The latest result and any check in progress, as the summary shows them. */
export function summaryOf(
  latest: {
    id: string;
    submittedAt: Date | null;
    overall: number | null;
    band: string | null;
  } | null,
  inProgress: { id: string; updatedAt: Date } | null,
) {
  return {
    latest: latest
      ? {
          id: latest.id,
          submittedAt: latest.submittedAt ?? new Date(0),
          overall: latest.overall ?? 0,
          band: latest.band ?? "",
        }
      : null,
    inProgress: inProgress ? { id: inProgress.id, updatedAt: inProgress.updatedAt } : null,
  };
}
