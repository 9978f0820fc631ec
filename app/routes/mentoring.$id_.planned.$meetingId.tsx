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
import { meetingToMove, rescheduleMeeting } from "~/mentoring/meetings.server";
import { relationshipPath } from "~/mentoring/requests.server";
import { meetingSchema } from "~/mentoring/schemas";
import { formatTimeRange } from "~/time/format";
import { ukDayAndTime } from "~/time/uk-time";

export const meta: MetaFunction = () => [{ title: "Move a mentoring session - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const meeting = await meetingToMove(user, params.id!, params.meetingId!);
  if (!meeting) notFound();
  const { day: date, time } = ukDayAndTime(meeting.startsAt);
  return {
    id: params.id!,
    otherName: meeting.otherName,
    agreed: meeting.state === "accepted",
    when: formatTimeRange(meeting.startsAt, meeting.endsAt),
    defaults: {
      date,
      time,
      minutes: String(Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000)),
      location: meeting.location ?? "",
      joinUrl: meeting.joinUrl ?? "",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const id = params.id!;
  const parsed = parseForm(meetingSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (!user.emailConfirmedAt) return invalid({ form: UNCONFIRMED_MESSAGE }, parsed.values);
  const result = await rescheduleMeeting(user, id, params.meetingId!, parsed.data);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(request, `${relationshipPath(id)}#planned`, "The session has moved.");
}

export default function MoveSession() {
  const { id, otherName, agreed, when, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const back = `/mentoring/${id}#planned`;
  return (
    <>
      <BackLink to={back}>Back to mentoring</BackLink>
      <PageHeading caption={`Mentoring with ${otherName}`}>Move a session</PageHeading>
      <p className="body">
        It is now on {when}.{" "}
        {agreed
          ? `${otherName} gets an updated calendar invite by email, and so do you.`
          : `${otherName} has not answered yet. They will see the new time.`}
      </p>
      <MeetingForm
        actionData={actionData}
        defaultValues={defaults}
        submit="Move the session"
        cancelTo={back}
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
