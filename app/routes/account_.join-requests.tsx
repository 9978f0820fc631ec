import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { answerJoinRequestSchema } from "~/organisations/join-request-forms";
import { JoinRequestList } from "~/organisations/join-request-list";
import {
  decideJoinRequest,
  JOIN_REQUESTS_PATH,
  waitingJoinRequests,
} from "~/organisations/join-requests.server";

// An organisation's admins answer people who ask to join it (decision 033).
// Everyone in the organisation may see who is asking; only admins can answer
// (the command checks, on the request itself).

export const meta: MetaFunction = () => [{ title: "People asking to join - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    organisationName: user.organisation.name,
    requests: await waitingJoinRequests(user.organisationId),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(answerJoinRequestSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const { requestId, decision } = parsed.data;
  const result = await decideJoinRequest(user, requestId, decision);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    JOIN_REQUESTS_PATH,
    decision === "approve"
      ? `We have emailed ${result.value.name} an invitation to join.`
      : `We have told ${result.value.name} that you said no.`,
  );
}

export default function JoinRequests() {
  const { organisationName, requests } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const problem = actionData && "errors" in actionData ? Object.values(actionData.errors)[0] : null;
  return (
    <>
      <BackLink to="/account">Back to your account</BackLink>
      <PageHeading caption={organisationName}>People asking to join</PageHeading>
      <p className="body">
        Say yes only to people who work with you. If you say yes, we email them a link to make their
        account.
      </p>
      {problem ? (
        <p className="error-message" role="alert">
          {String(problem)}
        </p>
      ) : null}
      <JoinRequestList requests={requests} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
