import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { suspendUser, restoreUser } from "~/accounts/suspension.server";
import { historyOf } from "~/audit/audit.server";
import { roleNames } from "~/auth/roles";
import { notFound, requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, SummaryList, Tag } from "~/components/ui";
import { formatDate } from "~/time/format";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { userActionSchema } from "./forms";
import { userForStaff } from "./queries.server";
import { AuditHistory } from "~/audit/audit-history";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.user.name ?? "User"} - Users - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const user = await userForStaff(params.id ?? "");
  if (!user) notFound();
  const history = await historyOf("user", user.id);
  return {
    isMe: user.id === staff.id,
    user: { ...user, roleName: roleNames[user.role] },
    history,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const parsed = parseForm(userActionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const id = params.id ?? "";
  const back = `/staff/users/${id}`;

  if (parsed.data.intent === "suspend") {
    const result = await suspendUser(staff, id, parsed.data.reason);
    if (result.status !== "done") return notDone(result, parsed.values);
    const { name, changed } = result.value;
    return redirectWithFlash(
      request,
      back,
      changed ? `${name} is suspended and has been signed out.` : `${name} was already suspended.`,
    );
  }
  const result = await restoreUser(staff, id, parsed.data.reason);
  if (result.status !== "done") return notDone(result, parsed.values);
  const { name, changed } = result.value;
  return redirectWithFlash(
    request,
    back,
    changed ? `${name} can sign in again.` : `${name} was not suspended.`,
  );
}

export default function StaffUser() {
  const { isMe, user, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/staff/users">Back to users</BackLink>
      <PageHeading caption={user.organisation.name}>{user.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "Email address", value: user.email },
          { key: "Type", value: user.roleName },
          {
            key: "Organisation",
            value:
              user.organisation.kind === "staff" ? (
                user.organisation.name
              ) : (
                <Link to={`/staff/verification/${user.organisation.id}`}>
                  {user.organisation.name}
                </Link>
              ),
          },
          { key: "Joined", value: formatDate(user.createdAt) },
          {
            key: "Email confirmed",
            value: user.emailConfirmedAt ? formatDate(user.emailConfirmedAt) : "Not yet",
          },
          {
            key: "Status",
            value: user.suspendedAt ? (
              <Tag colour="red">Suspended since {formatDate(user.suspendedAt)}</Tag>
            ) : (
              <Tag colour="green">Active</Tag>
            ),
          },
        ]}
      />
      {isMe ? (
        <p className="body">This is your own account.</p>
      ) : user.suspendedAt ? (
        <>
          <h2 className="heading-m">Restore this user</h2>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.restoreSchema)}
            intent="restore"
            actionData={actionData}
          >
            <Textarea
              name="reason"
              label="Why are you restoring them?"
              hint="Only staff see this, in the audit trail."
              rows={3}
              maxLength={500}
            />
            <Button>Restore user</Button>
          </ValidatedForm>
        </>
      ) : (
        <>
          <h2 className="heading-m">Suspend this user</h2>
          <p className="body">
            They will be signed out at once and cannot sign in until staff restore them.
          </p>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.suspendSchema)}
            intent="suspend"
            actionData={actionData}
          >
            <Textarea
              name="reason"
              label="Why are you suspending them?"
              hint="Only staff see this, in the audit trail."
              rows={3}
              maxLength={500}
            />
            <Button variant="warning">Suspend user</Button>
          </ValidatedForm>
        </>
      )}
      <AuditHistory title="Earlier staff actions" events={history} recordId={user.id} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
