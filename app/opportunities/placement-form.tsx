import {
  Button,
  Checkbox,
  Checkboxes,
  Fieldset,
  Radios,
  Select,
  Textarea,
  selectOptions,
  TextInput,
} from "~/components/forms/fields";
import { localAuthorities, sectors } from "~/organisations/reference-data";
import { yearGroups } from "./options";
import {
  minimumEmployersLiabilityCoverPounds,
  placementAgeRange,
  writtenRiskAssessmentFromStaff,
} from "./policy";
import { placementDateModes, placementFormats } from "~/opportunities/options";
import { DateInput } from "~/components/forms/date-input";
import { formatWholePounds } from "./money";
import { SaveButtons } from "./save-buttons";

const ageHint = `Between ${placementAgeRange.min} and ${placementAgeRange.max}.`;

/** The sections of a placement: the task list shows one per page, the edit page all at once. */
export function AboutPlacementFields() {
  return (
    <Fieldset legend="About the placement">
      <TextInput name="title" label="Title" hint="Like A week in our print works." />
      <Textarea name="description" label="What the student will do and learn" rows={8} />
      <Select name="sector" label="Sector" options={selectOptions(sectors)} />
      <TextInput
        name="supervisorName"
        label="Supervisor's name"
        hint="The person who looks after the students day to day."
      />
    </Fieldset>
  );
}

export function PlacementDatesFields() {
  return (
    <Fieldset legend="Dates and times">
      <Radios
        name="dateMode"
        legend="Are the dates fixed?"
        options={selectOptions(placementDateModes)}
      />
      <DateInput
        name="startDate"
        label="Start date"
        hint="Schools can ask for places until the day before this. For example, 27 3 2027"
      />
      <DateInput name="endDate" label="End date" />
      <TextInput
        name="daysAndHours"
        label="Days and hours"
        hint="Like Monday to Friday, 9am to 3pm."
      />
    </Fieldset>
  );
}

export function StudentsFields() {
  return (
    <Fieldset legend="Students">
      <Checkboxes
        name="yearGroups"
        legend="Year groups"
        hint="Select all that apply."
        options={selectOptions(yearGroups)}
        inline
      />
      <TextInput
        name="minAge"
        label="Youngest age (optional)"
        width="3"
        inputMode="numeric"
        hint={ageHint}
      />
      <TextInput
        name="maxAge"
        label="Oldest age (optional)"
        width="3"
        inputMode="numeric"
        hint={ageHint}
      />
      <TextInput name="places" label="Number of places" width="3" inputMode="numeric" />
    </Fieldset>
  );
}

export function WhereFields() {
  return (
    <Fieldset legend="Where">
      <Radios
        name="format"
        legend="In person or online?"
        options={selectOptions(placementFormats)}
      />
      <TextInput
        name="postcode"
        label="Postcode"
        width="10"
        autoComplete="postal-code"
        hint="Not needed for a virtual placement."
      />
      <Select
        name="localAuthority"
        label="Local authority"
        options={selectOptions(localAuthorities)}
        hint="Not needed for a virtual placement."
      />
      <Textarea
        name="accessibility"
        label="Accessibility of the workplace (optional)"
        rows={3}
        hint="Like step-free access, lifts or a quiet room."
      />
      <TextInput name="dressCode" label="Dress code (optional)" />
      <Textarea
        name="travelNotes"
        label="Travel notes (optional)"
        rows={3}
        hint="Like the nearest bus stop or station."
      />
    </Fieldset>
  );
}

export function ContactFields() {
  return (
    <Fieldset legend="Placement contact and first day">
      <p className="body">
        Only a school whose request you accept sees this. You can save the page without it, but it
        is needed before the placement is sent for checking.
      </p>
      <Checkbox name="contactIsSupervisor" label="The supervisor is the placement contact" />
      <TextInput
        name="contactName"
        label="Contact's name"
        hint="Leave this empty if the supervisor is the contact."
        autoComplete="off"
      />
      <TextInput name="contactRole" label="Contact's job" hint="Like Office manager." />
      <TextInput
        name="contactEmail"
        label="Contact's work email address"
        type="email"
        autoComplete="off"
      />
      <TextInput
        name="contactPhone"
        label="Contact's phone number"
        type="tel"
        width="20"
        autoComplete="off"
      />
      <Textarea
        name="workplaceAddress"
        label="Workplace address"
        rows={3}
        hint="Not needed for a virtual placement."
      />
      <Textarea
        name="firstDayDetails"
        label="What students need to know on the first day"
        rows={4}
        hint="Where to go, what time to arrive and who to ask for. For an online placement, how to join."
      />
    </Fieldset>
  );
}

/** Every field of a placement on one page: the edit page. */
export function PlacementFields() {
  return (
    <>
      <AboutPlacementFields />
      <PlacementDatesFields />
      <StudentsFields />
      <WhereFields />
      <ContactFields />
      <SaveButtons next="safeguarding">Save and continue to safeguarding</SaveButtons>
    </>
  );
}

const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/**
 * The safeguarding and compliance page of a placement. `askStaffCount` when
 * the size band cannot tell whether the firm has 5 or more staff (micro: 0 to 9).
 */
export function SafeguardingFields({ askStaffCount = false }: { askStaffCount?: boolean }) {
  return (
    <>
      <Fieldset legend="Employer's liability insurance">
        <Checkbox
          name="insuranceConfirmed"
          label="We have employer's liability insurance that covers work-experience students"
        />
        <TextInput name="insurer" label="Insurer's name" />
        <DateInput
          name="insuranceExpiry"
          label="Date the insurance ends"
          hint="It must still be in force after the placement ends. For example, 31 3 2028."
        />
        <TextInput
          name="insuranceCoverPounds"
          label="Amount of cover in pounds"
          width="10"
          inputMode="numeric"
          hint={`At least ${formatWholePounds(minimumEmployersLiabilityCoverPounds)}.`}
        />
      </Fieldset>
      <Fieldset legend="Risk assessment">
        <Checkbox
          name="riskAssessmentReviewed"
          label="We have reviewed our risk assessment for young people"
        />
        <Radios
          name="riskAssessmentWritten"
          legend="Is your risk assessment written down?"
          hint={`It must be written down if you have ${writtenRiskAssessmentFromStaff} or more staff.`}
          options={yesNo}
          inline
        />
        {askStaffCount ? (
          <TextInput
            name="staffCount"
            label="How many staff do you have?"
            width="4"
            inputMode="numeric"
            hint="Count everyone who works for you, full or part time."
          />
        ) : null}
      </Fieldset>
      <Fieldset legend="Checks and contacts">
        <Radios
          name="dbsNeeded"
          legend="Does any supervisor need a DBS check?"
          options={yesNo}
          inline
        />
        <TextInput name="safeguardingContactName" label="Name of your safeguarding contact" />
        <TextInput
          name="safeguardingContactPhoneOrEmail"
          label="Their phone number or email address"
        />
      </Fieldset>
      <Button>Save safeguarding checks</Button>
    </>
  );
}
