import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { roleNames } from "~/auth/roles";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { pageFromUrl } from "~/components/pagination";
import { PageHeading, Pagination } from "~/components/ui";
import { localAuthorityName, schoolPhaseName } from "~/organisations/reference-data";
import { organisationsToCheck } from "./queries.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Check organisations - SkillsBridge" }];

const PAGE_SIZE = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const { total, page, pageCount, organisations } = await organisationsToCheck(
    pageFromUrl(new URL(request.url)),
    PAGE_SIZE,
  );
  return {
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
  };
}

export default function VerificationQueue() {
  const { total, page, pageCount, organisations } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <PageHeading caption="Partnership staff">Check organisations</PageHeading>
      <p className="body">
        Schools, board firms and businesses that signed up and are waiting to be checked, oldest
        first. A school cannot ask for placements, and a board firm's mentors are not shown, until
        you check them.
      </p>
      {total === 0 ? (
        <p className="body">There are no organisations waiting to be checked.</p>
      ) : (
        <>
          <p className="body">
            {total} {total === 1 ? "organisation is" : "organisations are"} waiting.
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
