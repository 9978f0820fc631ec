import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireRole, UNCONFIRMED_MESSAGE } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Radios, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { visibleMentorWhere } from "~/mentoring/candidates.server";
import { formatOptions } from "~/mentoring/components";
import { smeMatchContext } from "~/mentoring/matches.server";
import { weakestDimensions } from "~/readiness/scoring";
import { sendRequest } from "~/mentoring/requests.server";
import { defaultGoalsFromGaps, mentoringRequestSchema } from "~/mentoring/schemas";

export const meta: MetaFunction = () => [{ title: "Ask for mentoring - SkillsBridge" }];

async function visibleMentor(id: string) {
  const mentor = await prisma.mentorProfile.findFirst({
    where: { id, ...visibleMentorWhere },
    select: {
      id: true,
      format: true,
      user: { select: { name: true, organisation: { select: { name: true } } } },
    },
  });
  if (!mentor) notFound();
  return mentor;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const mentor = await visibleMentor(params.id!);
  const { check } = await smeMatchContext(user.organisationId);
  return {
    mentor: { id: mentor.id, name: mentor.user.name, firm: mentor.user.organisation.name },
    confirmed: Boolean(user.emailConfirmedAt),
    hasCheck: Boolean(check),
    defaults: {
      goals: check ? defaultGoalsFromGaps(weakestDimensions(check.scores)) : "",
      preferredFormat: mentor.format === "either" ? "" : mentor.format,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "sme");
  const mentor = await visibleMentor(params.id!);
  const parsed = parseForm(mentoringRequestSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  // Everything typed comes back with the message, so nothing is lost.
  if (!user.emailConfirmedAt) return invalid({ form: UNCONFIRMED_MESSAGE }, parsed.values);
  const result = await sendRequest(user, mentor.id, parsed.data);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    `/mentoring/${result.value.id}`,
    `Your request has been sent to ${mentor.user.name}.`,
  );
}

export default function AskForMentoring() {
  const { mentor, confirmed, hasCheck, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/mentors/${mentor.id}`}>Back to {mentor.name}</BackLink>
      <PageHeading caption={`${mentor.name}, ${mentor.firm}`}>Ask for mentoring</PageHeading>
      {!confirmed ? (
        <InsetText>
          You need to confirm your email address before you can send a request.{" "}
          <Link to="/account">Go to your account</Link>.
        </InsetText>
      ) : null}
      {!hasCheck ? (
        <InsetText>
          Tip: <Link to="/readiness">take the readiness check</Link> first, and we will suggest
          goals from your results.
        </InsetText>
      ) : null}
      <p className="body">
        The mentor will answer within 14 days. You can have up to 3 requests waiting at once.
      </p>
      <ValidatedForm
        schema={() => import("~/mentoring/schemas").then((m) => m.mentoringRequestSchema)}
        actionData={actionData}
        defaultValues={defaults}
      >
        <Textarea
          name="goals"
          label="What would you like help with?"
          hint={
            hasCheck
              ? "We have started this from your readiness check. Change it as you like. At least 20 characters."
              : "Tell the mentor about your business and what you want to change. At least 20 characters."
          }
          rows={8}
        />
        <Radios
          name="preferredFormat"
          legend="How would you like to meet?"
          options={formatOptions}
        />
        <Button>Send request</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
