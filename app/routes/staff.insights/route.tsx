import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { BarChart } from "~/components/charts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Table } from "~/components/ui";
import { DateInput } from "~/components/forms/date-input";
import { typedDates } from "~/forms/date-input";
import { SelectField } from "~/insights/filter-fields";
import { breakdowns, describeFilters, filtersToSearch } from "~/insights/filters";
import { parseInsightView } from "~/insights/filter-schema";
import { cachedInsightTables } from "~/insights/cache.server";
import { insightChart } from "~/insights/chart";
import { HIDDEN_MARKS, HIDDEN_TOO, markHidden, presentTable, SUPPRESSED } from "~/insights/table";
import { localAuthorities, sectors, sizeBands } from "~/organisations/reference-data";
import { MIN_PEER_GROUP } from "~/readiness/peers";

export const meta: MetaFunction = () => [{ title: "Regional insight - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const params = new URL(request.url).searchParams;
  const { filters, errors } = parseInsightView(params);
  const tables = await cachedInsightTables(filters);
  return {
    filters,
    errors,
    typed: typedDates(params, ["from", "to"]),
    search: filtersToSearch(filters),
    summary: describeFilters(filters),
    tables: tables.map((table) => ({
      id: table.id,
      title: table.title,
      description: table.description,
      presented: presentTable(table),
      chart: insightChart(table),
    })),
  };
}

// Soft hyphens (U+00AD) where a long heading word may break, so a column of
// short numbers is not as wide as "Apprenticeships". Only on the page: the CSV
// keeps the plain words.
const BREAKS: Record<string, string> = {
  Apprenticeships: "Apprentice\u00ADships",
  Placements: "Place\u00ADments",
  Established: "Estab\u00ADlished",
  Developing: "Devel\u00ADoping",
  Completed: "Com\u00ADpleted",
  requested: "re\u00ADquested",
  accepted: "ac\u00ADcepted",
  requests: "re\u00ADquests",
  Organisations: "Organi\u00ADsations",
  organisations: "organi\u00ADsations",
};
const breakable = (heading: string) => heading.replace(/\p{L}+/gu, (word) => BREAKS[word] ?? word);

type LoadedTable = ReturnType<typeof useLoaderData<typeof loader>>["tables"][number];

function InsightSection({ table, search }: { table: LoadedTable; search: string }) {
  const headingId = `table-${table.id}`;
  // A <div>, not a <section>: a region named like the table's own region
  // beside it broke axe's landmark-unique.
  return (
    <div className="insight">
      <h3 className="heading-s" id={headingId}>
        {table.title}
      </h3>
      <p className="body">{table.description}</p>
      {table.presented.rows.length === 0 ? (
        <p className="body">Nothing to show for these filters.</p>
      ) : (
        <>
          {table.chart.data.length ? (
            <figure className="chart-figure">
              <figcaption className="chart-figure__caption">{table.chart.title}</figcaption>
              <BarChart
                title={table.chart.title}
                data={table.chart.data}
                max={table.chart.max}
                unit={table.chart.unit}
                description={`${table.chart.description} ${table.chart.note}`}
              />
            </figure>
          ) : null}
          {table.chart.note ? <p className="hint">{table.chart.note}</p> : null}
          <Table
            fit
            caption={table.title}
            head={table.presented.head.map(breakable)}
            numeric={table.presented.numeric}
            rows={table.presented.rows.map((row) => [row.label, ...row.texts.map(markHidden)])}
          />
        </>
      )}
      <p className="body">
        <a href={`/staff/insights/${table.id}.csv${search}`} download>
          Download {table.title.charAt(0).toLowerCase() + table.title.slice(1)} (CSV file)
        </a>
      </p>
    </div>
  );
}

const sections = [
  { heading: "Readiness", ids: ["readiness", "scores"] },
  { heading: "Apprenticeships and placements", ids: ["opportunities", "applications"] },
  { heading: "Mentoring and offers", ids: ["mentoring"] },
  { heading: "Trends", ids: ["trends"] },
];

export default function StaffInsights() {
  const { filters, errors, typed, search, summary, tables } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption="Partnership staff">Regional insight</PageHeading>
      <p className="body">
        Numbers from groups of fewer than {MIN_PEER_GROUP} organisations are not shown, so no single
        organisation can be picked out. When a small group is hidden, one more group is hidden too,
        so the small one cannot be worked out from the total.
      </p>
      <h2 className="heading-s" id="key-heading">
        Key to the tables
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{HIDDEN_MARKS[SUPPRESSED]}</dt>
          <dd className="summary-list__value">Hidden: {SUPPRESSED} organisations</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{HIDDEN_MARKS[HIDDEN_TOO]}</dt>
          <dd className="summary-list__value">
            Hidden too, so a small group cannot be worked out ({HIDDEN_TOO})
          </dd>
        </div>
      </dl>
      <p className="body">
        Dates go by whole weeks, Monday to Sunday, up to the end of last week. So two views a day
        apart are the same, and cannot be compared to find one firm.
      </p>
      <Form method="get" aria-label="Filter the insight" className="filters">
        <fieldset className="fieldset">
          <legend className="fieldset__legend fieldset__legend--m">Filter</legend>
          <div className="grid grid--3">
            {(["from", "to"] as const).map((name) => (
              <DateInput
                key={name}
                name={name}
                id={`filter-${name}`}
                label={name === "from" ? "From" : "To"}
                // A wrong date shows as typed; a right one as the whole week it starts or ends.
                value={errors[name] ? typed[name] : (filters[name] ?? typed[name])}
                error={errors[name]}
              />
            ))}
            <SelectField
              name="by"
              label="Break down by"
              value={filters.by}
              options={breakdowns}
              error={errors.by}
            />
            <SelectField
              name="la"
              label="Local authority"
              value={filters.localAuthority ?? ""}
              anyLabel="All areas"
              options={localAuthorities}
              error={errors.la}
            />
            <SelectField
              name="sector"
              label="Sector"
              value={filters.sector ?? ""}
              anyLabel="All sectors"
              options={sectors}
              error={errors.sector}
            />
            <SelectField
              name="size"
              label="Size band"
              value={filters.sizeBand ?? ""}
              anyLabel="All sizes"
              options={sizeBands}
              error={errors.size}
            />
          </div>
        </fieldset>
        <button type="submit" className="button button--secondary">
          Show insight
        </button>{" "}
        <Link to="/staff/insights">Clear filters</Link>
      </Form>
      <p className="body" aria-live="polite">
        Showing: {summary}. Copy the web address to share this view. The numbers are at most a
        minute old.
      </p>
      {sections.map((section) => (
        <section key={section.heading} aria-labelledby={`section-${section.ids[0]}`}>
          <h2 className="heading-m" id={`section-${section.ids[0]}`}>
            {section.heading}
          </h2>
          {section.ids.map((id) => {
            const table = tables.find((t) => t.id === id);
            return table ? <InsightSection key={id} table={table} search={search} /> : null;
          })}
        </section>
      ))}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
