import {
  Checkbox,
  Fieldset,
  Radios,
  Select,
  Textarea,
  selectOptions,
  TextInput,
} from "~/components/forms/fields";
import { DateInput } from "~/components/forms/date-input";
import { localAuthorities } from "~/organisations/reference-data";
import { wageTypes } from "./options";
import { SaveButtons } from "./save-buttons";
import {
  closingDateNoticeDays,
  minimumDuration,
  shortDescriptionMaxLength,
  weeklyHoursLimits,
} from "./policy";
import {
  applyMethods,
  apprenticeshipLevelOptions,
  apprenticeshipRoutes,
} from "~/opportunities/options";

/** A standard the form suggests (the national list, app/opportunities/standards.server.ts). */
export type SuggestedStandard = { id: string; name: string; level: number };

/** The sections of a vacancy: the task list shows one per page, the edit page all at once. */
export function JobFields() {
  return (
    <>
      <Fieldset legend="About the job">
        <TextInput
          name="title"
          label="Title"
          hint="It must include the word apprentice or apprenticeship, like Digital marketing apprentice."
        />
        <Textarea
          name="shortDescription"
          label="Short description"
          rows={3}
          hint={`Shown in search results. Up to ${shortDescriptionMaxLength} characters.`}
        />
        <Textarea
          name="fullDescription"
          label="Full description"
          rows={8}
          hint="What the apprentice will do day to day, and what they will learn."
        />
        <TextInput name="positions" label="Number of positions" width="3" inputMode="numeric" />
      </Fieldset>
    </>
  );
}

export function TrainingFields({ standards }: { standards: readonly SuggestedStandard[] }) {
  return (
    <>
      <Fieldset legend="The apprenticeship standard">
        <TextInput
          name="standard"
          label="Apprenticeship standard"
          hint="Start typing to pick one from the national list, like Digital support technician, or type the name of any other standard."
          list="apprenticeship-standards"
          autoComplete="off"
        />
        <datalist id="apprenticeship-standards">
          {standards.map((s) => (
            <option key={s.id} value={s.name}>
              {`Level ${s.level}`}
            </option>
          ))}
        </datalist>
        <Select name="level" label="Level" options={apprenticeshipLevelOptions} />
        <Select name="route" label="Route" options={selectOptions(apprenticeshipRoutes)} />
        <TextInput name="trainingProvider" label="Training provider" />
      </Fieldset>
    </>
  );
}

export function PayFields() {
  return (
    <>
      <Fieldset legend="Hours and pay">
        <TextInput
          name="weeklyHours"
          label="Hours a week"
          width="3"
          inputMode="decimal"
          hint={`Between ${weeklyHoursLimits.min} and ${weeklyHoursLimits.max} hours.`}
        />
        <TextInput
          name="durationMonths"
          label="How many months it lasts"
          width="3"
          inputMode="numeric"
          hint={`At least ${minimumDuration.months} months at ${minimumDuration.atWeeklyHours} hours a week or more, longer for fewer hours.`}
        />
        <Radios name="wageType" legend="Wage" options={selectOptions(wageTypes)} />
        <TextInput
          name="wageWeeklyPounds"
          label="Weekly wage in pounds"
          width="10"
          inputMode="decimal"
          hint="Only if you chose a fixed weekly wage. Like 300.50. It must be at least the apprentice minimum wage for the hours."
        />
      </Fieldset>
    </>
  );
}

export function DatesAndPlaceFields() {
  return (
    <>
      <Fieldset legend="Dates">
        <DateInput
          name="closingDate"
          label="Closing date"
          hint={`The last day to apply. At least ${closingDateNoticeDays} days after it goes live. For example, 27 3 2027.`}
        />
        <DateInput
          name="startDate"
          label="Start date"
          hint="After the closing date. For example, 27 3 2027."
        />
      </Fieldset>
      <Fieldset legend="Where">
        <TextInput name="postcode" label="Postcode" width="10" autoComplete="postal-code" />
        <Select
          name="localAuthority"
          label="Local authority"
          options={selectOptions(localAuthorities)}
        />
      </Fieldset>
    </>
  );
}

export function SkillsFields() {
  return (
    <>
      <Fieldset legend="Skills">
        <Textarea name="skillsWanted" label="Skills you are looking for" rows={4} />
        <Textarea
          name="qualificationsWanted"
          label="Qualifications you are looking for (optional)"
          rows={3}
        />
      </Fieldset>
    </>
  );
}

export function ApplyFields() {
  return (
    <>
      <Fieldset legend="How to apply">
        <Radios
          name="applyMethod"
          legend="Where do people apply?"
          options={selectOptions(applyMethods)}
        />
        <TextInput
          name="applyUrl"
          label="Web address to apply (optional)"
          hint="Only if people apply on your own website. Like https://www.example.co.uk/jobs"
        />
        <TextInput
          name="applyEmail"
          label="Email address to apply (optional)"
          hint="Only if people apply by email. Like jobs@example.co.uk"
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
        <Checkbox name="disabilityConfident" label="We are a Disability Confident employer" />
      </Fieldset>
      <Fieldset
        legend="Your questions for applicants (optional)"
        hint="Only if people apply on SkillsBridge. Up to three short questions every applicant answers, like: Why do you want to work with us?"
      >
        <TextInput name="question1" label="Question 1" />
        <TextInput name="question2" label="Question 2" />
        <TextInput name="question3" label="Question 3" />
      </Fieldset>
    </>
  );
}

/**
 * The fields of an apprenticeship vacancy, for the edit page. The
 * standard box suggests `standards` as a datalist (the browser's own, so it
 * works without JavaScript) and takes any other name typed.
 */
export function ApprenticeshipFields({ standards }: { standards: readonly SuggestedStandard[] }) {
  return (
    <>
      <JobFields />
      <TrainingFields standards={standards} />
      <PayFields />
      <DatesAndPlaceFields />
      <SkillsFields />
      <ApplyFields />
      <SaveButtons next="submit">Save and send for checking</SaveButtons>
    </>
  );
}
