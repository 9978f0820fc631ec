import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { requireRole, UNCONFIRMED_MESSAGE } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { OfferForm } from "~/mentoring/offer-form";
import { saveOfferForm } from "~/mentoring/offer-forms";
import { createOffer } from "~/mentoring/offers.server";
import { publishedMessage } from "~/mentoring/offer-dates";
import { notDone } from "~/command-response.server";

export const meta: MetaFunction = () => [{ title: "Add an offer - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "board");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "board");
  const parsed = parseForm(saveOfferForm, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (!user.emailConfirmedAt) return invalid({ form: UNCONFIRMED_MESSAGE }, parsed.values);
  const { intent: _intent, ...offer } = parsed.data;
  const created = await createOffer(user, offer);
  if (created.status !== "done") return notDone(created, parsed.values);
  return redirectWithFlash(
    request,
    "/board",
    publishedMessage(offer.title, user.organisation.verificationStatus === "verified"),
  );
}

export default function NewOffer() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/board">Back to your board page</BackLink>
      <PageHeading>Add an offer</PageHeading>
      <p className="body">
        Workshops, clinics, short courses and resources that help businesses close their gaps.
      </p>
      <OfferForm
        actionData={actionData}
        defaults={{ schedule: "dated", format: "online", seats: "20" }}
        submit="Publish offer"
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
