// CSV, JSON and PDF downloads of a result, for its own organisation only.
import { notFound, requireRole } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { findResult } from "./checks.server";
import { downloadFileName } from "~/insights/csv";
import { ukDay } from "~/time/uk-time";
import { resultCsv, resultExport } from "./export";
import { bandFor, dimensionNames } from "./dimensions";
import { dimensionPeersFor, peerFactsOf, peerGroupsFor } from "./peer-groups.server";
import { resultReportPdf } from "./report-pdf.server";
import { combineRespondents } from "./respondents";
import { weakestDimensions } from "./scoring";

export async function downloadResult(
  request: Request,
  id: string | undefined,
  format: "csv" | "json" | "pdf",
) {
  const user = await requireRole(request, "sme");
  const result = await findResult(user.organisationId, id ?? "", user.id);
  if (!result) notFound();
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: user.organisationId },
    select: { id: true, name: true, sector: true, sizeBand: true, localAuthority: true },
  });
  const exported = resultExport({
    organisation: organisation.name,
    submittedAt: result.submittedAt,
    bank: result.bank,
    answers: result.answers,
    scores: result.scores,
    band: result.band,
  });
  const filename = downloadFileName("readiness-check", [], ukDay(result.submittedAt), format);
  const body =
    format === "csv"
      ? resultCsv(exported)
      : format === "json"
        ? JSON.stringify(exported, null, 2)
        : await reportFor(organisation, result, exported);
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${filename}"`,
      // A result is private to the organisation: never kept by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
} as const;

/** The PDF report: the export plus the weakest areas and the peer groups the results page shows. */
async function reportFor(
  organisation: {
    id: string;
    sector: string | null;
    sizeBand: string | null;
    localAuthority: string | null;
  },
  result: NonNullable<Awaited<ReturnType<typeof findResult>>>,
  exported: ReturnType<typeof resultExport>,
): Promise<Blob> {
  const facts = peerFactsOf(organisation, result.facts);
  const [peers, dimensionPeers] = await Promise.all([
    peerGroupsFor(facts, result.scores.overall),
    dimensionPeersFor(facts, result.scores),
  ]);
  const pdf = await resultReportPdf({
    result: exported,
    weakest: weakestDimensions(result.scores).map(({ dimension }) => ({
      name: dimensionNames[dimension],
      score: result.scores[dimension],
      recommendations: result.bank.recommendations[dimension][bandFor(result.scores[dimension])],
    })),
    peers,
    respondents: respondentsOf(result),
    dimensionPeers: dimensionPeers.map((d) => ({
      name: dimensionNames[d.dimension],
      score: d.score,
      middles: d.groups.map((g) => (g.shown ? g.median : null)),
    })),
  });
  return new Blob([new Uint8Array(pdf)], { type: contentTypes.pdf });
}

/** How many answered and where they differ, for a result several people made (null for one). */
function respondentsOf(result: NonNullable<Awaited<ReturnType<typeof findResult>>>) {
  if (result.everyone.length < 2) return null;
  const combined = combineRespondents(result.bank, result.everyone);
  return {
    count: combined.respondents,
    views: combined.views.map((v) => ({ ...v, name: dimensionNames[v.dimension] })),
  };
}
