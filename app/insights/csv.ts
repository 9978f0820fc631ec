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

/** A safe download name: lower-case letters, digits and dashes. */
export function csvFileName(base: string) {
  return downloadFileName(base, "csv");
}

/** The same rule for any download (a CV is `.pdf`, `.docx` or `.odt`). */
export function downloadFileName(base: string, extension: string) {
  return `${
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "data"
  }.${extension}`;
}
