import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { noStoreHeaders } from "~/auth/no-store";
import { getSession, requireUser } from "~/auth/session.server";
import { twoStepRequiredFor } from "~/auth/two-step";
import { twoStepActionSchema } from "~/auth/two-step-forms";
import {
  confirmSetUp,
  makeNewRecoveryCodes,
  setUpDetails,
  turnOffTwoStep,
  twoStepStatus,
} from "~/auth/two-step.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CurrentPasswordInput } from "~/components/forms/account-inputs";
import { Button } from "~/components/forms/fields";
import { OneTimeCodeInput } from "~/components/forms/one-time-code-input";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, NotificationBanner, PageHeading, WarningText } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

// Two-step sign-in on the account page's own page (decision 034): set up with
// a QR code drawn on the server, recovery codes shown once, turn off with the
// password and a code. Staff who have not set it up are sent here first.

export const meta: MetaFunction = () => [{ title: "Two-step sign-in - SkillsBridge" }];
// The page shows a secret and recovery codes: no cache may keep it.
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = await twoStepStatus(user.id);
  const required = twoStepRequiredFor(user.role);
  if (status.on) return { on: true as const, required, codesLeft: status.codesLeft, setUp: null };
  const setUp = await setUpDetails(user);
  if (setUp.status !== "done")
    throw new Response("Two-step sign-in is already on", { status: 409 });
  return { on: false as const, required, codesLeft: 0, setUp: setUp.value };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { session } = await getSession(request);
  const address = context.clientAddress ?? "unknown";
  const parsed = parseForm(twoStepActionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const input = parsed.data;
  switch (input.intent) {
    case "confirm": {
      const result = await confirmSetUp(user, input.oneTimeCode, address, session?.id);
      if (result.status !== "done") return notDone(result, parsed.values);
      return data(
        { recoveryCodes: result.value.recoveryCodes, turnedOn: true },
        {
          headers: noStoreHeaders(),
        },
      );
    }
    case "new-codes": {
      const result = await makeNewRecoveryCodes(user, input.oneTimeCode, address);
      if (result.status !== "done") return notDone(result, parsed.values);
      return data(
        { recoveryCodes: result.value.recoveryCodes, turnedOn: false },
        {
          headers: noStoreHeaders(),
        },
      );
    }
    case "turn-off": {
      const result = await turnOffTwoStep(user, input, address);
      if (result.status !== "done") return notDone(result, parsed.values);
      return twoStepRequiredFor(user.role)
        ? redirectWithFlash(
            request,
            "/account/two-step",
            "Two-step sign-in is off. Staff must use it: set it up again with your new phone or app.",
          )
        : redirectWithFlash(request, "/account", "Two-step sign-in is off.");
    }
  }
}

function RecoveryCodes({ codes, turnedOn }: { codes: string[]; turnedOn: boolean }) {
  return (
    <>
      <PageHeading>{turnedOn ? "Two-step sign-in is on" : "Your new recovery codes"}</PageHeading>
      {turnedOn ? (
        <NotificationBanner variant="success">
          <p className="banner__heading">
            From now on you will enter a code from your app after your password.
          </p>
        </NotificationBanner>
      ) : null}
      <h2 className="heading-m">Save your recovery codes</h2>
      <p className="body">
        If you lose your phone, you can sign in with one of these codes instead. Each code works
        once. Write them down or print this page, and keep them somewhere safe.
      </p>
      <WarningText>We will not show these codes again.</WarningText>
      <ol className="list recovery-codes" aria-label="Your recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="body">
        <Link to="/account" className="button">
          I have saved my codes
        </Link>
      </p>
    </>
  );
}

export default function TwoStep() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData && "recoveryCodes" in actionData) {
    return <RecoveryCodes codes={actionData.recoveryCodes} turnedOn={actionData.turnedOn} />;
  }
  const failure = actionData && "errors" in actionData ? actionData : undefined;
  return (
    <>
      {page.required && !page.on ? null : <BackLink to="/account">Your account</BackLink>}
      <PageHeading>Two-step sign-in</PageHeading>
      {page.on ? (
        <>
          <p className="body">
            Two-step sign-in is on. After your password, you enter a code from your app.
          </p>
          <p className="body">
            You have {page.codesLeft} recovery {page.codesLeft === 1 ? "code" : "codes"} left.
          </p>

          <h2 className="heading-m">Make new recovery codes</h2>
          <p className="body">Your old recovery codes will stop working.</p>
          <ValidatedForm
            schema={() => import("~/auth/two-step-forms").then((m) => m.newRecoveryCodesSchema)}
            intent="new-codes"
            actionData={failure}
          >
            <OneTimeCodeInput label="Code from your app or a recovery code" />
            <Button variant="secondary">Make new recovery codes</Button>
          </ValidatedForm>

          <h2 className="heading-m">Turn off two-step sign-in</h2>
          <p className="body">
            {page.required
              ? "Staff must use two-step sign-in. If you have a new phone, turn it off here and then set it up again straight away."
              : "Your account will be less safe. You will only need your password to sign in."}
          </p>
          <ValidatedForm
            schema={() => import("~/auth/two-step-forms").then((m) => m.turnOffSchema)}
            intent="turn-off"
            actionData={failure}
          >
            <CurrentPasswordInput name="currentPassword" label="Your password" />
            <OneTimeCodeInput label="Code from your app" hint="Or one of your recovery codes." />
            <Button variant="warning">Turn off two-step sign-in</Button>
          </ValidatedForm>
        </>
      ) : page.setUp ? (
        <>
          {page.required ? (
            <InsetText>
              <p className="body">
                Staff must use two-step sign-in, because you can see a whole region&apos;s data. Set
                it up now to carry on.
              </p>
            </InsetText>
          ) : (
            <p className="body">
              Keep your account safe: as well as your password, you will enter a code from an app on
              your phone.
            </p>
          )}
          <h2 className="heading-m">1. Get an authenticator app</h2>
          <p className="body">
            For example Google Authenticator, Microsoft Authenticator or a password manager that
            makes codes.
          </p>
          <h2 className="heading-m">2. Scan this QR code with the app</h2>
          <img
            src={page.setUp.qrCode}
            alt="QR code to add SkillsBridge to your authenticator app"
            width={240}
            height={240}
            className="qr-code"
          />
          <p className="body">If you cannot scan it, type this key into the app instead:</p>
          <p className="body">
            <code className="secret-key">{page.setUp.secret}</code>
          </p>
          <h2 className="heading-m">3. Enter the code the app shows</h2>
          <ValidatedForm
            schema={() => import("~/auth/two-step-forms").then((m) => m.confirmSetUpSchema)}
            intent="confirm"
            actionData={failure}
          >
            <OneTimeCodeInput label="Code from your app" hint="It is 6 digits, like 123456." />
            <Button>Turn on two-step sign-in</Button>
          </ValidatedForm>
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
