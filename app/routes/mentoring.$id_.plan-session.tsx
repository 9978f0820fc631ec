import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireRole, UNCONFIRMED_MESSAGE } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { MeetingForm } from "~/mentoring/meeting-form";
import { planningContext, proposeMeeting } from "~/mentoring/meetings.server";
import { relationshipPath } from "~/mentoring/requests.server";
import { meetingSchema } from "~/mentoring/schemas";

export const meta: MetaFunction = () => [{ title: "Plan a mentoring session - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const context = await planningContext(user, params.id!);
  if (!context) notFound();
  return { id: params.id!, otherName: context.otherName };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const id = params.id!;
  const parsed = parseForm(meetingSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (!user.emailConfirmedAt) return invalid({ form: UNCONFIRMED_MESSAGE }, parsed.values);
  const result = await proposeMeeting(user, id, parsed.data);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    `${relationshipPath(id)}#planned`,
    "Session proposed. We will tell you when they answer.",
  );
}

export default function PlanSession() {
  const { id, otherName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const back = `/mentoring/${id}#planned`;
  return (
    <>
      <BackLink to={back}>Back to mentoring</BackLink>
      <PageHeading caption={`Mentoring with ${otherName}`}>Plan a session</PageHeading>
      <p className="body">
        Suggest a time. {otherName} can accept it or decline it. Once they accept, you both get a
        calendar invite by email.
      </p>
      <MeetingForm
        actionData={actionData}
        defaultValues={{ minutes: "60" }}
        submit="Propose this time"
        cancelTo={back}
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
