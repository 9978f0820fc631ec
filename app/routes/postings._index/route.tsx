import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { isPostingState, nextStepText } from "~/opportunities/posting-state";
import { PostingStateTag } from "~/opportunities/state-tags";

export const meta: MetaFunction = () => [{ title: "Your postings - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const where = { organisationId: user.organisationId, state: { not: "archived" } };
  const select = { id: true, title: true, state: true, updatedAt: true } as const;
  const [apprenticeships, placements] = await Promise.all([
    prisma.apprenticeship.findMany({ where, select, orderBy: { updatedAt: "desc" }, take: 100 }),
    prisma.placement.findMany({
      where,
      select: { ...select, _count: { select: { requests: { where: { state: "new" } } } } },
      orderBy: { updatedAt: "desc" },
      take: 100,
    }),
  ]);
  const next = (state: string) => (isPostingState(state) ? nextStepText(state) : "");
  return {
    confirmed: Boolean(user.emailConfirmedAt),
    apprenticeships: apprenticeships.map((a) => ({ ...a, next: next(a.state) })),
    placements: placements.map((p) => ({ id: p.id, title: p.title, state: p.state, next: next(p.state), newRequests: p._count.requests })),
  };
}

export default function Postings() {
  const { confirmed, apprenticeships, placements } = useLoaderData<typeof loader>();
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
          Confirm your email address before you post. <Link to="/account">Send the link again</Link>.
        </p>
      )}

      <h2 className="heading-m">Apprenticeships</h2>
      {apprenticeships.length === 0 ? (
        <p className="body">You have not posted an apprenticeship yet.</p>
      ) : (
        <Table
          caption="Your apprenticeship vacancies"
          head={["Title", "State", "What happens next"]}
          rows={apprenticeships.map((a) => [
            <Link to={`/postings/apprenticeships/${a.id}`} key="t">
              {a.title}
            </Link>,
            <PostingStateTag state={a.state} key="s" />,
            a.next,
          ])}
        />
      )}

      <h2 className="heading-m">Work-experience placements</h2>
      {placements.length === 0 ? (
        <p className="body">You have not offered a placement yet.</p>
      ) : (
        <Table
          caption="Your work-experience placements"
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
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
