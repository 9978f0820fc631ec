import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { noStoreHeaders } from "~/auth/no-store";
import { safeRedirect } from "~/auth/safe-redirect";
import { createUserSession, requireAnonymous } from "~/auth/session.server";
import {
  CHALLENGE_ENDED_MESSAGE,
  clearChallengeCookie,
  completeChallenge,
  currentChallenge,
} from "~/auth/sign-in-challenge.server";
import { signInCodeSchema } from "~/auth/two-step-forms";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/forms/fields";
import { OneTimeCodeInput } from "~/components/forms/one-time-code-input";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

// The second step of signing in (decision 034). The person holds a challenge
// cookie, not a session: this page is all it opens.

export const meta: MetaFunction = () => [{ title: "Enter your code - SkillsBridge" }];
export const headers = noStoreHeaders;

function startAgain(request: Request) {
  return redirectWithFlash(request, "/sign-in", CHALLENGE_ENDED_MESSAGE, {
    "Set-Cookie": clearChallengeCookie(),
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  if (!(await currentChallenge(request))) throw await startAgain(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const parsed = parseForm(signInCodeSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const address = context.clientAddress ?? "unknown";
  const result = await completeChallenge(request, parsed.data.oneTimeCode, address);
  if (result.status === "refused" && result.reason === CHALLENGE_ENDED_MESSAGE) {
    return startAgain(request);
  }
  if (result.status !== "done") return notDone(result, parsed.values);
  const headers = new Headers();
  headers.append("Set-Cookie", clearChallengeCookie());
  headers.append("Set-Cookie", await createUserSession(result.value.userId, request));
  const to = safeRedirect(result.value.redirectTo);
  if (!result.value.usedRecoveryCode) return redirect(to, { headers });
  const left = result.value.codesLeft;
  return redirectWithFlash(
    request,
    to,
    `You signed in with a recovery code. It will not work again. You have ${left} ${left === 1 ? "code" : "codes"} left: you can make new ones on your account page.`,
    headers,
  );
}

export default function SignInCode() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeading>Enter your code</PageHeading>
      <p className="body">
        Open the authenticator app on your phone. Enter the 6-digit code it shows for SkillsBridge.
      </p>
      <ValidatedForm
        schema={() => import("~/auth/two-step-forms").then((m) => m.signInCodeSchema)}
        actionData={actionData}
      >
        <OneTimeCodeInput
          label="Code"
          hint="If you cannot use your app, enter one of your recovery codes instead."
        />
        <Button>Sign in</Button>
      </ValidatedForm>
      <p className="body">
        <Link to="/sign-in">Start signing in again</Link>
      </p>
      <p className="body">Lost your phone and your recovery codes? Contact the partnership team.</p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
