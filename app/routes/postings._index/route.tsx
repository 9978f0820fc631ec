import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { nextStepText, postingStateOf } from "~/opportunities/posting-state";
import { PostingStateTag } from "~/opportunities/state-tags";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.archived ? "Archived postings" : "Your postings"} - SkillsBridge` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  // Archived postings are kept out of the way, on their own list (?archived=1).
  const archived = new URL(request.url).searchParams.get("archived") === "1";
  const where = {
    organisationId: user.organisationId,
    state: archived ? "archived" : { not: "archived" },
  };
  const archivedWhere = { organisationId: user.organisationId, state: "archived" };
  const select = { id: true, title: true, state: true, updatedAt: true } as const;
  const [apprenticeships, placements, archivedCount] = await Promise.all([
    prisma.apprenticeship.findMany({
      where,
      // "New applications" on the home page links here when they are on more than one vacancy.
      select: { ...select, _count: { select: { applications: { where: { state: "new" } } } } },
      orderBy: { updatedAt: "desc" },
      take: 100,
    }),
    prisma.placement.findMany({
      where,
      select: { ...select, _count: { select: { requests: { where: { state: "new" } } } } },
      orderBy: { updatedAt: "desc" },
      take: 100,
    }),
    archived
      ? 0
      : Promise.all([
          prisma.apprenticeship.count({ where: archivedWhere }),
          prisma.placement.count({ where: archivedWhere }),
        ]).then(([a, p]) => a + p),
  ]);
  return {
    archived,
    archivedCount,
    confirmed: Boolean(user.emailConfirmedAt),
    apprenticeships: apprenticeships.map((a) => {
      const state = postingStateOf(a.state);
      return {
        id: a.id,
        title: a.title,
        state,
        next: nextStepText(state),
        newApplications: a._count.applications,
      };
    }),
    placements: placements.map((p) => ({
      id: p.id,
      title: p.title,
      state: postingStateOf(p.state),
      next: nextStepText(postingStateOf(p.state)),
      newRequests: p._count.requests,
    })),
  };
}

export default function Postings() {
  const { archived, archivedCount, confirmed, apprenticeships, placements } =
    useLoaderData<typeof loader>();
  if (archived)
    return <ArchivedPostings apprenticeships={apprenticeships} placements={placements} />;
  return (
    <>
      <PageHeading>Your postings</PageHeading>
      {confirmed ? (
        <div className="button-group">
          <Link to="/postings/apprenticeships/new" className="button">
            Post an apprenticeship
          </Link>
          <Link to="/postings/placements/new" className="button button--secondary">
            Offer a work-experience placement
          </Link>
        </div>
      ) : (
        <p className="body">
          Confirm your email address before you post. <Link to="/account">Send the link again</Link>
          .
        </p>
      )}

      <h2 className="heading-m">Apprenticeships</h2>
      {apprenticeships.length === 0 ? (
        <p className="body">You have not posted an apprenticeship yet.</p>
      ) : (
        <Table
          caption="Your apprenticeship vacancies"
          head={["Title", "State", "What happens next", "New to read"]}
          numeric={[3]}
          rows={apprenticeships.map((a) => [
            <Link to={`/postings/apprenticeships/${a.id}`} key="t">
              {a.title}
            </Link>,
            <PostingStateTag state={a.state} key="s" />,
            a.next,
            a.newApplications > 0 ? (
              <Link to={`/postings/apprenticeships/${a.id}/applications?state=new`} key="n">
                {a.newApplications}
                <span className="visually-hidden"> new for {a.title}</span>
              </Link>
            ) : (
              0
            ),
          ])}
        />
      )}

      <h2 className="heading-m">Work experience</h2>
      {placements.length === 0 ? (
        <p className="body">You have not offered a placement yet.</p>
      ) : (
        <Table
          caption="Your work experience places"
          head={["Title", "State", "What happens next", "New requests"]}
          numeric={[3]}
          rows={placements.map((p) => [
            <Link to={`/postings/placements/${p.id}`} key="t">
              {p.title}
            </Link>,
            <PostingStateTag state={p.state} key="s" />,
            p.next,
            p.newRequests,
          ])}
        />
      )}

      {archivedCount > 0 ? (
        <p className="body">
          <Link to="/postings?archived=1">Archived postings ({archivedCount})</Link>
        </p>
      ) : null}
    </>
  );
}

type Row = { id: string; title: string };

/** Postings put away after closing. Each can still be opened and copied to post again. */
function ArchivedPostings({
  apprenticeships,
  placements,
}: {
  apprenticeships: Row[];
  placements: Row[];
}) {
  const rows = [
    ...apprenticeships.map((a) => ({
      ...a,
      path: `/postings/apprenticeships/${a.id}`,
      kind: "Apprenticeship",
    })),
    ...placements.map((p) => ({
      ...p,
      path: `/postings/placements/${p.id}`,
      kind: "Work-experience placement",
    })),
  ];
  return (
    <>
      <BackLink to="/postings">Back to your postings</BackLink>
      <PageHeading>Archived postings</PageHeading>
      {rows.length === 0 ? (
        <p className="body">You have not archived any postings.</p>
      ) : (
        <>
          <p className="body">Open one to copy it and post it again.</p>
          <Table
            caption="Your archived postings"
            head={["Title", "Kind"]}
            rows={rows.map((r) => [
              <Link to={r.path} key="t">
                {r.title}
              </Link>,
              r.kind,
            ])}
          />
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
