import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { ApprenticeshipFields } from "~/opportunities/apprenticeship-form";
import { apprenticeshipFormAction } from "~/opportunities/posting-form-actions.server";

export const meta: MetaFunction = () => [{ title: "Post an apprenticeship - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireConfirmedUser(request, "sme");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  return apprenticeshipFormAction(request, user.organisationId, null);
}

export default function NewApprenticeship() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/postings">Back to your postings</BackLink>
      <PageHeading caption="Your postings">Post an apprenticeship</PageHeading>
      <p className="body">
        Save it as a draft at any time. When it is ready, the partnership team checks it before it
        goes live.
      </p>
      <ValidatedForm
        schema={() => import("~/opportunities/schemas").then((m) => m.apprenticeshipSchema)}
        actionData={actionData}
      >
        <ApprenticeshipFields />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
