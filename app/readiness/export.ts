// A result as a download (CSV for spreadsheets, JSON for other systems) and the
// answers in words for "check your answers". Labels come from the bank version
// that produced the result, so old results read as they were answered.
import { bandFor, dimensionIds, dimensionNames, type DimensionId } from "./dimensions";
import type { ScoreSnapshot } from "./change";
import { questionsFor, type Question, type QuestionBank } from "./question-bank";
import type { Answers } from "./scoring";
import { ukDay } from "../time/uk-time";

/** The chosen options' labels, in the bank's order; empty when not answered. */
export function answerLabels(question: Question, answer: string | string[] | undefined): string[] {
  const chosen = new Set(typeof answer === "string" ? [answer] : (answer ?? []));
  return question.options
    .filter((option) => chosen.has(option.value))
    .map((option) => option.label);
}

export type ResultExport = {
  organisation: string;
  submittedAt: string;
  questionBankVersion: string;
  overall: { score: number; band: string };
  dimensions: { id: DimensionId; name: string; score: number; band: string }[];
  answers: {
    questionId: string;
    dimension: DimensionId;
    question: string;
    values: string[];
    answer: string[];
  }[];
};

export function resultExport(input: {
  organisation: string;
  submittedAt: Date;
  bank: QuestionBank;
  answers: Answers;
  scores: ScoreSnapshot;
  band: string;
}): ResultExport {
  const { bank, answers, scores } = input;
  return {
    organisation: input.organisation,
    submittedAt: input.submittedAt.toISOString(),
    questionBankVersion: bank.version,
    overall: { score: scores.overall, band: input.band },
    dimensions: dimensionIds.map((id) => ({
      id,
      name: dimensionNames[id],
      score: scores[id],
      band: bandFor(scores[id]),
    })),
    answers: dimensionIds.flatMap((dimension) =>
      questionsFor(bank, dimension).map((question) => {
        const answer = answers[question.id];
        return {
          questionId: question.id,
          dimension,
          question: question.text,
          values: typeof answer === "string" ? [answer] : (answer ?? []),
          answer: answerLabels(question, answer),
        };
      }),
    ),
  };
}

/**
 * One CSV cell. Quotes when needed, and defuses text a spreadsheet would run as
 * a formula (an organisation name is typed by a user).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table: a row per score, then a row per answer. */
export function resultCsv(result: ResultExport): string {
  const rows: (string | number)[][] = [
    ["Type", "Area", "Question", "Answer", "Score (0 to 100)", "Band"],
    ["Overall", "", "", "", result.overall.score, result.overall.band],
    ...result.dimensions.map((d) => ["Area score", d.name, "", "", d.score, d.band]),
    ...result.answers.map((a) => [
      "Answer",
      dimensionNames[a.dimension],
      a.question,
      a.answer.join("; "),
      "",
      "",
    ]),
    ["Organisation", result.organisation, "", "", "", ""],
    // The day in the UK, as the results page shows it.
    ["Date", ukDay(new Date(result.submittedAt)), "", "", "", ""],
    ["Question bank version", result.questionBankVersion, "", "", "", ""],
  ];
  // CRLF line ends, as RFC 4180 asks; spreadsheets open either.
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
