/**
 * Writing CSV that spreadsheets open safely: UTF-8 BOM (so Excel picks the right encoding),
 * every field quoted, CRLF line ends (RFC 4180), and no formula injection.
 */

/** Excel, LibreOffice and Sheets run a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_BOM = "\uFEFF";

/**
 * One field, quoted. A field a spreadsheet would read as a formula ("=HYPERLINK(…)", "+1", "@x")
 * gets a leading apostrophe, which spreadsheets show as plain text.
 */
export function escapeCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Rows of fields as CSV text, BOM first, every line ended with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  let text = CSV_BOM;
  for (const row of rows) text += `${row.map(escapeCsvField).join(",")}\r\n`;
  return text;
}
