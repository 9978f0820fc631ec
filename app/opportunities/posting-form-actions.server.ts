// The actions of the one edit page of each kind (new postings start as task-list
// drafts: vacancy-drafts.server.ts, placement-drafts.server.ts): read the form,
// parse it, call the save command, respond. The writes themselves are the commands in posting-save.server.ts.
// Ownership comes first: someone else's posting is not found, whatever was posted.
import { readFormData } from "~/forms/form-data.server";
import { notDone } from "~/command-response.server";
import { redirectWithFlash } from "~/flash.server";
import { formDataToValues, parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { checkEditable, saveApprenticeship, savePlacement } from "./posting-save.server";
import { apprenticeshipSchema, placementSchema } from "./schemas";

/** Update an apprenticeship from its form, then maybe send it for checking. */
export async function apprenticeshipFormAction(
  request: Request,
  organisationId: string,
  id: string,
) {
  const formData = await readFormData(request);
  const values = formDataToValues(formData);
  const send = formData.get("then") === "submit";
  const editable = await checkEditable("apprenticeship", id, organisationId);
  if (editable.status !== "done") return notDone(editable, values);
  const parsed = parseForm(apprenticeshipSchema, values);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await saveApprenticeship(organisationId, { postingId: id }, parsed.data, {
    send,
    now: new Date(),
  });
  if (result.status !== "done") return notDone(result, values);
  const page = `/postings/apprenticeships/${result.value.id}`;
  if (send) {
    return redirectWithFlash(
      request,
      page,
      "Your vacancy has been sent to the partnership team to check. We will email you when they have looked at it.",
    );
  }
  return redirectWithFlash(request, page, "Your vacancy has been saved as a draft.");
}

/** Update a placement from its form; "continue" goes on to the safeguarding page. */
export async function placementFormAction(request: Request, organisationId: string, id: string) {
  const formData = await readFormData(request);
  const values = formDataToValues(formData);
  const editable = await checkEditable("placement", id, organisationId);
  if (editable.status !== "done") return notDone(editable, values);
  const parsed = parseForm(placementSchema, values);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await savePlacement(organisationId, { postingId: id }, parsed.data, new Date());
  if (result.status !== "done") return notDone(result, values);
  if (formData.get("then") === "safeguarding") {
    return redirectWithFlash(
      request,
      `/postings/placements/${result.value.id}/safeguarding`,
      "Your placement has been saved. Now fill in the safeguarding checks.",
    );
  }
  return redirectWithFlash(
    request,
    `/postings/placements/${result.value.id}`,
    "Your placement has been saved as a draft.",
  );
}
