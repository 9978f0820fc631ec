// Saving the posting forms: shared by the new and edit pages of each kind.
import { redirectWithFlash } from "~/flash.server";
import { formDataToValues, parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { prisma } from "~/db.server";
import { canEdit, isPostingState } from "./posting-state";
import { submitPosting } from "./postings.server";
import { apprenticeshipData, placementData } from "./records";
import {
  apprenticeshipSchema,
  apprenticeshipSubmitErrors,
  placementSchema,
  placementSubmitErrors,
} from "./schemas";

export const editOnlyMessage =
  "Only a draft, or a posting with changes asked for, can be changed. Close it and make a copy to post it again.";

/** Create (no id) or update an apprenticeship from its form, then maybe send it for checking. */
export async function saveApprenticeship(request: Request, organisationId: string, id: string | null) {
  const formData = await request.formData();
  const values = formDataToValues(formData);
  const now = new Date();
  const sending = formData.get("then") === "submit";
  let firstPublication = true;
  if (id) {
    // Ownership first: someone else's posting is not found, whatever was posted.
    const row = await prisma.apprenticeship.findFirst({
      where: { id, organisationId },
      select: { state: true, firstPublishedAt: true },
    });
    if (!row) throw new Response("Not found", { status: 404 });
    if (!isPostingState(row.state) || !canEdit(row.state)) return invalid({ form: editOnlyMessage }, values);
    firstPublication = row.firstPublishedAt === null;
  }
  const parsed = parseForm(apprenticeshipSchema, values);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (sending) {
    // Rules that need today's date; nothing is saved until they pass.
    const errors = apprenticeshipSubmitErrors(parsed.data, now, firstPublication);
    if (Object.keys(errors).length > 0) return invalid(errors as Record<string, string>, values);
  }
  const data = apprenticeshipData(parsed.data);
  const saved = id
    ? (await prisma.apprenticeship.updateMany({ where: { id, organisationId, state: { in: ["draft", "changes-requested"] } }, data }), { id })
    : await prisma.apprenticeship.create({ data: { ...data, organisationId }, select: { id: true } });
  const page = `/postings/apprenticeships/${saved.id}`;
  if (sending) {
    const result = await submitPosting("apprenticeship", saved.id, organisationId, now);
    if (result && !result.ok) return invalid(result.errors, values);
    return redirectWithFlash(request, page, "Your vacancy has been sent to the partnership team to check. We will email you when they have looked at it.");
  }
  return redirectWithFlash(request, page, "Your vacancy has been saved as a draft.");
}

/** Create or update a placement from its form; "continue" goes on to the safeguarding page. */
export async function savePlacement(request: Request, organisationId: string, id: string | null) {
  const formData = await request.formData();
  const values = formDataToValues(formData);
  if (id) {
    const row = await prisma.placement.findFirst({ where: { id, organisationId }, select: { state: true } });
    if (!row) throw new Response("Not found", { status: 404 });
    if (!isPostingState(row.state) || !canEdit(row.state)) return invalid({ form: editOnlyMessage }, values);
  }
  const parsed = parseForm(placementSchema, values);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const errors = placementSubmitErrors(parsed.data, new Date());
  if (Object.keys(errors).length > 0) return invalid(errors as Record<string, string>, values);
  const data = placementData(parsed.data);
  const saved = id
    ? (await prisma.placement.updateMany({ where: { id, organisationId, state: { in: ["draft", "changes-requested"] } }, data }), { id })
    : await prisma.placement.create({ data: { ...data, organisationId }, select: { id: true } });
  if (formData.get("then") === "safeguarding") {
    return redirectWithFlash(request, `/postings/placements/${saved.id}/safeguarding`, "Your placement has been saved. Now fill in the safeguarding checks.");
  }
  return redirectWithFlash(request, `/postings/placements/${saved.id}`, "Your placement has been saved as a draft.");
}
