import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { ApprenticeshipFields } from "~/opportunities/apprenticeship-form";
import { PlacementFields } from "~/opportunities/placement-form";
import {
  apprenticeshipFormAction,
  placementFormAction,
} from "~/opportunities/posting-form-actions.server";
import { editOnlyMessage } from "~/opportunities/posting-save.server";
import { apprenticeshipFields, placementFields } from "~/opportunities/posting-fields";
import { canEdit, postingStateOf } from "~/opportunities/posting-state";
import { postingKindFromPath, postingPath } from "~/opportunities/posting-kind";
import { apprenticeshipFormValues, placementFormValues } from "~/opportunities/records";
import { listStandards } from "~/opportunities/standards.server";

// One edit page for both kinds of posting (/postings/apprenticeships/:id/edit
// and /postings/placements/:id/edit), as the posting's own page is.

const texts = {
  apprenticeship: { noun: "apprenticeship", back: "Back to the vacancy" },
  placement: { noun: "placement", back: "Back to the placement" },
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Change your ${data ? texts[data.kind].noun : "posting"} - SkillsBridge` },
];

async function editableRow(
  kind: "apprenticeship" | "placement",
  id: string | undefined,
  organisationId: string,
) {
  const where = { id, organisationId };
  const common = { id: true, state: true, changesReason: true } as const;
  if (kind === "apprenticeship") {
    const row = await prisma.apprenticeship.findFirst({
      where,
      select: { ...common, ...apprenticeshipFields },
    });
    return row && { ...row, kind, values: apprenticeshipFormValues(row) };
  }
  const row = await prisma.placement.findFirst({
    where,
    select: { ...common, ...placementFields },
  });
  return row && { ...row, kind, values: placementFormValues(row) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const kind = postingKindFromPath(params.kind) ?? notFound();
  const row = await editableRow(kind, params.id, user.organisationId);
  if (!row) notFound();
  if (!canEdit(postingStateOf(row.state))) throw new Response(editOnlyMessage, { status: 403 });
  const standards = kind === "apprenticeship" ? await listStandards() : [];
  return {
    standards: standards.map(({ id, name, level }) => ({ id, name, level })),
    kind: row.kind,
    id: row.id,
    changesReason: row.state === "changes-requested" ? row.changesReason : null,
    values: row.values,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const kind = postingKindFromPath(params.kind) ?? notFound();
  const id = params.id ?? "";
  return kind === "apprenticeship"
    ? apprenticeshipFormAction(request, user.organisationId, id)
    : placementFormAction(request, user.organisationId, id);
}

export default function EditPosting() {
  const { kind, id, changesReason, values, standards } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/postings/${postingPath(kind)}/${id}`}>{texts[kind].back}</BackLink>
      <PageHeading caption="Your postings">Change your {texts[kind].noun}</PageHeading>
      {changesReason ? (
        <InsetText>
          <p className="body">
            <strong>The partnership team asked for these changes:</strong> {changesReason}
          </p>
        </InsetText>
      ) : null}
      {kind === "apprenticeship" ? (
        <ValidatedForm
          schema={() => import("~/opportunities/schemas").then((m) => m.apprenticeshipSchema)}
          actionData={actionData}
          defaultValues={values}
        >
          <ApprenticeshipFields standards={standards} />
        </ValidatedForm>
      ) : (
        <ValidatedForm
          schema={() => import("~/opportunities/schemas").then((m) => m.placementSchema)}
          actionData={actionData}
          defaultValues={values}
        >
          <PlacementFields />
        </ValidatedForm>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
