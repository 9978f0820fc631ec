import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { ApprenticeshipFields } from "~/opportunities/apprenticeship-form";
import { editOnlyMessage, saveApprenticeship } from "~/opportunities/posting-save.server";
import { canEdit, isPostingState } from "~/opportunities/posting-state";
import { apprenticeshipFormValues } from "~/opportunities/records";
import { apprenticeshipFields } from "~/opportunities/posting-fields";

export const meta: MetaFunction = () => [{ title: "Change your apprenticeship - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const row = await prisma.apprenticeship.findFirst({
    where: { id: params.id, organisationId: user.organisationId },
    select: { id: true, state: true, changesReason: true, ...apprenticeshipFields },
  });
  if (!row) notFound();
  if (!isPostingState(row.state) || !canEdit(row.state)) throw new Response(editOnlyMessage, { status: 403 });
  return {
    id: row.id,
    changesReason: row.state === "changes-requested" ? row.changesReason : null,
    values: apprenticeshipFormValues(row),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  return saveApprenticeship(request, user.organisationId, params.id ?? "");
}

export default function EditApprenticeship() {
  const { id, changesReason, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/postings/apprenticeships/${id}`}>Back to the vacancy</BackLink>
      <PageHeading caption="Your postings">Change your apprenticeship</PageHeading>
      {changesReason ? (
        <InsetText>
          <p className="body">
            <strong>The partnership team asked for these changes:</strong> {changesReason}
          </p>
        </InsetText>
      ) : null}
      <ValidatedForm schema={() => import("~/opportunities/schemas").then((m) => m.apprenticeshipSchema)} actionData={actionData} defaultValues={values}>
        <ApprenticeshipFields />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
