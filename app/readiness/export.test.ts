import { describe, expect, test } from "vitest";
import { answerLabels, csvCell, resultCsv, resultExport } from "./export";
import { currentBank } from "./question-bank";

const scores = {
  strategy: 10,
  readiness: 20,
  workforce: 30,
  data: 40,
  automation: 50,
  cyber: 80,
  overall: 38,
};

describe("downloads of a result", () => {
  test("answers read as their labels from the result's own bank", () => {
    const question = currentBank.questions.find((q) => q.id === "strategy-lead")!;
    expect(answerLabels(question, "partly")).toEqual(["Partly"]);
    expect(answerLabels(question, undefined)).toEqual([]);
  });

  test("the JSON holds the version, every area and every question", () => {
    const result = resultExport({
      organisation: "Brindley Print Works",
      submittedAt: new Date("2026-03-01T10:00:00Z"),
      bank: currentBank,
      answers: { "strategy-lead": "yes" },
      scores,
      band: "Developing",
    });
    expect(result.questionBankVersion).toBe(currentBank.version);
    expect(result.overall).toEqual({ score: 38, band: "Developing" });
    expect(result.dimensions.find((d) => d.id === "cyber")).toMatchObject({
      score: 80,
      band: "Leading",
    });
    expect(result.answers).toHaveLength(currentBank.questions.length);
    expect(result.answers.find((a) => a.questionId === "strategy-lead")).toMatchObject({
      values: ["yes"],
      answer: ["Yes"],
    });
  });

  test("a CSV cell is quoted when needed and never runs as a formula", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('Say "hi", then')).toBe('"Say ""hi"", then"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-3)).toBe("-3");
  });

  test("the CSV has a header, the overall score and a row per area", () => {
    const csv = resultCsv(
      resultExport({
        organisation: "=Firm",
        submittedAt: new Date("2026-03-01T10:00:00Z"),
        bank: currentBank,
        answers: {},
        scores,
        band: "Developing",
      }),
    );
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("Type,Area,Question,Answer,Score (0 to 100),Band");
    expect(lines[1]).toBe("Overall,,,,38,Developing");
    expect(lines).toContain("Area score,Cyber security,,,80,Leading");
    expect(lines).toContain("Organisation,'=Firm,,,,");
    expect(lines).toContain("Date,2026-03-01,,,,");
  });

  test("the CSV's date is the day in the UK: half past midnight on 1 April (summer time) is 1 April", () => {
    const csv = resultCsv(
      resultExport({
        organisation: "Firm",
        submittedAt: new Date("2026-03-31T23:30:00Z"),
        bank: currentBank,
        answers: {},
        scores,
        band: "Developing",
      }),
    );
    expect(csv.split("\r\n")).toContain("Date,2026-04-01,,,,");
  });
});
