import { DateInput } from "~/components/forms/date-input";
import { Button, Checkboxes, Radios, Select, TextInput, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import type { ActionFailure } from "~/components/forms/validated-form";
import type { FormValues } from "~/forms/parse";
import { dimensionOptions, formatOptions, placeOptions } from "./components";
import { offerKindNames, offerKinds, offerScheduleNames, offerSchedules } from "./options";

const kindOptions = offerKinds.map((id) => ({ value: id, label: offerKindNames[id] }));
const scheduleOptions = offerSchedules.map((id) => ({ value: id, label: offerScheduleNames[id] }));

/** The offer form, shared by "add an offer" and "change an offer". */
export function OfferForm({
  defaults,
  actionData,
  submit,
}: {
  defaults?: FormValues;
  actionData?: ActionFailure;
  submit: string;
}) {
  return (
    <ValidatedForm
      schema={() => import("~/mentoring/offer-forms").then((m) => m.saveOfferForm)}
      intent="save"
      actionData={actionData}
      defaultValues={defaults}
    >
      <TextInput name="title" label="Title" hint="For example, Cyber security basics clinic" />
      <Textarea
        name="description"
        label="Description"
        hint="What people will learn and who it is for."
        rows={6}
      />
      <Radios name="kind" legend="What kind of offer is it?" options={kindOptions} />
      <Checkboxes
        name="dimensions"
        legend="Which areas does it help with?"
        hint="Choose all that apply."
        options={dimensionOptions}
      />
      <Radios name="schedule" legend="When does it run?" options={scheduleOptions} />
      <DateInput
        name="startDate"
        label="Start date"
        hint="Only for offers on set dates. For example, 27 3 2027."
      />
      <TimeBox name="startTime" label="Start time" hint="UK time. For example, 9:30am or 14:00." />
      <DateInput name="endDate" label="End date" hint="For example, 27 3 2027." />
      <TimeBox name="endTime" label="End time" hint="UK time. For example, 11am or 16:30." />
      <Radios name="format" legend="How does it run?" options={formatOptions} />
      <TextInput
        name="location"
        label="Where it takes place"
        hint="Only for offers in person. Address or building name."
      />
      <TextInput
        name="joinUrl"
        label="Joining link (optional)"
        hint="Only for offers online. Only people who book see it, in their email and calendar invite."
        inputMode="url"
        spellCheck={false}
      />
      <Select
        name="localAuthority"
        label="Area (optional)"
        hint="Helps businesses nearby find it."
        options={placeOptions}
        placeholder="Not given"
      />
      <TextInput
        name="seats"
        label="Number of seats"
        hint="Between 1 and 500"
        width="4"
        inputMode="numeric"
      />
      <Button>{submit}</Button>
    </ValidatedForm>
  );
}

/** A time typed as people write it: a plain text box reads the same in every browser. */
function TimeBox({ name, label, hint }: { name: string; label: string; hint: string }) {
  return (
    <TextInput
      name={name}
      label={label}
      hint={hint}
      width="5"
      autoComplete="off"
      spellCheck={false}
    />
  );
}
