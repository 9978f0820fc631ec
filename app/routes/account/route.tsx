import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SetAdminForm } from "~/accounts/set-admin-form";
import { readFormData } from "~/forms/form-data.server";
import { removeColleague } from "~/accounts/accounts.server";
import { inviteColleague } from "~/accounts/invitations.server";
import { isAdmin } from "~/accounts/org-admins";
import { setColleagueAdmin } from "~/accounts/org-admins.server";
import { accountActionSchema } from "~/accounts/schemas";
import {
  changeName,
  changePassword,
  requestEmailChange,
  resendConfirmation,
  setMeetingFormat,
  setReminderEmails,
} from "~/accounts/settings.server";
import { roleNames } from "~/auth/roles";
import { describeDevice } from "~/auth/device";
import { endOtherSessions, getSession, listSessions, requireUser } from "~/auth/session.server";
import { twoStepStatus } from "~/auth/two-step.server";
import { securityEventLabel } from "~/security/events";
import { recentSecurityEventsOf, securityEvent } from "~/security/events.server";
import { formatDateTime } from "~/time/format";
import { notDone } from "~/command-response.server";
import { describeLifetime } from "~/auth/token-lifetimes";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CurrentPasswordInput, EmailInput } from "~/components/forms/account-inputs";
import { Button, Radios, Select, TextInput, selectOptions } from "~/components/forms/fields";
import { InviteForm } from "~/components/forms/invite-form";
import { NewPasswordInput, passwordLengthHint } from "~/components/forms/new-password-input";
import { ValidatedForm } from "~/components/forms/validated-form";
import { NotificationBanner, PageHeading, SummaryList, Table } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { meetingFormatNames, meetingFormats } from "~/mentoring/options";
import {
  localAuthorities,
  localAuthorityName,
  sectorName,
  sectors,
  sizeBandName,
  sizeBands,
} from "~/organisations/reference-data";
import { changeOrganisationDetails } from "~/organisations/details.server";
import { VerificationStatusValue } from "~/organisations/verification-status";
import { askToBeCheckedAgain } from "~/organisations/verification.server";
import { accountPageData } from "./queries.server";

export const meta: MetaFunction = () => [{ title: "Your account - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { session } = await getSession(request);
  const [profile, organisation] = await accountPageData(user.id, user.organisationId);
  const sessions = session ? await listSessions(user.id, session.id) : [];
  const [twoStep, securityEvents] = await Promise.all([
    twoStepStatus(user.id),
    recentSecurityEventsOf(user.id),
  ]);
  const iAmAdmin = isAdmin({
    id: user.id,
    role: user.role,
    isOrgAdmin: organisation.users.some((u) => u.id === user.id && u.isOrgAdmin),
  });
  return {
    twoStep,
    securityEvents: securityEvents.map((e) => ({
      id: e.id,
      what: securityEventLabel(e.event),
      when: formatDateTime(e.createdAt),
    })),
    sessions: sessions.map((s) => ({
      device: describeDevice(s.device),
      signedIn: formatDateTime(s.createdAt),
      lastSeen: formatDateTime(s.lastSeenAt),
      current: s.current,
    })),
    me: user.id,
    iAmAdmin,
    profile: { ...profile, roleName: roleNames[profile.role] },
    organisation: {
      ...organisation,
      area: localAuthorityName(organisation.localAuthority),
      sectorLabel: sectorName(organisation.sector),
      sizeLabel: sizeBandName(organisation.sizeBand),
    },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const address = context.clientAddress ?? "unknown";
  await requireUser(request);
  const { user, session } = await getSession(request);
  if (!user || !session) return requireUser(request);
  const parsed = parseForm(accountActionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const input = parsed.data;

  switch (input.intent) {
    case "profile": {
      await changeName(user.id, input.name);
      return redirectWithFlash(request, "/account", "Your name has been changed.");
    }
    case "password": {
      const result = await changePassword({ id: user.id, sessionId: session.id }, input, address);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        "/account",
        "Your password has been changed. You have been signed out everywhere else.",
      );
    }
    case "email": {
      const result = await requestEmailChange(user, input, address);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        "/account",
        `We have sent a link to ${input.newEmail}. Open it to finish changing your email address.`,
      );
    }
    case "invite": {
      const result = await inviteColleague(user, input.inviteEmail, address);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        "/account",
        `We have sent an invitation to ${input.inviteEmail}. It lasts ${describeLifetime("invite")}.`,
      );
    }
    case "remove": {
      const result = await removeColleague(user, input.userId);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(request, "/account", "Your colleague has been removed.");
    }
    case "meeting-format": {
      if (user.role !== "sme")
        throw new Response("Only a business can choose this", { status: 403 });
      await setMeetingFormat(user.organisationId, input.meetingFormat);
      return redirectWithFlash(
        request,
        "/account",
        "Saved. Mentors and training are now matched to how your business likes to meet.",
      );
    }
    case "set-admin": {
      const makeAdmin = input.admin === "yes";
      const result = await setColleagueAdmin(user, input.userId, makeAdmin);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        "/account",
        makeAdmin
          ? `${result.value.name} is now an admin.`
          : `${result.value.name} is no longer an admin.`,
      );
    }
    case "organisation-place":
    case "business-details": {
      const result = await changeOrganisationDetails(user, input);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        "/account",
        result.value.changed
          ? "Your organisation's details have been changed."
          : "Nothing was changed: the details were the same.",
      );
    }
    case "ask-again": {
      const result = await askToBeCheckedAgain(user);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        "/account",
        "Thank you. The partnership team will check your organisation again and tell you what they decide.",
      );
    }
    case "reminders": {
      await setReminderEmails(user.id, input.reminderEmails === "on");
      return redirectWithFlash(
        request,
        "/account",
        input.reminderEmails === "on"
          ? "Saved. We will email you reminders."
          : "Saved. We will not email you reminders. You will still see them on SkillsBridge.",
      );
    }
    case "sign-out-others": {
      const ended = await endOtherSessions(user.id, session.id);
      await securityEvent("sessions.ended-others", user.id, { count: ended });
      return redirectWithFlash(request, "/account", "You have been signed out everywhere else.");
    }
    case "resend": {
      const result = await resendConfirmation(user);
      if (result.status === "refused") return redirectWithFlash(request, "/account", result.reason);
      return redirectWithFlash(request, "/account", `We have sent a new link to ${user.email}.`);
    }
  }
}

export default function Account() {
  const { me, iAmAdmin, profile, organisation, sessions, twoStep, securityEvents } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeading>Your account</PageHeading>
      {!profile.emailConfirmedAt ? (
        <NotificationBanner title="Confirm your email address">
          <p className="banner__heading">
            You need to confirm your email address before you can post, request, book or send
            messages.
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="resend" />
            <button type="submit" className="button button--secondary">
              Send the link again
            </button>
          </Form>
        </NotificationBanner>
      ) : null}

      <h2 className="heading-m">Your details</h2>
      <SummaryList
        rows={[
          { key: "Name", value: profile.name },
          { key: "Email address", value: profile.email },
          { key: "Account type", value: profile.roleName },
        ]}
      />

      <h2 className="heading-m">Your organisation</h2>
      <SummaryList
        rows={[
          { key: "Name", value: organisation.name },
          { key: "Area", value: organisation.area || "Not given" },
          { key: "Postcode", value: organisation.postcode || "Not given" },
          ...(organisation.kind === "sme"
            ? [
                { key: "What it does", value: organisation.sectorLabel },
                { key: "Size", value: organisation.sizeLabel },
                {
                  key: "Number of staff",
                  value: organisation.staffCount === null ? "Not given" : organisation.staffCount,
                },
              ]
            : []),
          ...(organisation.kind === "school"
            ? [{ key: "School reference number", value: organisation.schoolUrn ?? "" }]
            : []),
          {
            key: "Checked by the partnership",
            value: (
              <VerificationStatusValue
                status={organisation.verificationStatus}
                reason={organisation.verificationReason}
              />
            ),
          },
        ]}
      />
      <OrganisationDetailsForm
        organisation={organisation}
        iAmAdmin={iAmAdmin}
        actionData={actionData}
      />
      {organisation.verificationStatus === "declined" ? (
        <section aria-labelledby="ask-again-heading">
          <h3 className="heading-s" id="ask-again-heading">
            Ask to be checked again
          </h3>
          <p className="body">
            Read the reason above. Correct the details it names, then ask us to check your
            organisation again. Until we accept it, you cannot send postings for checking.
          </p>
          <ValidatedForm
            schema={() => import("~/accounts/schemas").then((m) => m.askAgainSchema)}
            intent="ask-again"
            actionData={actionData}
          >
            <Button variant="secondary">Ask to be checked again</Button>
          </ValidatedForm>
        </section>
      ) : null}

      {organisation.kind === "sme" ? (
        <>
          <h2 className="heading-m" id="meeting">
            How your business likes to meet
          </h2>
          <ValidatedForm
            schema={() => import("~/accounts/schemas").then((m) => m.meetingFormatSchema)}
            intent="meeting-format"
            actionData={actionData}
            defaultValues={{ meetingFormat: organisation.meetingFormat ?? "" }}
          >
            <Radios
              name="meetingFormat"
              legend="How would you like to meet mentors and go to training?"
              hint="We list the mentors and training that suit this first. Anyone in your business can change it."
              options={meetingFormats.map((format) => ({
                value: format,
                label: meetingFormatNames[format],
              }))}
            />
            <Button>Save how you like to meet</Button>
          </ValidatedForm>
        </>
      ) : null}

      <h2 className="heading-m" id="reminders">
        Reminder emails
      </h2>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.reminderEmailsSchema)}
        intent="reminders"
        actionData={actionData}
        defaultValues={{ reminderEmails: profile.reminderEmails ? "on" : "off" }}
      >
        <Radios
          name="reminderEmails"
          legend="Do you want reminder emails?"
          hint="For example, the day before a workshop or a placement. You will still see reminders on SkillsBridge."
          options={[
            { value: "on", label: "Yes, email me reminders" },
            { value: "off", label: "No, do not email me reminders" },
          ]}
        />
        <Button variant="secondary">Save reminder emails</Button>
      </ValidatedForm>

      <h2 className="heading-m">Colleagues</h2>
      <p className="body">
        {iAmAdmin
          ? "You are an admin: you can invite and remove colleagues, and make others admins."
          : "Admins invite and remove colleagues. Ask an admin if you need a change."}
      </p>
      <ul className="list list--plain">
        {organisation.users.map((colleague) => (
          <li key={colleague.id} className="colleague">
            {colleague.name} ({colleague.email}){colleague.isOrgAdmin ? " - admin" : null}
            {colleague.id === me ? " - you" : null}
            {iAmAdmin && colleague.id !== me ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="userId" value={colleague.id} />{" "}
                <button type="submit" className="link-button">
                  Remove<span className="visually-hidden"> {colleague.name}</span>
                </button>
              </Form>
            ) : null}
            {iAmAdmin && (colleague.id !== me || colleague.isOrgAdmin) ? (
              <SetAdminForm person={colleague} />
            ) : null}
          </li>
        ))}
      </ul>
      {actionData?.values?.intent === "set-admin" || actionData?.values?.intent === "remove" ? (
        <p className="error-message" role="alert">
          {"errors" in actionData ? String(Object.values(actionData.errors)[0] ?? "") : null}
        </p>
      ) : null}
      {iAmAdmin && organisation._count.joinRequests > 0 ? (
        <p className="body">
          <Link to="/account/join-requests">
            People asking to join: {organisation._count.joinRequests}
          </Link>
        </p>
      ) : null}
      {organisation.tokens.length ? (
        <p className="body">
          Invitations waiting: {organisation.tokens.map((t) => t.email).join(", ")}
        </p>
      ) : null}
      {iAmAdmin ? (
        <InviteForm
          schema={() => import("~/accounts/schemas").then((m) => m.inviteSchema)}
          name="inviteEmail"
          label="Invite a colleague by email"
          actionData={actionData}
        />
      ) : null}

      <h2 className="heading-m">Change your name</h2>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.profileSchema)}
        intent="profile"
        actionData={actionData}
        defaultValues={{ name: profile.name }}
      >
        <TextInput name="name" label="Full name" autoComplete="name" />
        <Button variant="secondary">Save name</Button>
      </ValidatedForm>

      <h2 className="heading-m">Change your password</h2>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.changePasswordSchema)}
        intent="password"
        actionData={actionData}
      >
        <CurrentPasswordInput name="currentPassword" label="Current password" />
        <NewPasswordInput name="newPassword" label="New password" hint={passwordLengthHint} />
        <Button variant="secondary">Change password</Button>
      </ValidatedForm>

      <h2 className="heading-m">Change your email address</h2>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.changeEmailSchema)}
        intent="email"
        actionData={actionData}
      >
        <EmailInput name="newEmail" label="New email address" />
        <CurrentPasswordInput
          name="currentPassword"
          label="Your password"
          hint="We ask for it to keep your account safe."
        />
        <Button variant="secondary">Change email address</Button>
      </ValidatedForm>

      <h2 className="heading-m">Your sessions</h2>
      <p className="body">
        Where you are signed in. If you see one you do not know, sign out everywhere else and change
        your password.
      </p>
      <Table
        caption="Where you are signed in"
        head={["Device", "Signed in", "Last used"]}
        rows={sessions.map((s) => [
          s.current ? `${s.device} (this one)` : s.device,
          s.signedIn,
          s.lastSeen,
        ])}
      />
      {sessions.length > 1 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="sign-out-others" />
          <button type="submit" className="button button--secondary">
            Sign out everywhere else
          </button>
        </Form>
      ) : null}

      <h2 className="heading-m" id="two-step">
        Two-step sign-in
      </h2>
      <p className="body">
        {twoStep.on
          ? `On. You enter a code from your app after your password. Recovery codes left: ${twoStep.codesLeft}.`
          : "Off. Turn it on to keep your account safe even if someone learns your password."}
      </p>
      <p className="body">
        <Link to="/account/two-step">
          {twoStep.on ? "Manage two-step sign-in" : "Set up two-step sign-in"}
        </Link>
      </p>

      <h2 className="heading-m" id="security-events">
        Recent security events
      </h2>
      {securityEvents.length ? (
        <Table
          caption="Your latest sign-ins and security changes"
          head={["What happened", "When"]}
          rows={securityEvents.map((e) => [e.what, e.when])}
        />
      ) : (
        <p className="body">Nothing yet.</p>
      )}
      <p className="body">If you see something you did not do, change your password.</p>

      <h2 className="heading-m">Your data</h2>
      <p className="body">
        <a href="/account/data" download>
          Download your data (JSON file)
        </a>
      </p>
      <p className="body">
        <Link to="/account/delete">Delete your account</Link>
      </p>
    </>
  );
}

/** An admin changes where the organisation is and, for a business, what it does and its size. */
function OrganisationDetailsForm({
  organisation,
  iAmAdmin,
  actionData,
}: {
  organisation: {
    kind: string;
    sector: string | null;
    sizeBand: string | null;
    staffCount: number | null;
    localAuthority: string | null;
    postcode: string | null;
  };
  iAmAdmin: boolean;
  actionData: ReturnType<typeof useActionData<typeof action>>;
}) {
  if (!iAmAdmin) {
    return <p className="body">To change these details, ask an admin of your organisation.</p>;
  }
  const isBusiness = organisation.kind === "sme";
  const place = (
    <>
      <Select
        name="localAuthority"
        label="Which area is it in?"
        options={selectOptions(localAuthorities)}
      />
      <TextInput name="postcode" label="Postcode" autoComplete="postal-code" width="10" />
    </>
  );
  return (
    <section aria-labelledby="organisation-details-heading">
      <h3 className="heading-s" id="organisation-details-heading">
        Change your organisation&apos;s details
      </h3>
      {isBusiness ? (
        <ValidatedForm
          schema={() => import("~/accounts/schemas").then((m) => m.businessDetailsSchema)}
          intent="business-details"
          actionData={actionData}
          defaultValues={{
            sector: organisation.sector ?? "",
            sizeBand: organisation.sizeBand ?? "",
            staffCount: organisation.staffCount === null ? "" : String(organisation.staffCount),
            localAuthority: organisation.localAuthority ?? "",
            postcode: organisation.postcode ?? "",
          }}
        >
          <p className="body">
            We compare your next readiness check with businesses like these. Past results keep the
            details they were taken with.
          </p>
          <Select
            name="sector"
            label="What does your business do?"
            hint="Pick the closest match."
            options={selectOptions(sectors)}
          />
          <Select
            name="sizeBand"
            label="How many people work there?"
            options={selectOptions(sizeBands)}
          />
          <TextInput
            name="staffCount"
            label="Number of staff (if you want to say)"
            hint="Count everyone who works for you, full or part time."
            inputMode="numeric"
            width="5"
          />
          {place}
          <Button variant="secondary">Save your business&apos;s details</Button>
        </ValidatedForm>
      ) : (
        <ValidatedForm
          schema={() => import("~/accounts/schemas").then((m) => m.organisationPlaceSchema)}
          intent="organisation-place"
          actionData={actionData}
          defaultValues={{
            localAuthority: organisation.localAuthority ?? "",
            postcode: organisation.postcode ?? "",
          }}
        >
          {place}
          <Button variant="secondary">Save where you are</Button>
        </ValidatedForm>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
