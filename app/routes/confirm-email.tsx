import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { readFormData } from "~/forms/form-data.server";
import { noStoreHeaders } from "~/auth/no-store";
import { changeEmailByLink, confirmEmailByLink } from "~/accounts/settings.server";
import { findUsableToken } from "~/auth/tokens.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";

export const headers = noStoreHeaders;

export const meta: MetaFunction = () => [{ title: "Confirm your email address - SkillsBridge" }];

// Opening the link shows a button; only pressing it uses the token. Email
// scanners that open links cannot use it up, and the token leaves the address
// bar as soon as it is used.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const confirm = await findUsableToken("confirm-email", token);
  const change = confirm ? null : await findUsableToken("change-email", token);
  const found = confirm ?? change;
  return { token: found ? token : null, email: found?.email ?? null, isChange: Boolean(change) };
}

const schema = z.object({ token: z.string().min(1).max(200) });

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(schema, await readFormData(request));
  const token = parsed.ok ? parsed.data.token : "";
  if ((await confirmEmailByLink(token)).status === "done") {
    return redirectWithFlash(request, "/", "Thank you. Your email address is confirmed.");
  }
  const change = await changeEmailByLink(token);
  if (change.status === "done")
    return redirectWithFlash(
      request,
      "/account",
      `Your email address is now ${change.value.email}.`,
    );
  if (change.status === "refused") return redirectWithFlash(request, "/account", change.reason);
  return redirectWithFlash(
    request,
    "/",
    "That link has expired or has already been used. You can ask for a new one from your account page.",
  );
}

export default function ConfirmEmail() {
  const { token, email, isChange } = useLoaderData<typeof loader>();
  if (!token) {
    return (
      <>
        <PageHeading>This link has expired</PageHeading>
        <p className="body">The link may have been used already, or it is too old.</p>
        <p className="body">
          Sign in and go to <Link to="/account">your account</Link> to send a new link.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>
        {isChange ? "Confirm your new email address" : "Confirm your email address"}
      </PageHeading>
      <p className="body">
        Press the button to confirm that <strong>{email}</strong> is your email address.
      </p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--primary">
          Confirm my email address
        </button>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
