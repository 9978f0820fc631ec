import { Form, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import {
  ErrorSummary,
  FormStateProvider,
  Select,
  selectOptions,
  TextInput,
} from "~/components/forms/fields";
import { localAuthorities } from "~/organisations/reference-data";
import { Pagination } from "~/components/ui";
import type { FormValues } from "~/forms/parse";

// The apprenticeship and placement searches: the filter form beside the results,
// the count, the cards and the page links, the same on both pages.

/** The filters as the form shows them: every field as text, none for the page number. */
export function formValues(
  filters: { page: number } & Record<string, string | number | boolean | number[] | undefined>,
) {
  const { page: _page, ...fields } = filters;
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      // A group of tick boxes (levels) is a list of values.
      Array.isArray(value) ? value.map(String) : value === undefined ? "" : String(value),
    ]),
  );
}

/** The keywords box both searches start with; `hint` gives examples that fit the page. */
export function KeywordsField({ hint }: { hint: string }) {
  return <TextInput name="q" label="Keywords" hint={hint} type="search" />;
}

/** The area filter both searches have, read as `la` by the search filters. */
export function AreaField() {
  return (
    <Select
      name="la"
      label="Area"
      options={selectOptions(localAuthorities)}
      placeholder="Anywhere"
    />
  );
}

export function SearchLayout({
  label,
  noun,
  values,
  fields,
  total,
  emptyHint,
  page,
  pageCount,
  problems = {},
  children,
}: {
  /** Names the search landmark: "Apprenticeships". */
  label: string;
  /** One result: "apprenticeship". */
  noun: string;
  values: FormValues;
  fields: ReactNode;
  total: number;
  emptyHint: string;
  page: number;
  pageCount: number;
  /** Unknown filter values, each with its message (the page answered 400). */
  problems?: Record<string, string>;
  /** The result cards, as list items. */
  children: ReactNode;
}) {
  const { search } = useLocation();
  const set = filtersChosen(new URLSearchParams(search));
  const found =
    total === 0 ? `No ${noun}s found` : `${total} ${total === 1 ? noun : `${noun}s`} found`;
  // On a phone the count and the results come first and the filters wait behind a
  // "Filter" disclosure (<details>: no JavaScript needed); from 40em the filters sit
  // beside the results, always open (app.css). A filter we could not read opens it.
  return (
    <div className="search-layout">
      <h2 className="heading-m search-layout__count" aria-live="polite">
        {found}
      </h2>
      <details
        className="search-layout__filters"
        open={Object.keys(problems).length > 0 || undefined}
      >
        <summary className="search-layout__toggle">
          Filter{set > 0 ? ` (${set} chosen)` : ""}
        </summary>
        <Form method="get" role="search" aria-label={label}>
          <ErrorSummary errors={problems} />
          <FormStateProvider errors={problems} values={values}>
            {fields}
          </FormStateProvider>
          <button type="submit" className="button">
            Search
          </button>
        </Form>
      </details>
      <div className="search-layout__results">
        {total === 0 ? <p className="body">{emptyHint}</p> : null}
        <ul className="card-list">{children}</ul>
        <Pagination page={page} pageCount={pageCount} search={search} />
      </div>
    </div>
  );
}

/** How many filters the address chooses (keywords, order and page left out), for the Filter button. */
export function filtersChosen(params: URLSearchParams): number {
  const names = new Set<string>();
  for (const [name, value] of params)
    if (value !== "" && !["q", "sort", "page"].includes(name)) names.add(name);
  return names.size;
}
