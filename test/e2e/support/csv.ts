/** Reading the CSV exports back, independently of the app's own CSV code. */

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The peer table's header row, as a user reads it in a spreadsheet, for organisations a and b. */
export const peerTableHeaders = (a: string, b: string): string[] => [
  "Tier",
  `${a} person`,
  `${a} title`,
  `${b} person`,
  `${b} title`,
  `${b} tier`,
  "Strength",
  "Strength label",
  "Target",
  "Last contact",
  "Notes",
  "Gap",
  "Gap details",
  "Actions",
];
