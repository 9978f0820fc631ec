import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { requireConfirmedUser, requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import {
  Button,
  Checkbox,
  Checkboxes,
  Radios,
  Select,
  TextInput,
  Textarea,
} from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import {
  dimensionOptions,
  edsAreaOptions,
  formatOptions,
  placeOptions,
} from "~/mentoring/components";
import { mentorProfileFormValues, saveMentorProfile } from "~/mentoring/profiles.server";
import { mentorProfileSchema } from "~/mentoring/schemas";

export const meta: MetaFunction = () => [{ title: "Your mentor profile - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "board");
  const { exists, values: defaults } = await mentorProfileFormValues(user.id);
  return {
    exists,
    defaults,
    firm: user.organisation.name,
    verified: user.organisation.verificationStatus === "verified",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "board");
  const parsed = parseForm(mentorProfileSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  await saveMentorProfile(user.id, parsed.data);
  return redirectWithFlash(request, "/board", "Your mentor profile has been saved.");
}

export default function MentorProfilePage() {
  const { exists, defaults, firm, verified } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/board">Back to your board page</BackLink>
      <PageHeading caption={firm}>
        {exists ? "Change your mentor profile" : "Create your mentor profile"}
      </PageHeading>
      {!verified ? (
        <InsetText>
          Businesses will see your profile once the partnership team has checked your firm.
        </InsetText>
      ) : null}
      <p className="body">Businesses see your name, your firm ({firm}) and what you write here.</p>
      <ValidatedForm
        schema={() => import("~/mentoring/schemas").then((m) => m.mentorProfileSchema)}
        actionData={actionData}
        defaultValues={defaults}
      >
        <TextInput
          name="role"
          label="Your job title"
          hint="For example, Head of data"
          autoComplete="organization-title"
        />
        <Textarea
          name="bio"
          label="A short bio"
          hint="What you do and how you can help. Up to 600 characters."
          rows={5}
        />
        <Checkboxes
          name="expertise"
          legend="Which areas can you help with?"
          hint="Choose all that apply."
          options={dimensionOptions}
        />
        <Checkboxes
          name="edsAreas"
          legend="Which everyday digital skills can you help staff with? (optional)"
          hint="These are the Essential Digital Skills for work. Each is one of the five parts of Workforce digital skills: businesses see that you help with that part, not all of it. To help with all of it, choose Workforce digital skills above."
          options={edsAreaOptions}
        />
        <TextInput
          name="capacity"
          label="How many businesses can you mentor at once?"
          hint="Between 1 and 10"
          width="4"
          inputMode="numeric"
        />
        <Radios name="format" legend="How can you meet?" options={formatOptions} />
        <Select
          name="localAuthority"
          label="Where are you based? (optional)"
          hint="Helps businesses near you find you."
          options={placeOptions}
          placeholder="Not given"
        />
        <Checkbox
          name="takingRequests"
          label="I am taking new requests"
          hint="Untick this to stop new requests for a while."
        />
        <Button>Save profile</Button>
      </ValidatedForm>
      <p className="body">
        <Link to="/board">Cancel</Link>
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
