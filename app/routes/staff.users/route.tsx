import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { inviteStaff } from "~/accounts/invitations.server";
import { roleNames } from "~/auth/roles";
import { requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { describeLifetime } from "~/auth/token-lifetimes";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { pageFromUrl } from "~/components/pagination";
import { InviteForm } from "~/components/forms/invite-form";
import { PageHeading, Pagination, Table, Tag } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { inviteStaffSchema } from "./forms";
import { findUsers } from "./queries.server";

export const meta: MetaFunction = () => [{ title: "Users - SkillsBridge" }];

const PAGE_SIZE = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const { total, page, pageCount, users } = await findUsers(q, pageFromUrl(url), PAGE_SIZE);
  return {
    q,
    total,
    page,
    pageCount,
    users: users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      roleName: roleNames[user.role],
      organisation: user.organisation.name,
      suspended: Boolean(user.suspendedAt),
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const parsed = parseForm(inviteStaffSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const { email } = parsed.data;
  const result = await inviteStaff(staff, email, context.clientAddress ?? "unknown");
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/staff/users",
    `We have sent an invitation to ${email}. It lasts ${describeLifetime("invite")}.`,
  );
}

export default function StaffUsers() {
  const { q, total, page, pageCount, users } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  return (
    <>
      <PageHeading caption="Partnership staff">Users</PageHeading>
      <Form method="get" role="search" aria-label="Users">
        <div className="form-group">
          <label className="label" htmlFor="user-search">
            Search by name or email address
          </label>
          <input
            className="input input--w20"
            id="user-search"
            name="q"
            type="search"
            defaultValue={q}
            spellCheck={false}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </Form>
      {users.length === 0 ? (
        <p className="body">{q ? `No users match "${q}".` : "There are no users yet."}</p>
      ) : (
        <>
          <Table
            caption={
              q
                ? `${total} ${total === 1 ? "user matches" : "users match"} "${q}"`
                : `Newest users (${total} in all)`
            }
            head={["Name", "Email address", "Type", "Organisation", "Status"]}
            rows={users.map((user) => [
              <Link to={`/staff/users/${user.id}`} key="name">
                {user.name}
              </Link>,
              user.email,
              user.roleName,
              user.organisation,
              user.suspended ? <Tag colour="red">Suspended</Tag> : <Tag colour="green">Active</Tag>,
            ])}
          />
          <Pagination page={page} pageCount={pageCount} search={location.search} />
        </>
      )}

      <h2 className="heading-m">Invite a member of staff</h2>
      <p className="body">
        Staff accounts cannot be made by signing up. The person you invite gets a link that works
        once and lasts {describeLifetime("invite")}.
      </p>
      <InviteForm
        schema={() => import("./forms").then((m) => m.inviteStaffSchema)}
        name="email"
        label="Their work email address"
        actionData={actionData}
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
