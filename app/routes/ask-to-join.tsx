import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireAnonymous, notFound } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EmailInput } from "~/components/forms/account-inputs";
import { Button, Select, TextInput, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { askToJoinSchema } from "~/organisations/join-request-forms";
import {
  askToJoin,
  boardFirmsToJoin,
  joinableOrganisation,
} from "~/organisations/join-requests.server";

// Ask to join an organisation already on SkillsBridge (decision 033): the one
// sign-up's warning named (?organisation=id), or a partnership board firm
// chosen by name. Its admin (or staff) says yes; then we email an invitation.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data?.organisation ? `Ask to join ${data.organisation.name}` : "Join a partnership board firm"} - SkillsBridge`,
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const id = new URL(request.url).searchParams.get("organisation");
  if (id) {
    const organisation = await joinableOrganisation(id);
    if (!organisation) notFound();
    return { organisation, boardFirms: [] };
  }
  return { organisation: null, boardFirms: await boardFirmsToJoin() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const parsed = parseForm(askToJoinSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await askToJoin(parsed.data, context.clientAddress ?? "unknown");
  if (result.status !== "done") return notDone(result, parsed.values, "organisationId");
  // The same answer whether or not the address already has an account (no enumeration).
  return redirectWithFlash(
    request,
    "/",
    `Thank you. We have told ${result.value.organisationName}. If they say yes, we will email ${parsed.data.email} a link to make your account.`,
  );
}

export default function AskToJoin() {
  const { organisation, boardFirms } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const noFirms = !organisation && boardFirms.length === 0;
  return (
    <>
      <PageHeading>
        {organisation ? `Ask to join ${organisation.name}` : "Join a partnership board firm"}
      </PageHeading>
      <p className="body">
        {organisation
          ? "We will ask its admin. If they say yes, we email you a link to make your account."
          : "Pick your firm. We will ask its admin or our team. If they say yes, we email you a link to make your account."}
      </p>
      {noFirms ? (
        <p className="body">There are no partnership board firms on SkillsBridge yet.</p>
      ) : (
        <ValidatedForm
          schema={() => import("~/organisations/join-request-forms").then((m) => m.askToJoinSchema)}
          actionData={actionData}
          defaultValues={organisation ? { organisationId: organisation.id } : undefined}
        >
          {organisation ? (
            <input type="hidden" name="organisationId" value={organisation.id} />
          ) : (
            <Select
              name="organisationId"
              label="Your firm"
              options={boardFirms.map((firm) => ({ value: firm.id, label: firm.name }))}
            />
          )}
          <TextInput name="name" label="Full name" autoComplete="name" spellCheck={false} />
          <EmailInput
            name="email"
            label="Your work email address"
            hint="We send the link here. Use the address your organisation knows you by."
          />
          <Textarea
            name="message"
            label="What you do there (optional)"
            hint="For example, your job. It helps them know who you are."
            rows={3}
            maxLength={300}
          />
          <Button>Ask to join</Button>
        </ValidatedForm>
      )}
      <p className="body">
        {organisation ? "Not your organisation? " : "Is your firm not listed? "}
        <Link to="/create-account">Create an account for it</Link>. Our team will check it.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
