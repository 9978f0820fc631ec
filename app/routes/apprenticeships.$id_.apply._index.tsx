import { EmailForLink } from "~/applications/email-for-link";
import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requestApplyLink } from "~/applications/apply.server";
import { describeDaysLeft, daysLeftToApply } from "~/applications/rules";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { startSchema } from "~/applications/schemas";
import { formatDay } from "~/time/format";
import { dateToDay } from "~/time/uk-time";
import { describeLifetime } from "~/auth/token-lifetimes";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Apply for ${data?.vacancy.title ?? "an apprenticeship"} - SkillsBridge` },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const vacancy = await requireVacancyForApplying(params.id!);
  return {
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      employer: vacancy.employer,
      open: vacancy.open,
      closing: formatDay(dateToDay(vacancy.closingDate)),
      daysLeft: describeDaysLeft(daysLeftToApply(vacancy.closingDate, new Date())),
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(startSchema, formData);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await requestApplyLink({
    vacancyId: params.id!,
    email: parsed.data.email,
    address: (context as { clientAddress?: string }).clientAddress ?? "unknown",
    // People never see the "website" box; robots fill in every box they find.
    isBot: String(formData.get("website") ?? "") !== "",
  });
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    `/apprenticeships/${params.id}/apply/check-email`,
    `We have sent a link to ${parsed.data.email}.`,
  );
}

export default function StartApplication() {
  const { vacancy } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/apprenticeships/${vacancy.id}`}>Back to the apprenticeship</BackLink>
      <PageHeading caption={vacancy.employer}>Apply for {vacancy.title}</PageHeading>
      {!vacancy.open ? (
        <InsetText>
          <p className="body">
            This apprenticeship is not taking applications any more. You can{" "}
            <Link to="/apprenticeships">look for other apprenticeships</Link>.
          </p>
        </InsetText>
      ) : (
        <>
          <p className="body">
            <strong>{vacancy.daysLeft}</strong>. The closing date is {vacancy.closing}.
          </p>
          <p className="body">
            It takes about 15 minutes. We ask one thing on each page. You do not need an account.
          </p>
          <p className="body">
            First, tell us your email address. We will send you a link to start. The link lasts{" "}
            {describeLifetime("apply")}.
          </p>
          <ValidatedForm
            schema={() => import("~/applications/schemas").then((m) => m.startSchema)}
            actionData={actionData}
          >
            <EmailForLink hint="We only use it for this application." />
            <Button>Send me a link</Button>
          </ValidatedForm>
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
