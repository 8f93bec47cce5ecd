/**
 * A list of people pasted into the quick-entry bar, as copied from a spreadsheet (cells split
 * by tabs) or an email ("Name, Title", "Name – Title", "Name (Title)"), one person a line.
 * Pure: the bar shows what this finds and adds exactly that.
 */
import { cleanName } from "./names";

export interface PastedPerson {
  name: string;
  title?: string;
}

/** A line with nothing but separators, quotes and invisible characters holds nobody. */
const FILLER = /^[\s"',;\t\-–—()\p{Default_Ignorable_Code_Point}]*$/u;

/** Cells split on `separator`, a "quoted cell" keeping separators (and "" as one quote). */
function splitCells(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (quoted || cell.trim() === "") {
        quoted = !quoted;
        if (quoted) cell = "";
      } else cell += ch;
    } else if (ch === separator && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** A cell as stored: trimmed, unquoted, trailing commas gone. */
const tidy = (cell: string): string =>
  cell
    .trim()
    .replace(/^"(.*)"$/s, "$1")
    .replace(/[\s,;]+$/, "")
    .trim();

/** Name and title of one non-blank line. */
function personOf(line: string): PastedPerson {
  let cells: string[];
  if (line.includes("\t")) cells = splitCells(line, "\t");
  else {
    const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(line);
    const paren = /^(.+?)\s*\(([^()]+)\)\s*,?\s*$/.exec(line);
    if (dash?.[1] && dash[2] && !line.trimStart().startsWith('"')) cells = [dash[1], dash[2]];
    else if (paren?.[1] && paren[2]) cells = [paren[1], paren[2]];
    else cells = splitCells(line, ",");
  }
  const parts = cells.map(tidy);
  const at = parts.findIndex((cell) => cleanName(cell) !== undefined);
  const name = parts[at];
  // A line whose cells were all filler by themselves still holds something: keep it whole.
  if (at < 0 || !name) return { name: tidy(line) };
  // The cell after the name is the title, blank or not (a spreadsheet's columns stay put).
  const title = parts[at + 1];
  return title && cleanName(title) ? { name, title } : { name };
}

/**
 * The people in `text`, one per line that holds anything visible, in order; blank and filler
 * lines are skipped. Undefined when `text` is a single line (a normal paste into a field).
 */
export function parsePastedList(text: string): PastedPerson[] | undefined {
  if (!/[\r\n]/.test(text)) return undefined;
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => !FILLER.test(line))
    .map(personOf);
}
