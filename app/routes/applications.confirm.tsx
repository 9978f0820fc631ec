import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { openReturnLink } from "~/applications/applicant.server";
import { findUsableToken } from "~/auth/tokens.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";

export const meta: MetaFunction = () => [{ title: "See your applications - SkillsBridge" }];

// Opening the link shows a button; only pressing it uses the token (as with every emailed link).
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const found = await findUsableToken("application-return", token);
  return { token: found ? token : null, email: found?.email ?? null };
}

const schema = z.object({ token: z.string().min(1).max(200) });

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(schema, await readFormData(request));
  const result = parsed.ok ? await openReturnLink(parsed.data.token) : null;
  if (result?.status !== "done")
    return redirectWithFlash(request, "/applications", "That link has expired. Ask for a new one.");
  return redirect("/applications/mine", { headers: { "Set-Cookie": result.value.setCookie } });
}

export default function ConfirmReturnLink() {
  const { token, email } = useLoaderData<typeof loader>();
  if (!token) {
    return (
      <>
        <PageHeading>This link has expired</PageHeading>
        <p className="body">The link may have been used already, or it is too old.</p>
        <p className="body">
          <Link to="/applications">Ask for a new link</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>See your applications</PageHeading>
      <p className="body">
        Press the button to see the applications sent from <strong>{email}</strong>.
      </p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--primary">
          See my applications
        </button>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
