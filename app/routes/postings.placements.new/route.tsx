import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { PlacementFields } from "~/opportunities/placement-form";
import { placementFormAction } from "~/opportunities/posting-form-actions.server";

export const meta: MetaFunction = () => [
  { title: "Offer a work-experience placement - SkillsBridge" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireConfirmedUser(request, "sme");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  return placementFormAction(request, user.organisationId, null);
}

export default function NewPlacement() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/postings">Back to your postings</BackLink>
      <PageHeading caption="Your postings">Offer a work-experience placement</PageHeading>
      <p className="body">
        First tell us about the placement. On the next page you fill in the safeguarding checks,
        which are needed before it can go live.
      </p>
      <ValidatedForm
        schema={() => import("~/opportunities/schemas").then((m) => m.placementSchema)}
        actionData={actionData}
      >
        <PlacementFields />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
