import { data } from "@remix-run/node";

/**
 * A list page's loader answer: with unknown filter values it is status 400 and
 * says which (app/forms/filter-params.ts); the rest of the filters still apply.
 */
export function listPage<T extends object>(body: T, filterProblems: Record<string, string>) {
  const page = { ...body, filterProblems };
  return Object.keys(filterProblems).length ? data(page, { status: 400 }) : page;
}
