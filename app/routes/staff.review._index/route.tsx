import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { pageFromUrl } from "~/components/pagination";
import { PageHeading, Pagination, Table } from "~/components/ui";
import { postingKindNames } from "~/opportunities/display";
import { postingPath } from "~/opportunities/posting-kind";
import {
  reviewKindFrom,
  reviewOrderFrom,
  reviewQueue,
  type ReviewKind,
} from "~/opportunities/review-queue.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Review postings - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const url = new URL(request.url);
  const kind = reviewKindFrom(url.searchParams.get("kind"));
  const order = reviewOrderFrom(url.searchParams.get("order"));
  const queue = await reviewQueue({ kind, order }, pageFromUrl(url));
  return {
    kind,
    order,
    counts: queue.counts,
    total: queue.total,
    page: queue.page,
    pageCount: queue.pageCount,
    rows: queue.rows.map((row) => ({ ...row, waitingSince: row.waitingSince.toISOString() })),
  };
}

const kindLists: { id: ReviewKind; name: string }[] = [
  { id: "all", name: "All postings" },
  { id: "apprenticeship", name: "Apprenticeships" },
  { id: "placement", name: "Work experience" },
];

function waiting(count: number) {
  return `${count.toLocaleString("en-GB")} waiting`;
}

export default function ReviewQueue() {
  const { kind, order, counts, total, page, pageCount, rows } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <PageHeading caption="Partnership staff">Review postings</PageHeading>
      <p className="body">
        Postings waiting to be checked. Approve them to make them live, or ask for changes.
      </p>
      <nav aria-label="Postings by kind">
        <ul className="list list--inline">
          {kindLists.map((list) => (
            <li key={list.id}>
              <Link
                to={`/staff/review?kind=${list.id}&order=${order}`}
                aria-current={list.id === kind ? "page" : undefined}
              >
                {list.name} ({counts[list.id].toLocaleString("en-GB")})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="get" className="filters" aria-label="Sort the postings">
        <input type="hidden" name="kind" value={kind} />
        <div className="form-group">
          <label className="label" htmlFor="review-order">
            Sort by
          </label>
          <select className="select" id="review-order" name="order" defaultValue={order}>
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Sort
        </button>
      </Form>
      {total === 0 ? (
        <p className="body">Nothing is waiting to be checked.</p>
      ) : (
        <>
          <Table
            caption={`${waiting(total)}, ${order === "newest" ? "newest" : "oldest"} first`}
            head={["Title", "Kind", "Employer", "Sent"]}
            rows={rows.map((p) => [
              <Link to={`/staff/review/${postingPath(p.kind)}/${p.id}`} key="t">
                {p.title}
              </Link>,
              postingKindNames[p.kind],
              p.organisationName,
              formatDate(p.waitingSince),
            ])}
          />
          <Pagination page={page} pageCount={pageCount} search={location.search} />
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
