import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseFormPart } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { SafeguardingFields } from "~/opportunities/placement-form";
import {
  checkEditable,
  editOnlyMessage,
  saveSafeguarding,
} from "~/opportunities/posting-save.server";
import { canEdit, postingStateOf } from "~/opportunities/posting-state";
import { safeguardingComplete } from "~/opportunities/placement-rules";
import {
  asksStaffCount,
  safeguardingFormValues,
  safeguardingRecord,
  safeguardingSelect,
  staffCountFor,
} from "~/opportunities/records";
import { safeguardingSchema } from "~/opportunities/schemas";

export const meta: MetaFunction = () => [{ title: "Safeguarding checks - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const row = await prisma.placement.findFirst({
    where: { id: params.id, organisationId: user.organisationId },
    select: {
      id: true,
      title: true,
      state: true,
      ...safeguardingSelect,
      organisation: { select: { sizeBand: true } },
    },
  });
  if (!row) notFound();
  if (!canEdit(postingStateOf(row.state))) throw new Response(editOnlyMessage, { status: 403 });
  // Found by the user's own organisation, so it is there.
  const sizeBand = row.organisation?.sizeBand ?? null;
  return {
    id: row.id,
    title: row.title,
    values: safeguardingFormValues(row),
    askStaffCount: asksStaffCount(sizeBand),
    stillNeeded: safeguardingComplete(
      safeguardingRecord(row),
      staffCountFor(sizeBand, row.staffCount),
    ).map((m) => m.message),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const id = params.id ?? "";
  // Someone else's placement is not found, whatever was posted.
  const formData = await readFormData(request);
  const editable = await checkEditable("placement", id, user.organisationId);
  if (editable.status === "not-found") notFound();
  // What passes its check is saved, even when other answers do not (or are not given yet).
  const part = parseFormPart(safeguardingSchema, formData);
  if (editable.status !== "done") return notDone(editable, part.values);
  const result = await saveSafeguarding(user.organisationId, id, part.data);
  if (result.status !== "done") return notDone(result, part.values);
  if (Object.keys(part.errors).length > 0) return invalid(part.errors, part.values);
  return redirectWithFlash(
    request,
    `/postings/placements/${result.value.id}`,
    result.value.stillNeeded.length === 0
      ? "The safeguarding checks are saved. When you are ready, send the placement for checking."
      : "We saved what you gave. Some safeguarding checks are still needed before you can send the placement for checking: they are listed below.",
  );
}

export default function Safeguarding() {
  const { id, title, values, askStaffCount, stillNeeded } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/postings/placements/${id}`}>Back to the placement</BackLink>
      <PageHeading caption={title}>Safeguarding checks</PageHeading>
      <p className="body">
        We need these before a placement can go live, to keep students safe. You can save this page
        part-way: we keep what you give and list what is still needed.
      </p>
      {stillNeeded.length > 0 ? (
        <InsetText>
          <h2 className="heading-s">Still needed before you send the placement for checking</h2>
          <ul className="list list--bullet">
            {stillNeeded.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </InsetText>
      ) : null}
      <ValidatedForm
        schema={() => import("~/opportunities/schemas").then((m) => m.safeguardingSchema)}
        actionData={actionData}
        defaultValues={values}
        // The action saves the answers that pass and reports the rest, with or without JavaScript.
        postWhenInvalid
      >
        <SafeguardingFields askStaffCount={askStaffCount} />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
