import zlib from "node:zlib";
import { describe, expect, test } from "vitest";
import { pdfText } from "../../tests/pdf-text";
import { bandFor, dimensionNames } from "./dimensions";
import { answerLabels, resultExport } from "./export";
import { currentBank } from "./question-bank";
import { resultReportPdf, type ReportInput } from "./report-pdf.server";
import { scoreCheck, weakestDimensions, type Answers } from "./scoring";

// The top answer everywhere, but the lowest for data and cyber questions.
const answers: Answers = Object.fromEntries(
  currentBank.questions.map((q) => {
    const low = q.dimension === "data" || q.dimension === "cyber";
    if (q.style === "multi")
      return [
        q.id,
        low ? ["none"] : q.options.filter((o) => o.value !== "none").map((o) => o.value),
      ];
    const sorted = [...q.options].sort((a, b) => a.points - b.points);
    return [q.id, (low ? sorted[0] : sorted[sorted.length - 1])?.value ?? ""];
  }),
);
const scored = scoreCheck(currentBank, answers);
const scores = { overall: scored.overall, ...scored.dimensions };

async function report(respondents: ReportInput["respondents"] = null) {
  const pdf = await resultReportPdf({
    respondents,
    result: resultExport({
      organisation: "Acme Widgets",
      submittedAt: new Date("2026-11-20T10:00:00Z"),
      bank: currentBank,
      answers,
      scores,
      band: scored.band,
    }),
    weakest: weakestDimensions(scores).map(({ dimension }) => ({
      name: dimensionNames[dimension],
      score: scores[dimension],
      recommendations: currentBank.recommendations[dimension][bandFor(scores[dimension])],
    })),
    peers: [
      {
        kind: "sector",
        title: "Same sector: Manufacturing",
        shown: true,
        size: 7,
        median: 48,
        position: "above",
        percentBelow: 71,
      },
      { kind: "area", title: "Same area: Walsall", shown: false, size: 3, reason: "small" },
    ],
    dimensionPeers: [
      { name: "Data management", score: 0, middles: [35, null] },
      { name: "Cyber security", score: 0, middles: [52.5, null] },
    ],
  });
  return { pdf, text: pdfText(pdf) };
}

describe("the PDF report of a result", () => {
  test("is a PDF with the title, scores, chart numbers and table", async () => {
    const { pdf, text } = await report();
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    expect(text).toContain("Digital readiness results: Acme Widgets");
    expect(text).toContain("Sent on 20 November 2026.");
    expect(text).toContain(`${scored.overall} out of 100: ${scored.band}.`);
    expect(text).toContain("Scores by area");
    expect(text).toContain("Score out of 100");
    // The chart draws each area's name and its number, one after the other.
    for (const [dimension, score] of Object.entries(scored.dimensions))
      expect(text).toContain(
        `${dimensionNames[dimension as keyof typeof dimensionNames]}\n${score}\n`,
      );
  });

  test("has the weakest areas with their recommendations", async () => {
    const { text } = await report();
    expect(text).toContain("What to work on first");
    expect(text).toContain("Data management: 0 out of 100");
    expect(text).toContain("Cyber security: 0 out of 100");
    const first = currentBank.recommendations.data.Starting[0] ?? "";
    // A long line wraps: compare the first words.
    expect(text.replace(/\s+/g, " ")).toContain(first.split(" ").slice(0, 4).join(" "));
  });

  test("has the peer comparison, small groups not shown", async () => {
    const text = (await report()).text.replace(/\s+/g, " ");
    expect(text).toContain("Your overall score compared with other firms");
    expect(text).toContain("Same sector: Manufacturing");
    expect(text).toContain("48");
    expect(text).toContain(`${scored.overall}: above the middle`);
    expect(text).toContain("Fewer than 5");
    expect(text).toContain("Your score in each area and the middle score of other firms");
    expect(text).toContain("52.5");
    expect(text).toContain("Not shown");
  });

  test("has every answer, in words", async () => {
    const { text } = await report();
    const flat = text.replace(/\s+/g, " ");
    for (const question of currentBank.questions) {
      expect(flat).toContain(question.text.split(" ").slice(0, 5).join(" "));
      const labels = answerLabels(question, answers[question.id]);
      expect(flat).toContain(labels[0] ?? "Not answered");
    }
  });

  test("is tagged for screen readers: language, title, structure, a figure with alt text, table headers", async () => {
    const { pdf } = await report();
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain("/Lang (en-GB)");
    expect(raw).toContain("/DisplayDocTitle true");
    for (const tag of ["/H1", "/H2", "/P", "/Table", "/TH", "/TD", "/Figure", "/LI"])
      expect(raw, tag).toContain(`/S ${tag}`);
    expect(raw).toMatch(/\/Alt \(Bar chart of your scores by area/);
  });

  test("uses only black, white and greys, so it prints the same in black and white", async () => {
    const { pdf } = await report();
    const raw = pdf.toString("latin1");
    const colours: string[] = [];
    for (const m of raw.matchAll(/stream\r?\n/g)) {
      const start = (m.index ?? 0) + m[0].length;
      const end = raw.indexOf("endstream", start);
      let content: string;
      try {
        content = zlib.inflateSync(pdf.subarray(start, end)).toString("latin1");
      } catch {
        continue;
      }
      for (const c of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (scn|SCN|rg|RG)\b/g))
        colours.push(`${c[1]} ${c[2]} ${c[3]}`);
    }
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) {
      const [r, g, b] = colour.split(" ");
      expect(r === g && g === b, colour).toBe(true);
    }
  });
});

describe("the PDF report of several people's answers", () => {
  test("says how many answered and where they see things differently; one person's says nothing of it", async () => {
    const { text } = await report({
      count: 3,
      views: [
        { name: "Data management", lowest: 10, highest: 70, differ: true },
        { name: "Cyber security", lowest: 40, highest: 50, differ: false },
      ],
    });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("3 people answered");
    expect(flat).toContain("Where people see things differently");
    expect(flat).toMatch(/Data management 10 70 Yes/);
    expect(flat).toMatch(/Cyber security 40 50 No/);
    expect((await report()).text).not.toContain("people answered");
  });
});
