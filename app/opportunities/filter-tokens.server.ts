// A search's filters as a query of the token-only FTS5 tables ("<Kind>FilterSearch",
// migration search_filter_tokens, decision 057), so a keyword search reads only
// the rows that pass them. Derived from the same conditions the SQL tests
// (conditions.server.ts), never written twice. The tokens only narrow: a
// condition with no token (dates, "after", "before") is left to the SQL, and
// the SQL still tests every condition on the rows it reads, so leaving a
// condition out here can only make the search read more rows, never list a
// wrong one.
import type { Condition } from "./conditions.server";

export type SearchTable = "Apprenticeship" | "Placement";

/** The columns each kind's filter table holds a `<column>_<hex>` token for (the migration's views). */
const tokenColumns: Record<SearchTable, readonly string[]> = {
  Apprenticeship: [
    "level",
    "localAuthority",
    "route",
    "wageType",
    "disabilityConfident",
    "organisationId",
  ],
  Placement: ["sector", "format", "localAuthority"],
};

/** List columns (ids joined by commas) with one `<column>_<id>` token per id, the id as it is. */
const listColumns: Record<SearchTable, readonly string[]> = {
  Apprenticeship: [],
  Placement: ["yearGroups"],
};

/** The token of a column's value: as SQLite's `hex()` of the value as text (booleans are 1 and 0). */
export function filterToken(column: string, value: string | number | boolean): string {
  const text = typeof value === "boolean" ? String(Number(value)) : String(value);
  return `${column}_${Buffer.from(text, "utf8").toString("hex")}`;
}

function term(table: SearchTable, condition: Condition<string>): string | null {
  switch (condition.op) {
    case "equals":
      if (!tokenColumns[table].includes(condition.column) || condition.value instanceof Date)
        return null;
      return `"${filterToken(condition.column, condition.value)}"`;
    case "listHas":
      // Only an id the tokenizer keeps whole (letters and digits) has a token of its own.
      if (!listColumns[table].includes(condition.column) || !/^[a-z0-9]+$/i.test(condition.value))
        return null;
      return `"${condition.column}_${condition.value}"`;
    case "anyOf": {
      const any = condition.conditions.map((c) => term(table, c));
      // One part without a token: the postings it lets through are not all in a token query.
      if (any.length === 0 || any.some((t) => t === null)) return null;
      return `(${any.join(" OR ")})`;
    }
    default:
      return null;
  }
}

/**
 * The FTS5 query of the filter table that every posting passing `conditions`
 * matches, or null when no condition has a token. `live` stands for "live and
 * its organisation verified", so it is asked only when both are conditions.
 * A "not equal" leaves out the postings with that token (FTS5 `NOT`).
 */
export function filterTokenQuery(
  table: SearchTable,
  conditions: readonly Condition<string>[],
): string | null {
  const live =
    conditions.some((c) => c.op === "equals" && c.column === "state" && c.value === "live") &&
    conditions.some((c) => c.op === "organisationVerified");
  const terms = [
    ...(live ? ["live"] : []),
    ...conditions.map((c) => term(table, c)).filter((t): t is string => t !== null),
  ];
  if (terms.length === 0) return null;
  const excluded = conditions
    .map((c) =>
      c.op === "notEquals" && tokenColumns[table].includes(c.column) && !(c.value instanceof Date)
        ? `"${filterToken(c.column, c.value)}"`
        : null,
    )
    .filter((t): t is string => t !== null);
  const wanted = terms.join(" AND ");
  return excluded.length === 0 ? wanted : `(${wanted}) NOT (${excluded.join(" OR ")})`;
}
