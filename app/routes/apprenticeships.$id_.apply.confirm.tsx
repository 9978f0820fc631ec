import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { openApplyLink } from "~/applications/apply.server";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { findUsableToken } from "~/auth/tokens.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";
import { parseForm } from "~/forms/parse";

export const meta: MetaFunction = () => [{ title: "Start your application - SkillsBridge" }];

// As with account links, opening the link only shows a button: pressing it uses
// the token, so email scanners that open links cannot use it up, and the token
// leaves the address bar as soon as it is used.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const vacancy = await requireVacancyForApplying(params.id!);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const found = await findUsableToken("apply", token);
  return {
    vacancy: { id: vacancy.id, title: vacancy.title, employer: vacancy.employer },
    token: found ? token : null,
    email: found?.email ?? null,
  };
}

const schema = z.object({ token: z.string().min(1).max(200) });

export async function action({ request, params }: ActionFunctionArgs) {
  const parsed = parseForm(schema, await readFormData(request));
  const result = parsed.ok ? await openApplyLink(params.id!, parsed.data.token) : null;
  if (result?.status !== "done") return redirect(`/apprenticeships/${params.id}/apply/confirm`);
  return redirect(`/apprenticeships/${params.id}/apply/name`, {
    headers: { "Set-Cookie": result.value.setCookie },
  });
}

export default function ConfirmApplyLink() {
  const { vacancy, token, email } = useLoaderData<typeof loader>();
  if (!token) {
    return (
      <>
        <PageHeading caption={`${vacancy.title}, ${vacancy.employer}`}>
          This link has expired
        </PageHeading>
        <p className="body">The link may have been used already, or it is too old.</p>
        <p className="body">
          <Link to={`/apprenticeships/${vacancy.id}/apply`}>Ask for a new link</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading caption={`${vacancy.title}, ${vacancy.employer}`}>
        Start your application
      </PageHeading>
      <p className="body">
        Press the button to confirm that <strong>{email}</strong> is your email address and start.
      </p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--primary">
          Confirm and start
        </button>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
