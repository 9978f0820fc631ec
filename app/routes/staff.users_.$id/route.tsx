import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { historyOf, recordAudit } from "~/audit/audit.server";
import { roleNames, type Role } from "~/auth/roles";
import { notFound, requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, SummaryList, Tag } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { userActionSchema } from "./forms";
import { AuditHistory } from "~/audit/audit-history";
import { formatDate } from "~/time/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.user.name ?? "User"} - Users - SkillsBridge` }];

function findUser(id: string) {
  return prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      emailConfirmedAt: true,
      suspendedAt: true,
      organisation: { select: { id: true, name: true, kind: true } },
    },
  });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const user = await findUser(params.id ?? "");
  if (!user) notFound();
  const history = await historyOf("user", user.id);
  return {
    isMe: user.id === staff.id,
    user: { ...user, roleName: roleNames[user.role as Role] ?? user.role },
    history,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const parsed = parseForm(userActionSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const user = await findUser(params.id ?? "");
  if (!user) notFound();
  const back = `/staff/users/${user.id}`;
  const target = { targetType: "user", targetId: user.id, targetLabel: user.email, reason: parsed.data.reason };

  if (parsed.data.intent === "suspend") {
    if (user.id === staff.id) return invalid({ reason: "You cannot suspend your own account" }, parsed.values);
    const suspended = await prisma.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({ where: { id: user.id, suspendedAt: null }, data: { suspendedAt: new Date() } });
      if (count === 0) return false;
      // Ending every session stops an open browser at its next page.
      await tx.session.deleteMany({ where: { userId: user.id } });
      await recordAudit(staff, { action: "user.suspend", ...target }, tx);
      return true;
    });
    return redirectWithFlash(request, back, suspended ? `${user.name} is suspended and has been signed out.` : `${user.name} was already suspended.`);
  }

  const restored = await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, suspendedAt: { not: null } }, data: { suspendedAt: null } });
    if (count === 0) return false;
    await recordAudit(staff, { action: "user.restore", ...target }, tx);
    return true;
  });
  return redirectWithFlash(request, back, restored ? `${user.name} can sign in again.` : `${user.name} was not suspended.`);
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
                <Link to={`/staff/verification/${user.organisation.id}`}>{user.organisation.name}</Link>
              ),
          },
          { key: "Joined", value: formatDate(user.createdAt) },
          { key: "Email confirmed", value: user.emailConfirmedAt ? formatDate(user.emailConfirmedAt) : "Not yet" },
          {
            key: "Status",
            value: user.suspendedAt ? <Tag colour="red">Suspended since {formatDate(user.suspendedAt)}</Tag> : <Tag colour="green">Active</Tag>,
          },
        ]}
      />
      {isMe ? (
        <p className="body">This is your own account.</p>
      ) : user.suspendedAt ? (
        <>
          <h2 className="heading-m">Restore this user</h2>
          <ValidatedForm schema={() => import("./forms").then((m) => m.restoreSchema)} intent="restore" actionData={actionData}>
            <Textarea name="reason" label="Why are you restoring them?" hint="Only staff see this, in the audit trail." rows={3} maxLength={500} />
            <Button>Restore user</Button>
          </ValidatedForm>
        </>
      ) : (
        <>
          <h2 className="heading-m">Suspend this user</h2>
          <p className="body">They will be signed out at once and cannot sign in until staff restore them.</p>
          <ValidatedForm schema={() => import("./forms").then((m) => m.suspendSchema)} intent="suspend" actionData={actionData}>
            <Textarea name="reason" label="Why are you suspending them?" hint="Only staff see this, in the audit trail." rows={3} maxLength={500} />
            <Button variant="warning">Suspend user</Button>
          </ValidatedForm>
        </>
      )}
      <AuditHistory title="Earlier staff actions" events={history} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
