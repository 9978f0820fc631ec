// CSV and JSON downloads of a result, for its own organisation only.
import { notFound, requireRole } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { findResult } from "./checks.server";
import { ukDay } from "~/time/uk-time";
import { resultCsv, resultExport } from "./export";

export async function downloadResult(
  request: Request,
  id: string | undefined,
  format: "csv" | "json",
) {
  const user = await requireRole(request, "sme");
  const result = await findResult(user.organisationId, id ?? "");
  if (!result) notFound();
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: user.organisationId },
    select: { name: true },
  });
  const exported = resultExport({
    organisation: organisation.name,
    submittedAt: result.submittedAt,
    bank: result.bank,
    answers: result.answers,
    scores: result.scores,
    band: result.band,
  });
  const filename = `readiness-check-${ukDay(result.submittedAt)}.${format}`;
  const body = format === "csv" ? resultCsv(exported) : JSON.stringify(exported, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type":
        format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // A result is private to the organisation: never kept by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
