import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Tag } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { formatDateTime } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Notifications - SkillsBridge" }];

function mine(user: { id: string; organisationId: string }) {
  return { organisationId: user.organisationId, OR: [{ userId: null }, { userId: user.id }] };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const notifications = await prisma.notification.findMany({
    where: mine(user),
    select: { id: true, message: true, link: true, readAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return { notifications };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await prisma.notification.updateMany({ where: { ...mine(user), readAt: null }, data: { readAt: new Date() } });
  return redirectWithFlash(request, "/notifications", "All notifications are marked as read.");
}

export default function Notifications() {
  const { notifications } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading>Notifications</PageHeading>
      {notifications.length === 0 ? (
        <p className="body">You have no notifications yet. We will tell you here, and by email, when something changes.</p>
      ) : (
        <>
          <Form method="post">
            <button type="submit" className="button button--secondary">
              Mark all as read
            </button>
          </Form>
          <ul className="card-list">
            {notifications.map((n) => (
              <li className="card" key={n.id}>
                {!n.readAt ? <Tag colour="blue">New</Tag> : null}
                <p className="body">{n.message}</p>
                <p className="secondary">
                  {formatDateTime(n.createdAt)}
                  {n.link ? (
                    <>
                      {" - "}
                      <Link to={n.link}>Open</Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
