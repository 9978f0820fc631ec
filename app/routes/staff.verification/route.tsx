import { unknownFilterValues } from "~/forms/filter-params";
import { listPage } from "~/forms/filter-response.server";
import { ErrorSummary } from "~/components/forms/fields";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { roleNames } from "~/auth/roles";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { pageFromUrl } from "~/components/pagination";
import { PageHeading, Pagination } from "~/components/ui";
import { localAuthorityName, schoolPhaseName } from "~/organisations/reference-data";
import { statusListFrom, statusLists } from "~/organisations/verification";
import { organisationsWithStatus } from "./queries.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Check organisations - SkillsBridge" }];

const PAGE_SIZE = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const url = new URL(request.url);
  const list = statusListFrom(url.searchParams.get("status"));
  const problems = unknownFilterValues(url.searchParams, {
    status: { allowed: statusLists.map((l) => l.id), what: "list" },
  });
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const { total, page, pageCount, organisations } = await organisationsWithStatus(
    list,
    q,
    pageFromUrl(url),
    PAGE_SIZE,
  );
  return listPage(
    {
      list: list.id,
      q,
      total,
      page,
      pageCount,
      organisations: organisations.map((org) => ({
        id: org.id,
        name: org.name,
        kindName: roleNames[org.kind],
        area: localAuthorityName(org.localAuthority),
        school:
          org.kind === "school"
            ? { urn: org.schoolUrn ?? "", phase: schoolPhaseName(org.schoolPhase) }
            : null,
        signedUpBy: org.users[0] ?? null,
        createdAt: org.createdAt.toISOString(),
      })),
    },
    problems,
  );
}

export default function VerificationQueue() {
  const { list, q, total, page, pageCount, organisations, filterProblems } =
    useLoaderData<typeof loader>();
  const location = useLocation();
  const listName = statusLists.find((l) => l.id === list)?.name ?? "Waiting";
  return (
    <>
      <PageHeading caption="Partnership staff">Check organisations</PageHeading>
      <p className="body">
        Schools, board firms and businesses that signed up and are waiting to be checked, oldest
        first. A school cannot ask for placements, and a board firm's mentors are not shown, until
        you check them.
      </p>
      {/* The lists are links, so an unknown one is named for the page as a whole. */}
      <ErrorSummary
        errors={
          filterProblems.status ? { form: `${filterProblems.status} Showing the first list.` } : {}
        }
      />
      <nav aria-label="Organisations by status">
        <ul className="list list--inline">
          {statusLists.map((l) => (
            <li key={l.id}>
              <Link
                to={`/staff/verification?status=${l.id}`}
                aria-current={l.id === list ? "page" : undefined}
              >
                {l.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="get" role="search" aria-label="Organisations">
        <input type="hidden" name="status" value={list} />
        <div className="form-group">
          <label className="label" htmlFor="organisation-search">
            Search {listName.toLowerCase()} organisations
          </label>
          <div className="hint" id="organisation-search-hint">
            Part of a name or email address, or a school reference or Companies House number
          </div>
          <input
            className="input input--w20"
            id="organisation-search"
            aria-describedby="organisation-search-hint"
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
      {total === 0 ? (
        <p className="body">
          {q
            ? `No ${listName.toLowerCase()} organisations match "${q}".`
            : list === "waiting"
              ? "There are no organisations waiting to be checked."
              : `There are no organisations in the list "${listName}".`}
        </p>
      ) : (
        <>
          <p className="body">
            {list === "waiting" && !q
              ? `${total} ${total === 1 ? "organisation is" : "organisations are"} waiting.`
              : `${listName}: ${total} ${total === 1 ? "organisation" : "organisations"}${q ? ` match "${q}"` : ""}.`}
          </p>
          <ul className="card-list">
            {organisations.map((org) => (
              <li className="card" key={org.id}>
                <h2 className="card__title">
                  <Link to={`/staff/verification/${org.id}`}>{org.name}</Link>
                </h2>
                <dl className="summary-list">
                  <div className="summary-list__row">
                    <dt className="summary-list__key">Type</dt>
                    <dd className="summary-list__value">{org.kindName}</dd>
                  </div>
                  {org.school ? (
                    <>
                      <div className="summary-list__row">
                        <dt className="summary-list__key">School reference number</dt>
                        <dd className="summary-list__value">{org.school.urn || "Not given"}</dd>
                      </div>
                      <div className="summary-list__row">
                        <dt className="summary-list__key">Type of school</dt>
                        <dd className="summary-list__value">{org.school.phase || "Not given"}</dd>
                      </div>
                    </>
                  ) : null}
                  <div className="summary-list__row">
                    <dt className="summary-list__key">Area</dt>
                    <dd className="summary-list__value">{org.area || "Not given"}</dd>
                  </div>
                  <div className="summary-list__row">
                    <dt className="summary-list__key">Signed up by</dt>
                    <dd className="summary-list__value">
                      {org.signedUpBy
                        ? `${org.signedUpBy.name} (${org.signedUpBy.email})`
                        : "Nobody yet"}
                    </dd>
                  </div>
                  <div className="summary-list__row">
                    <dt className="summary-list__key">Signed up on</dt>
                    <dd className="summary-list__value">{formatDate(org.createdAt)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageCount={pageCount} search={location.search} />
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
