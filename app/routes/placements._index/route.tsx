import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormStateProvider, Select, TextInput } from "~/components/forms/fields";
import { PageHeading, Pagination } from "~/components/ui";
import { localAuthorities, localAuthorityName, sectorName, sectors } from "~/organisations/reference-data";
import { formatName, yearGroupsText } from "~/opportunities/display";
import { yearGroups } from "~/opportunities/placement-rules";
import { placementFormats } from "~/opportunities/options";
import { placementFilters } from "~/opportunities/search";
import { searchPlacements } from "~/opportunities/search.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Find work experience - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["school", "staff"]);
  const filters = placementFilters(new URL(request.url).searchParams);
  const found = await searchPlacements(filters, new Date());
  return { filters, ...found };
}

const options = (list: readonly { id: string; name: string }[]) => list.map((i) => ({ value: i.id, label: i.name }));

export default function FindPlacements() {
  const { filters, results, total, page, pageCount } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const values = {
    q: filters.q,
    sector: filters.sector ?? "",
    la: filters.la ?? "",
    from: filters.from ?? "",
    to: filters.to ?? "",
    year: filters.year ?? "",
    format: filters.format ?? "",
  };
  return (
    <>
      <PageHeading>Find work experience</PageHeading>
      <p className="lead">Placements at local businesses for your students. Ask for places on any that fit.</p>
      <div className="layout-sidebar">
        <Form method="get" role="search" aria-label="Placements">
          <FormStateProvider errors={{}} values={values}>
            <TextInput name="q" label="Keywords" hint="Like printing, cafe or coding." type="search" />
            <Select name="sector" label="Sector" options={options(sectors)} placeholder="Any sector" />
            <Select name="la" label="Area" options={options(localAuthorities)} placeholder="Anywhere" />
            <Select name="year" label="Year group" options={options(yearGroups)} placeholder="Any year group" />
            <Select name="format" label="In person or online" options={options(placementFormats)} placeholder="Any" />
            <TextInput name="from" label="Available from" type="date" width="10" />
            <TextInput name="to" label="Available until" type="date" width="10" />
          </FormStateProvider>
          <button type="submit" className="button">
            Search
          </button>
        </Form>
        <div>
          <h2 className="heading-m" aria-live="polite">
            {total === 0 ? "No placements found" : `${total} ${total === 1 ? "placement" : "placements"} found`}
          </h2>
          {total === 0 ? <p className="body">Try fewer keywords or fewer filters.</p> : null}
          <ul className="card-list">
            {results.map((p) => (
              <li className="card" key={p.id}>
                <h3 className="card__title">
                  <Link to={`/placements/${p.id}`}>{p.title}</Link>
                </h3>
                <p className="secondary">
                  {p.organisation.name}
                  {p.localAuthority ? `, ${localAuthorityName(p.localAuthority)}` : ""}. {sectorName(p.sector)}.
                </p>
                <p className="body">
                  {formatDate(p.startDate)} to {formatDate(p.endDate)}. {formatName(p.format)}. {yearGroupsText(p.yearGroups)}.{" "}
                  {p.places} {p.places === 1 ? "place" : "places"}.
                </p>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageCount={pageCount} search={search} />
        </div>
      </div>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
