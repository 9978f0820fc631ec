// CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting
// with = + - @, tab or carriage return) get a leading quote mark; plain numbers,
// including negative ones, are left alone because they cannot be formulas.

const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?%?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Lower-case letters, digits and single dashes: safe in a file name and a header. */
function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The one rule for naming every download (CSV, PDF, JSON, calendar file):
 * `skillsbridge-<what>[-<filter>…]-<day>.<ext>`, for example
 * `skillsbridge-audit-2026-12-01.csv` or
 * `skillsbridge-audit-posting-approve-2026-11-01-to-2026-11-30-2026-12-01.csv`.
 * `day` is the UK day (ukDay from app/time) the data is of when it has one (a
 * readiness result's day), else the day the file was made; filters that are not set are left out, and each part is made safe, so user text cannot break
 * out of the Content-Disposition header.
 */
export function downloadFileName(
  what: string,
  filters: readonly (string | null | undefined)[],
  day: string,
  ext: "csv" | "pdf" | "json" | "ics" | "docx" | "odt" | "bin",
) {
  const parts = ["skillsbridge", what, ...filters, day]
    .map((part) => slug(part ?? "").slice(0, 40))
    .filter(Boolean);
  return `${parts.join("-")}.${ext}`;
}

/**
 * The lines a CSV download starts with, so a file read later says what it
 * holds: its title, the filters it was made with and when it was made. A blank
 * row then separates them from the table.
 */
export function csvHeading(title: string, filters: string, madeAt: string): string[][] {
  return [[title], ["Filters", filters], ["Made", madeAt], []];
}
