import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { unknownFilterValues } from "~/forms/filter-params";
import { listPage } from "~/forms/filter-response.server";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Checkbox, Checkboxes, Select, selectOptions } from "~/components/forms/fields";
import { PageHeading, Tag } from "~/components/ui";
import { formatDate } from "~/time/format";
import { localAuthorityName } from "~/organisations/reference-data";
import { wageTypes } from "~/opportunities/options";
import { routeName, wageText } from "~/opportunities/display";
import { apprenticeshipLevelOptions, apprenticeshipRoutes } from "~/opportunities/options";
import { closingSoonText, isNewListing } from "~/opportunities/listing-tags";
import {
  apprenticeshipFilterChoices,
  apprenticeshipFilters,
  apprenticeshipSorts,
} from "~/opportunities/search";
import { AreaField, formValues, KeywordsField, SearchLayout } from "~/opportunities/search-layout";
import { searchApprenticeships } from "~/opportunities/search.server";
import { getUser } from "~/auth/session.server";
import { alertQuery } from "~/opportunities/search-alerts";
import { SaveSearchByEmailForm, SaveSearchForm } from "~/opportunities/save-search-form";

export const meta: MetaFunction = () => [
  { title: "Find an apprenticeship - SkillsBridge" },
  {
    name: "description",
    content:
      "Find digital apprenticeships with West Midlands employers. See the pay, hours and how to apply.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const filters = apprenticeshipFilters(params);
  const now = new Date();
  const user = await getUser(request);
  const found = await searchApprenticeships(filters, now);
  // Tags are judged on the server's clock, so the page reads the same before and after hydration.
  const results = found.results.map((a) => ({
    ...a,
    closingSoon: closingSoonText(a.closingDate, now),
    isNew: isNewListing(a.firstPublishedAt, now),
  }));
  // Schools and businesses keep searches on their account; anyone signed out, by email.
  const canSave = !user || user.role === "school" || user.role === "sme";
  return listPage(
    {
      filters,
      ...found,
      results,
      saveQuery: canSave ? alertQuery(params) : null,
      signedIn: Boolean(user),
    },
    unknownFilterValues(params, apprenticeshipFilterChoices),
  );
}

export default function FindApprenticeships() {
  const { filters, results, total, page, pageCount, saveQuery, signedIn, filterProblems } =
    useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading>Find an apprenticeship</PageHeading>
      <p className="lead">
        Paid jobs with training at businesses in the West Midlands. You do not need an account to
        look.
      </p>
      <SearchLayout
        label="Apprenticeships"
        noun="apprenticeship"
        // The boxes post `level`, once each; the filters hold them as `levels`.
        values={{ ...formValues(filters), level: filters.levels.map(String) }}
        problems={filterProblems}
        fields={
          <>
            {filters.employer ? (
              <p className="body">
                <input type="hidden" name="employer" value={filters.employer} />
                Showing one employer&apos;s apprenticeships.{" "}
                <Link to="/apprenticeships">Show all employers</Link>
              </p>
            ) : null}
            <KeywordsField hint="Like web, marketing or engineering." />
            <Select
              name="route"
              label="Route"
              options={selectOptions(apprenticeshipRoutes)}
              placeholder="Any route"
            />
            <Checkboxes
              name="level"
              legend="Level"
              hint="Choose as many as you like, or none for any level."
              options={apprenticeshipLevelOptions}
            />
            <AreaField />
            <Select
              name="wage"
              label="Wage"
              options={selectOptions(wageTypes)}
              placeholder="Any wage"
            />
            <Checkbox name="disabilityConfident" label="Disability Confident employers only" />
            <Select
              name="sort"
              label="Sort by"
              options={selectOptions(
                // Best match ranks by the keywords, so it is offered only with them.
                filters.q
                  ? apprenticeshipSorts
                  : apprenticeshipSorts.filter((s) => s.id !== "relevance"),
              )}
              placeholder={false}
            />
          </>
        }
        total={total}
        emptyHint="Try fewer keywords, or a different area or route."
        page={page}
        pageCount={pageCount}
      >
        {results.map((a) => (
          <li className="card" key={a.id}>
            <h3 className="card__title">
              <Link to={`/apprenticeships/${a.id}`}>{a.title}</Link>
            </h3>
            <p className="secondary">
              {a.organisation.name}, {localAuthorityName(a.localAuthority)}
            </p>
            <p className="body">{a.shortDescription}</p>
            <p className="body">
              Level {a.level}, {routeName(a.route)}. {wageText(a.wageType, a.wageWeeklyPence)},{" "}
              {a.weeklyHours} hours a week.
              <br />
              Course: {a.standard}, with {a.trainingProvider}.
              <br />
              Closes on {formatDate(a.closingDate)}.
            </p>
            {a.isNew ? <Tag colour="green">New</Tag> : null}{" "}
            {a.closingSoon ? <Tag colour="yellow">{a.closingSoon}</Tag> : null}{" "}
            {a.disabilityConfident ? <Tag colour="purple">Disability Confident</Tag> : null}
          </li>
        ))}
      </SearchLayout>
      {saveQuery === null ? null : signedIn ? (
        <SaveSearchForm kind="apprenticeships" query={saveQuery} />
      ) : (
        <SaveSearchByEmailForm query={saveQuery} />
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
