import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { ApprenticeshipFields } from "~/opportunities/apprenticeship-form";
import { apprenticeshipFormAction } from "~/opportunities/posting-form-actions.server";
import { listStandards, vacancyValuesFor } from "~/opportunities/standards.server";

export const meta: MetaFunction = () => [{ title: "Post an apprenticeship - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireConfirmedUser(request, "sme");
  const standards = await listStandards();
  // A link from a workforce next step (?standard=ST0120) fills in that standard;
  // an unknown reference leaves the form blank.
  const chosen = standards.find((s) => s.id === new URL(request.url).searchParams.get("standard"));
  return {
    standards: standards.map(({ id, name, level }) => ({ id, name, level })),
    chosen: chosen ? { name: chosen.name, values: vacancyValuesFor(chosen) } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  return apprenticeshipFormAction(request, user.organisationId, null);
}

export default function NewApprenticeship() {
  const { standards, chosen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/postings">Back to your postings</BackLink>
      <PageHeading caption="Your postings">Post an apprenticeship</PageHeading>
      <p className="body">
        Save it as a draft at any time. When it is ready, the partnership team checks it before it
        goes live.
      </p>
      {chosen ? (
        <p className="body">
          We have filled in the standard, its level, route and usual length for {chosen.name}.
          Change anything that is different for your job.
        </p>
      ) : null}
      <ValidatedForm
        schema={() => import("~/opportunities/schemas").then((m) => m.apprenticeshipSchema)}
        actionData={actionData}
        defaultValues={chosen?.values}
      >
        <ApprenticeshipFields standards={standards} />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
