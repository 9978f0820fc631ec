// Filters on a list page come from the query string, which anyone can type.
// A value that is not one of the choices is bad input: the page says so
// (status 400, a message on the filter) instead of quietly showing everything.

export type FilterChoices = Record<string, { allowed: readonly (string | number)[]; what: string }>;

/** A message for each filter whose value is given but is not one of its choices. */
export function unknownFilterValues(
  params: URLSearchParams,
  choices: FilterChoices,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [name, { allowed, what }] of Object.entries(choices)) {
    // Every value: a filter may be given more than once (several levels at once).
    const known = allowed.map(String);
    if (params.getAll(name).some((raw) => raw !== "" && !known.includes(raw))) {
      problems[name] = `We do not know that ${what}. Choose one from the list.`;
    }
  }
  return problems;
}
