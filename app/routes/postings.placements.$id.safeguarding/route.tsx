import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { safeguardingComplete } from "~/opportunities/placement-rules";
import { SafeguardingFields } from "~/opportunities/placement-form";
import { editOnlyMessage } from "~/opportunities/posting-save.server";
import { canEdit, isPostingState } from "~/opportunities/posting-state";
import {
  safeguardingData,
  safeguardingFormValues,
  safeguardingSelect,
  staffCountFromSizeBand,
} from "~/opportunities/records";
import { safeguardingSchema } from "~/opportunities/schemas";
import { dateToDay } from "~/time/uk-time";

export const meta: MetaFunction = () => [{ title: "Safeguarding checks - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const row = await prisma.placement.findFirst({
    where: { id: params.id, organisationId: user.organisationId },
    select: { id: true, title: true, state: true, ...safeguardingSelect },
  });
  if (!row) notFound();
  if (!isPostingState(row.state) || !canEdit(row.state)) throw new Response(editOnlyMessage, { status: 403 });
  return { id: row.id, title: row.title, values: safeguardingFormValues(row) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const row = await prisma.placement.findFirst({
    where: { id: params.id, organisationId: user.organisationId },
    select: { id: true, state: true, endDate: true, organisation: { select: { sizeBand: true } } },
  });
  if (!row) notFound();
  const parsed = parseForm(safeguardingSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (!isPostingState(row.state) || !canEdit(row.state)) return invalid({ form: editOnlyMessage }, parsed.values);
  // Rules that need the placement and the employer: insurance outlasting the
  // placement, and a written risk assessment from 5 staff up.
  const missing = safeguardingComplete(
    {
      ...parsed.data,
      endDate: dateToDay(row.endDate),
      safeguardingContactPhoneOrEmail: parsed.data.safeguardingContactPhoneOrEmail,
    },
    staffCountFromSizeBand(row.organisation.sizeBand),
  );
  if (missing.length > 0) {
    return invalid(Object.fromEntries(missing.map((m) => [m.field, m.message])), parsed.values);
  }
  await prisma.placement.updateMany({
    where: { id: row.id, organisationId: user.organisationId },
    data: safeguardingData(parsed.data),
  });
  return redirectWithFlash(
    request,
    `/postings/placements/${row.id}`,
    "The safeguarding checks are saved. When you are ready, send the placement for checking.",
  );
}

export default function Safeguarding() {
  const { id, title, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/postings/placements/${id}`}>Back to the placement</BackLink>
      <PageHeading caption={title}>Safeguarding checks</PageHeading>
      <p className="body">We need these before a placement can go live, to keep students safe.</p>
      <ValidatedForm schema={() => import("~/opportunities/schemas").then((m) => m.safeguardingSchema)} actionData={actionData} defaultValues={values}>
        <SafeguardingFields />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
