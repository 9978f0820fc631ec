import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { SafeguardingFields } from "~/opportunities/placement-form";
import {
  checkEditable,
  editOnlyMessage,
  saveSafeguarding,
} from "~/opportunities/posting-save.server";
import { canEdit, postingStateOf } from "~/opportunities/posting-state";
import {
  asksStaffCount,
  safeguardingFormValues,
  safeguardingSelect,
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
  return {
    id: row.id,
    title: row.title,
    values: safeguardingFormValues(row),
    askStaffCount: asksStaffCount(row.organisation.sizeBand),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const id = params.id ?? "";
  // Someone else's placement is not found, whatever was posted.
  const formData = await readFormData(request);
  const editable = await checkEditable("placement", id, user.organisationId);
  if (editable.status === "not-found") notFound();
  const parsed = parseForm(safeguardingSchema, formData);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (editable.status !== "done") return notDone(editable, parsed.values);
  const result = await saveSafeguarding(user.organisationId, id, parsed.data);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    `/postings/placements/${result.value.id}`,
    "The safeguarding checks are saved. When you are ready, send the placement for checking.",
  );
}

export default function Safeguarding() {
  const { id, title, values, askStaffCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/postings/placements/${id}`}>Back to the placement</BackLink>
      <PageHeading caption={title}>Safeguarding checks</PageHeading>
      <p className="body">We need these before a placement can go live, to keep students safe.</p>
      <ValidatedForm
        schema={() => import("~/opportunities/schemas").then((m) => m.safeguardingSchema)}
        actionData={actionData}
        defaultValues={values}
      >
        <SafeguardingFields askStaffCount={askStaffCount} />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
