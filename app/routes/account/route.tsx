import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { sendConfirmationEmail, emailInUse } from "~/accounts/accounts.server";
import { siteOrigin } from "~/env.server";
import { accountActionSchema } from "~/accounts/schemas";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { roleNames, type Role } from "~/auth/roles";
import { endOtherSessions, getSession, requireUser } from "~/auth/session.server";
import { describeLifetime } from "~/auth/token-lifetimes";
import { createToken } from "~/auth/tokens.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Radios, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { NotificationBanner, PageHeading, SummaryList, Tag } from "~/components/ui";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { changeEmailMessage, inviteMessage } from "~/email/templates.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { meetingFormatNames, meetingFormats } from "~/mentoring/options";
import { localAuthorityName, sectorName, sizeBandName } from "~/organisations/reference-data";
import { verificationLabels } from "~/organisations/verification";
import { accountPageData } from "./queries.server";

export const meta: MetaFunction = () => [{ title: "Your account - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [profile, organisation] = await accountPageData(user.id, user.organisationId);
  return {
    me: user.id,
    profile: { ...profile, roleName: roleNames[profile.role as Role] },
    organisation: {
      ...organisation,
      area: localAuthorityName(organisation.localAuthority),
      sectorLabel: sectorName(organisation.sector),
      sizeLabel: sizeBandName(organisation.sizeBand),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, session } = await getSession(request);
  if (!user || !session) return requireUser(request);
  const parsed = parseForm(accountActionSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const input = parsed.data;

  switch (input.intent) {
    case "profile": {
      await prisma.user.update({ where: { id: user.id }, data: { name: input.name } });
      return redirectWithFlash(request, "/account", "Your name has been changed.");
    }
    case "password": {
      const row = await prisma.password.findUnique({
        where: { userId: user.id },
        select: { hash: true },
      });
      if (!row || !(await verifyPassword(row.hash, input.currentPassword))) {
        return invalid({ currentPassword: "Your current password is not right" }, parsed.values);
      }
      if (isCommonPassword(input.newPassword))
        return invalid({ newPassword: COMMON_PASSWORD_MESSAGE }, parsed.values);
      await prisma.password.update({
        where: { userId: user.id },
        data: { hash: await hashPassword(input.newPassword) },
      });
      // Anyone else signed in as this user is signed out.
      await endOtherSessions(user.id, session.id);
      return redirectWithFlash(
        request,
        "/account",
        "Your password has been changed. You have been signed out everywhere else.",
      );
    }
    case "email": {
      const row = await prisma.password.findUnique({
        where: { userId: user.id },
        select: { hash: true },
      });
      if (!row || !(await verifyPassword(row.hash, input.currentPassword))) {
        return invalid({ currentPassword: "Your password is not right" }, parsed.values);
      }
      if (input.newEmail === user.email)
        return invalid({ newEmail: "This is already your email address" }, parsed.values);
      if (await emailInUse(input.newEmail)) {
        return invalid(
          { newEmail: "Another account already uses this email address" },
          parsed.values,
        );
      }
      const token = await createToken({
        purpose: "change-email",
        email: input.newEmail,
        userId: user.id,
      });
      await sendEmail(
        changeEmailMessage(input.newEmail, `${siteOrigin()}/confirm-email?token=${token}`),
      );
      return redirectWithFlash(
        request,
        "/account",
        `We have sent a link to ${input.newEmail}. Open it to finish changing your email address.`,
      );
    }
    case "invite": {
      if (!user.emailConfirmedAt) {
        return invalid(
          { inviteEmail: "Confirm your own email address before you invite a colleague" },
          parsed.values,
        );
      }
      if (await emailInUse(input.inviteEmail)) {
        return invalid(
          { inviteEmail: "There is already an account with this email address" },
          parsed.values,
        );
      }
      const token = await createToken({
        purpose: "invite",
        email: input.inviteEmail,
        organisationId: user.organisationId,
      });
      await sendEmail(
        inviteMessage(
          input.inviteEmail,
          `${siteOrigin()}/join?token=${token}`,
          user.name,
          user.organisation.name,
        ),
      );
      return redirectWithFlash(
        request,
        "/account",
        `We have sent an invitation to ${input.inviteEmail}. It lasts ${describeLifetime("invite")}.`,
      );
    }
    case "remove": {
      // Ownership in the where: only a colleague in the same organisation, never yourself.
      const { count } = await prisma.user.deleteMany({
        where: { id: input.userId, organisationId: user.organisationId, NOT: { id: user.id } },
      });
      if (count === 0) throw new Response("Not found", { status: 404 });
      return redirectWithFlash(request, "/account", "Your colleague has been removed.");
    }
    case "meeting-format": {
      if (user.role !== "sme")
        throw new Response("Only a business can choose this", { status: 403 });
      await prisma.organisation.update({
        where: { id: user.organisationId },
        data: { meetingFormat: input.meetingFormat },
      });
      return redirectWithFlash(
        request,
        "/account",
        "Saved. Mentors and training are now matched to how your business likes to meet.",
      );
    }
    case "resend": {
      if (user.emailConfirmedAt)
        return redirectWithFlash(request, "/account", "Your email address is already confirmed.");
      await sendConfirmationEmail({ id: user.id, email: user.email });
      return redirectWithFlash(request, "/account", `We have sent a new link to ${user.email}.`);
    }
  }
}

export default function Account() {
  const { me, profile, organisation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const status =
    verificationLabels[organisation.verificationStatus as keyof typeof verificationLabels] ??
    verificationLabels.unverified;
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
              ]
            : []),
          ...(organisation.kind === "school"
            ? [{ key: "School reference number", value: organisation.schoolUrn ?? "" }]
            : []),
          {
            key: "Checked by the partnership",
            value: (
              <>
                <Tag colour={status.colour}>{status.label}</Tag>
                {organisation.verificationReason ? (
                  <p className="body">{organisation.verificationReason}</p>
                ) : null}
              </>
            ),
          },
        ]}
      />

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

      <h2 className="heading-m">Colleagues</h2>
      <ul className="list list--plain">
        {organisation.users.map((colleague) => (
          <li key={colleague.id} className="colleague">
            {colleague.name} ({colleague.email}){colleague.id === me ? " - you" : null}
            {colleague.id !== me ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="userId" value={colleague.id} />{" "}
                <button type="submit" className="link-button">
                  Remove<span className="visually-hidden"> {colleague.name}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {organisation.tokens.length ? (
        <p className="body">
          Invitations waiting: {organisation.tokens.map((t) => t.email).join(", ")}
        </p>
      ) : null}
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.inviteSchema)}
        intent="invite"
        actionData={actionData}
      >
        <TextInput
          name="inviteEmail"
          label="Invite a colleague by email"
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
        <Button variant="secondary">Send invitation</Button>
      </ValidatedForm>

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
        <TextInput
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          width="20"
        />
        <TextInput
          name="newPassword"
          label="New password"
          hint="Use at least 8 characters."
          type="password"
          autoComplete="new-password"
          width="20"
        />
        <Button variant="secondary">Change password</Button>
      </ValidatedForm>

      <h2 className="heading-m">Change your email address</h2>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.changeEmailSchema)}
        intent="email"
        actionData={actionData}
      >
        <TextInput
          name="newEmail"
          label="New email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <TextInput
          name="currentPassword"
          label="Your password"
          hint="We ask for it to keep your account safe."
          type="password"
          autoComplete="current-password"
          width="20"
        />
        <Button variant="secondary">Change email address</Button>
      </ValidatedForm>

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

export const ErrorBoundary = GeneralErrorBoundary;
