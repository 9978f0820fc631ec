import { Link } from "@remix-run/react";
import { DateInput } from "~/components/forms/date-input";
import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm, type ActionFailure } from "~/components/forms/validated-form";
import type { FormValues } from "~/forms/parse";

/** The fields of a planned session, on the "plan a session" and "move a session" pages. */
export function MeetingForm({
  actionData,
  defaultValues,
  submit,
  cancelTo,
}: {
  actionData: ActionFailure;
  defaultValues?: FormValues;
  submit: string;
  cancelTo: string;
}) {
  return (
    <ValidatedForm
      schema={() => import("~/mentoring/meeting-forms").then((m) => m.meetingForm)}
      actionData={actionData}
      defaultValues={defaultValues}
    >
      <DateInput name="date" label="Date" hint="UK time. For example, 27 3 2027." />
      <TextInput
        name="time"
        label="Start time"
        hint="For example, 2:30pm or 14:30."
        width="5"
        autoComplete="off"
      />
      <TextInput
        name="minutes"
        label="How long, in minutes"
        width="4"
        inputMode="numeric"
        autoComplete="off"
      />
      <TextInput
        name="location"
        label="Where you will meet (if in person)"
        hint="For example, the office address or a cafe."
      />
      <TextInput
        name="joinUrl"
        label="Joining link (if online)"
        hint="For example, https://meet.example.com/abc. Only the two of you see it."
        type="url"
        inputMode="url"
        autoComplete="off"
      />
      <div className="button-group">
        <Button>{submit}</Button>
        <Link to={cancelTo}>Cancel</Link>
      </div>
    </ValidatedForm>
  );
}
