// A result as a PDF report, made on the server with pdfkit (as the EU's Digital
// Maturity Assessment gives one): the scores as a chart and a table, the weakest
// areas with what to do, the peer comparison and every answer. Tagged (PDF/UA
// structure: headings, paragraphs, lists, tables with header cells, the chart as
// a figure with its numbers as alternative text) and drawn in black and grey
// only, so it reads the same printed in black and white.
import PDFDocument from "pdfkit";
import type { PeerGroup } from "./peer-groups.server";
import type { ResultExport } from "./export";
import { MIN_PEER_GROUP } from "./peers";
import { formatDate } from "../time/format";

export type ReportInput = {
  result: ResultExport;
  weakest: { name: string; score: number; recommendations: string[] }[];
  peers: PeerGroup[];
  dimensionPeers: { name: string; score: number; middles: (number | null)[] }[];
  /** Several people answered (decision 045): how many, and each area's lowest and highest score. */
  respondents?: {
    count: number;
    views: { name: string; lowest: number; highest: number; differ: boolean }[];
  } | null;
};

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc["struct"]>;

const positionWords = { above: "above", below: "below", same: "the same as" } as const;

/** Resolves with the finished PDF. */
export function resultReportPdf(input: ReportInput): Promise<Buffer> {
  const { result } = input;
  const title = `Digital readiness results: ${result.organisation}`;
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    info: { Title: title, Author: "SkillsBridge", Subject: "Digital readiness check results" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const text = (parent: Struct, type: string, words: string, size: number, bold = false) => {
    doc
      .font(bold ? "Helvetica-Bold" : "Helvetica")
      .fontSize(size)
      .fillColor("black");
    doc.text(words, { structParent: parent, structType: type } as PDFKit.Mixins.TextOptions);
  };
  const heading = (words: string, level: 1 | 2 | 3 = 2) => {
    doc.moveDown(level === 1 ? 0 : 0.8);
    text(root, `H${level}`, words, level === 1 ? 20 : level === 2 ? 15 : 12, true);
    doc.moveDown(0.3);
  };
  const paragraph = (words: string) => text(root, "P", words, 11);
  const table = (caption: string, head: string[], rows: string[][]) => {
    text(root, "P", caption, 11, true);
    doc.moveDown(0.2);
    // Types lag the library: structParent on a table makes it a tagged Table.
    doc.table({
      structParent: root,
      data: [
        head.map((cell) => ({
          text: cell,
          type: "TH",
          scope: "Column",
          font: { src: "Helvetica-Bold" },
        })),
        ...rows.map((row) =>
          row.map((cell, i) =>
            i === 0 ? { text: cell, type: "TH", scope: "Row" } : { text: cell },
          ),
        ),
      ],
      defaultStyle: { border: 0.5, borderColor: "black", padding: 4, fontSize: 10 },
    } as unknown as PDFKit.Mixins.TableOptionsWithData);
    doc.x = doc.page.margins.left;
    doc.moveDown(0.5);
  };

  heading(title, 1);
  paragraph(
    `Sent on ${formatDate(new Date(result.submittedAt))}. Question set version ${result.questionBankVersion}.`,
  );
  heading("Overall score");
  paragraph(`${result.overall.score} out of 100: ${result.overall.band}.`);
  paragraph(
    "Bands: 0 to 25 Starting, 26 to 50 Developing, 51 to 75 Established, 76 to 100 Leading.",
  );

  if (input.respondents) {
    heading(`${input.respondents.count} people answered`);
    paragraph(
      `${input.respondents.count} people in the business answered. Each score puts their answers together. "Yes" marks an area they see differently.`,
    );
    table(
      "Where people see things differently",
      ["Area", "Lowest score", "Highest score", "Seen differently?"],
      input.respondents.views.map((v) => [
        v.name,
        String(v.lowest),
        String(v.highest),
        v.differ ? "Yes" : "No",
      ]),
    );
  }

  heading("Your scores by area");
  drawChart(doc, root, result.dimensions);
  table(
    "Scores by area",
    ["Area", "Score out of 100", "Band"],
    result.dimensions.map((d) => [d.name, String(d.score), d.band]),
  );

  heading("What to work on first");
  if (input.weakest.length === 0)
    paragraph("Every area is Leading. Keep it up, and take the check again in a year.");
  for (const weak of input.weakest) {
    heading(`${weak.name}: ${weak.score} out of 100`, 3);
    doc.font("Helvetica").fontSize(11);
    doc.list(weak.recommendations, {
      structParent: root,
      structTypes: ["LI", null, "LBody"],
    } as unknown as PDFKit.Mixins.TextOptions);
    doc.x = doc.page.margins.left;
  }

  heading("How you compare with other firms");
  paragraph(
    `We only show a group when at least ${MIN_PEER_GROUP} other firms are in it. The middle score is the median.`,
  );
  table(
    "Your overall score compared with other firms",
    ["Group", "Other firms", "Middle score", "Your score"],
    input.peers.map((g) =>
      g.shown
        ? [
            g.title,
            String(g.size),
            String(g.median),
            `${result.overall.score}: ${positionWords[g.position]} the middle`,
          ]
        : [
            g.title,
            g.size >= 1 ? `Fewer than ${MIN_PEER_GROUP}` : "None yet",
            "Not shown",
            "Not shown",
          ],
    ),
  );
  table(
    "Your score in each area and the middle score of other firms",
    ["Area", "Your score", ...input.peers.map((g) => g.title.replace(/:.*$/, ""))],
    input.dimensionPeers.map((d) => [
      d.name,
      String(d.score),
      ...d.middles.map((m) => (m === null ? "Not shown" : String(m))),
    ]),
  );

  heading("Your answers");
  let dimension: string | null = null;
  for (const answer of result.answers) {
    const name = result.dimensions.find((d) => d.id === answer.dimension)?.name ?? answer.dimension;
    if (name !== dimension) {
      heading(name, 3);
      dimension = name;
    }
    text(root, "P", answer.question, 10, true);
    text(root, "P", answer.answer.length > 0 ? answer.answer.join(", ") : "Not answered", 10);
    doc.moveDown(0.3);
  }

  root.end();
  doc.end();
  return finished;
}

/** Bars in grey with black edges and the number beside each: no colour needed. */
function drawChart(doc: Doc, root: Struct, dimensions: ResultExport["dimensions"]) {
  const alt =
    "Bar chart of your scores by area, out of 100: " +
    dimensions.map((d) => `${d.name} ${d.score}`).join(", ") +
    ". The same numbers are in the table below.";
  const left = doc.page.margins.left;
  const labelWidth = 170;
  const barWidth = 260;
  const barHeight = 14;
  if (doc.y + dimensions.length * (barHeight + 8) > doc.page.height - doc.page.margins.bottom)
    doc.addPage();
  const top = doc.y;
  // The closure's drawing is the figure's content; readers get `alt` instead.
  root.add(
    doc.struct("Figure", { alt }, () => {
      doc.font("Helvetica").fontSize(10).fillColor("black");
      dimensions.forEach((d, i) => {
        const y = top + i * (barHeight + 8);
        doc.text(d.name, left, y + 2, { width: labelWidth, lineBreak: false });
        doc
          .rect(left + labelWidth, y, barWidth, barHeight)
          .lineWidth(0.5)
          .stroke("black");
        if (d.score > 0)
          doc
            .rect(left + labelWidth, y, (barWidth * d.score) / 100, barHeight)
            .fillAndStroke("#777777", "black");
        doc
          .fillColor("black")
          .text(String(d.score), left + labelWidth + barWidth + 8, y + 2, { lineBreak: false });
      });
    }),
  );
  doc.x = left;
  doc.y = top + dimensions.length * (barHeight + 8) + 10;
}
