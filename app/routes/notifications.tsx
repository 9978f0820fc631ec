import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Tag } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { listNotifications, markAllRead } from "~/notifications/notify.server";
import { formatDateTime } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Notifications - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { notifications: await listNotifications(user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await markAllRead(user);
  return redirectWithFlash(request, "/notifications", "All notifications are marked as read.");
}

export default function Notifications() {
  const { notifications } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading>Notifications</PageHeading>
      {notifications.length === 0 ? (
        <p className="body">
          Nothing new yet. We will tell you here, and by email, when something changes.
        </p>
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
