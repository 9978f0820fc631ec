import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { unknownFilterValues } from "~/forms/filter-params";
import { listPage } from "~/forms/filter-response.server";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DateInput } from "~/components/forms/date-input";
import { typedDates } from "~/forms/date-input";
import { Checkbox, Select, selectOptions } from "~/components/forms/fields";
import { PageHeading, Tag } from "~/components/ui";
import { formatDate } from "~/time/format";
import { employerNameOf } from "~/opportunities/former";
import { localAuthorityName, sectorName, sectors } from "~/organisations/reference-data";
import { formatName, yearGroupsText } from "~/opportunities/display";
import { yearGroups } from "~/opportunities/options";
import { placementFormats } from "~/opportunities/options";
import {
  placementDateProblems,
  placementFilterChoices,
  placementFilters,
  placementSorts,
} from "~/opportunities/search";
import { AreaField, formValues, KeywordsField, SearchLayout } from "~/opportunities/search-layout";
import { searchPlacements } from "~/opportunities/search.server";
import { alertQuery } from "~/opportunities/search-alerts";
import { SaveSearchForm } from "~/opportunities/save-search-form";

export const meta: MetaFunction = () => [{ title: "Find work experience - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["school", "staff"]);
  const params = new URL(request.url).searchParams;
  const filters = placementFilters(params);
  const found = await searchPlacements(filters, new Date());
  return listPage(
    {
      filters,
      dates: typedDates(params, ["from", "to"]),
      ...found,
      saveQuery: user.role === "school" ? alertQuery(params) : null,
    },
    {
      ...unknownFilterValues(params, placementFilterChoices),
      ...placementDateProblems(params),
    },
  );
}

export default function FindPlacements() {
  const { filters, dates, results, total, page, pageCount, saveQuery, filterProblems } =
    useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading>Find work experience</PageHeading>
      <p className="lead">
        Placements at local businesses for your students. Ask for places on any that fit.
      </p>
      <SearchLayout
        label="Placements"
        noun="placement"
        values={{ ...formValues(filters), ...dates }}
        problems={filterProblems}
        fields={
          <>
            <KeywordsField hint="Like printing, cafe or coding." />
            <Select
              name="sector"
              label="Sector"
              options={selectOptions(sectors)}
              placeholder="Any sector"
            />
            <AreaField />
            <Checkbox
              name="hideOnline"
              label="Leave out online placements"
              hint="Online placements are shown in every area."
            />
            <Select
              name="year"
              label="Year group"
              options={selectOptions(yearGroups)}
              placeholder="Any year group"
            />
            <Select
              name="format"
              label="In person or online"
              options={selectOptions(placementFormats)}
              placeholder="Any"
            />
            <DateInput name="from" label="Available from" />
            <DateInput name="to" label="Available until" />
            <Select
              name="sort"
              label="Sort by"
              options={selectOptions(
                // Best match ranks by the keywords, so it is offered only with them.
                filters.q ? placementSorts : placementSorts.filter((s) => s.id !== "relevance"),
              )}
              placeholder={false}
            />
          </>
        }
        total={total}
        emptyHint="Try fewer keywords or fewer filters."
        page={page}
        pageCount={pageCount}
      >
        {results.map((p) => (
          <li className="card" key={p.id}>
            <h3 className="card__title">
              <Link to={`/placements/${p.id}`}>{p.title}</Link>
            </h3>
            {p.format === "virtual" ? <Tag colour="purple">Online</Tag> : null}
            <p className="secondary">
              {employerNameOf(p.organisation)}
              {p.localAuthority ? `, ${localAuthorityName(p.localAuthority)}` : ""}.{" "}
              {sectorName(p.sector)}.
            </p>
            <p className="body">
              {formatDate(p.startDate)} to {formatDate(p.endDate)}. {formatName(p.format)}.{" "}
              {yearGroupsText(p.yearGroups)}. {p.places} {p.places === 1 ? "place" : "places"}.
            </p>
          </li>
        ))}
      </SearchLayout>
      {saveQuery !== null ? <SaveSearchForm kind="placements" query={saveQuery} /> : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
