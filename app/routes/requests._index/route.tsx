import { employerNameOf, schoolNameOf } from "~/opportunities/former";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { effectiveRequestState, requestRowSelect } from "~/opportunities/requests.server";
import { RequestStateTag } from "~/opportunities/state-tags";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Placement requests - SkillsBridge" }];

const requestSelect = {
  ...requestRowSelect,
  placement: {
    select: {
      id: true,
      title: true,
      state: true,
      startDate: true,
      organisation: { select: { name: true } },
    },
  },
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["school", "sme"]);
  const now = new Date();
  const rows = await prisma.placementRequest.findMany({
    where:
      user.role === "school"
        ? { schoolOrgId: user.organisationId }
        : { placement: { organisationId: user.organisationId } },
    select: requestSelect,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const requests = rows.map((r) => ({
    ...r,
    state: effectiveRequestState(r.state, r.placement, now),
  }));
  return { role: user.role, requests };
}

export default function Requests() {
  const { role, requests } = useLoaderData<typeof loader>();
  if (role === "school") {
    return (
      <>
        <PageHeading>Your requests for places</PageHeading>
        {requests.length === 0 ? (
          <p className="body">
            You have not asked for any places yet.{" "}
            <Link to="/placements">Find work experience</Link>.
          </p>
        ) : (
          <Table
            caption="Requests your school has made"
            head={["Placement", "Employer", "Places", "Sent", "State"]}
            numeric={[2]}
            rows={requests.map((r) => [
              <Link to={`/requests/${r.id}`} key="p">
                {r.placement.title}
              </Link>,
              employerNameOf(r.placement.organisation),
              r.state === "accepted" ? `${r.placesAccepted} of ${r.places}` : r.places,
              formatDate(r.createdAt),
              <RequestStateTag state={r.state} key="s" />,
            ])}
          />
        )}
      </>
    );
  }
  // For an employer: grouped by placement, so each can be answered in turn.
  const byPlacement = new Map<string, { title: string; requests: typeof requests }>();
  for (const r of requests) {
    const group = byPlacement.get(r.placement.id) ?? { title: r.placement.title, requests: [] };
    group.requests.push(r);
    byPlacement.set(r.placement.id, group);
  }
  return (
    <>
      <PageHeading>Requests from schools</PageHeading>
      {requests.length === 0 ? <p className="body">No school has asked for places yet.</p> : null}
      {[...byPlacement.entries()].map(([id, group]) => (
        <section key={id}>
          <h2 className="heading-m">
            <Link to={`/postings/placements/${id}`}>{group.title}</Link>
          </h2>
          <Table
            caption={`Requests for ${group.title}`}
            head={["School", "Year group", "Places", "Sent", "State"]}
            numeric={[2]}
            rows={group.requests.map((r) => [
              <Link to={`/requests/${r.id}`} key="s">
                {schoolNameOf(r.school)}
              </Link>,
              `Year ${r.yearGroup}`,
              r.state === "accepted" ? `${r.placesAccepted} of ${r.places}` : r.places,
              formatDate(r.createdAt),
              <RequestStateTag state={r.state} key="t" />,
            ])}
          />
        </section>
      ))}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
