import { schoolNameOf } from "~/opportunities/former";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, InsetText, PageHeading } from "~/components/ui";
import { concernQueue } from "~/opportunities/messages.server";
import { formatDateTime } from "~/time/format";

// The staff queue of concerns raised on placement requests: each with who
// raised it, the placement, and the whole thread, so staff can judge it.

export const meta: MetaFunction = () => [{ title: "Placement concerns - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  return { concerns: await concernQueue() };
}

const sideName = { school: "the school", employer: "the employer" } as const;

export default function PlacementConcerns() {
  const { concerns } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/staff">Back to staff home</BackLink>
      <PageHeading caption="Partnership staff">Placement concerns</PageHeading>
      {concerns.length === 0 ? (
        <p className="body">There are no open concerns.</p>
      ) : (
        <ol className="list">
          {concerns.map((c) => (
            <li key={c.id}>
              <h2 className="heading-m">
                {c.request.placement.title}: {schoolNameOf(c.request.school)} and{" "}
                {c.request.placement.organisation.name}
              </h2>
              <p className="body">
                Raised by {c.raisedBy?.name ?? "someone who has left"} for {sideName[c.side]}
                {c.raisedBy ? (
                  <>
                    {" "}
                    (<a href={`mailto:${c.raisedBy.email}`}>{c.raisedBy.email}</a>)
                  </>
                ) : null}{" "}
                on {formatDateTime(c.createdAt)}.
              </p>
              <InsetText>
                <p className="body pre-line">{c.details}</p>
              </InsetText>
              <h3 className="heading-s">Messages on this request</h3>
              {c.request.messages.length === 0 ? (
                <p className="body">No messages.</p>
              ) : (
                <ol className="list">
                  {c.request.messages.map((m) => (
                    <li key={m.id}>
                      <p className="body">
                        <strong>
                          {m.author?.name ?? "Someone who has left"} ({sideName[m.side]})
                        </strong>
                        , {formatDateTime(m.createdAt)}
                      </p>
                      <p className="body pre-line">{m.body}</p>
                    </li>
                  ))}
                </ol>
              )}
              <p className="body">Request reference: {c.request.id}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
