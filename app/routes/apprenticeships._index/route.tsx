import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormStateProvider, Select, TextInput } from "~/components/forms/fields";
import { PageHeading, Pagination, Tag } from "~/components/ui";
import { localAuthorities, localAuthorityName } from "~/organisations/reference-data";
import { wageTypes } from "~/opportunities/apprenticeship-rules";
import { routeName, wageText } from "~/opportunities/display";
import { apprenticeshipLevels } from "~/opportunities/policy";
import { apprenticeshipRoutes } from "~/opportunities/options";
import { apprenticeshipFilters, apprenticeshipSorts } from "~/opportunities/search";
import { searchApprenticeships } from "~/opportunities/search.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Find an apprenticeship - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const filters = apprenticeshipFilters(new URL(request.url).searchParams);
  const found = await searchApprenticeships(filters, new Date());
  return { filters, ...found };
}

const options = (list: readonly { id: string; name: string }[]) => list.map((i) => ({ value: i.id, label: i.name }));

export default function FindApprenticeships() {
  const { filters, results, total, page, pageCount } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const values = {
    q: filters.q,
    route: filters.route ?? "",
    level: filters.level ? String(filters.level) : "",
    la: filters.la ?? "",
    wage: filters.wage ?? "",
    sort: filters.sort,
  };
  return (
    <>
      <PageHeading>Find an apprenticeship</PageHeading>
      <p className="lead">Paid jobs with training at businesses in the West Midlands. You do not need an account to look.</p>
      <div className="layout-sidebar">
        <Form method="get" role="search" aria-label="Apprenticeships">
          <FormStateProvider errors={{}} values={values}>
            <TextInput name="q" label="Keywords" hint="Like web, marketing or engineering." type="search" />
            <Select name="route" label="Route" options={options(apprenticeshipRoutes)} placeholder="Any route" />
            <Select name="level" label="Level" options={apprenticeshipLevels.map((l) => ({ value: String(l), label: `Level ${l}` }))} placeholder="Any level" />
            <Select name="la" label="Area" options={options(localAuthorities)} placeholder="Anywhere" />
            <Select name="wage" label="Wage" options={options(wageTypes)} placeholder="Any wage" />
            <Select name="sort" label="Sort by" options={options(apprenticeshipSorts)} placeholder="Closing soonest" />
          </FormStateProvider>
          <button type="submit" className="button">
            Search
          </button>
        </Form>
        <div>
          <h2 className="heading-m" aria-live="polite">
            {total === 0 ? "No apprenticeships found" : `${total} ${total === 1 ? "apprenticeship" : "apprenticeships"} found`}
          </h2>
          {total === 0 ? <p className="body">Try fewer keywords, or a different area or route.</p> : null}
          <ul className="card-list">
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
                  Level {a.level}, {routeName(a.route)}. {wageText(a.wageType, a.wageWeeklyPence)}, {a.weeklyHours} hours a week.
                  <br />
                  Closes on {formatDate(a.closingDate)}.
                </p>
                {a.disabilityConfident ? <Tag colour="purple">Disability Confident</Tag> : null}
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
