/**
 * Roster import, step one: a spreadsheet of people (CSV, comma or semicolon separated) read into
 * a preview the facilitator checks before anything changes. Nothing here touches the map; see
 * applyRosterImport for step two.
 */
import Papa from "papaparse";
import { LIMITS } from "../format/limits";
import { DEFAULT_ORGS, type OrgKey, type PeerMap } from "../model";
import { isBlankName } from "../names";
import { findColumns, missingColumns, type RosterColumns } from "./rosterColumns";
import {
  choiceKey,
  type OrgChoice,
  orgMatches,
  SKIP,
  type TierChoice,
  tierMatches,
  type ValueChoices,
  type ValueMatch,
} from "./rosterValues";

export interface RosterRow {
  /** The row number a spreadsheet shows for it: the header is row 1. */
  line: number;
  name: string;
  title?: string;
  org?: OrgKey;
  /** As written in the file (trimmed). */
  tierName: string;
  /** The existing tier it maps to; absent for a tier the import would create. */
  tierId?: string;
  email?: string;
  notes?: string;
  /** Plain sentences, each starting "Row N:"; a row with problems is not imported. */
  problems: string[];
}

/** The user's answers in the preview: which column is which, and what each value means. */
export interface RosterChoices extends ValueChoices {
  columns?: RosterColumns;
}

export interface RosterPreview {
  /** The file's header row; empty when the file could not be read that far. */
  headers: string[];
  /** Which column each field is read from. */
  columns: RosterColumns;
  orgValues: ValueMatch<OrgChoice>[];
  tierValues: ValueMatch<TierChoice>[];
  rows: RosterRow[];
  /** Tiers the valid rows name that the map does not have yet, in first-seen order. */
  newTiers: string[];
  /** Problems with the file as a whole; when there are any, nothing can be imported. */
  errors: string[];
}

export const MAX_ROSTER_ROWS = 10_000;

const amount = (n: number): string => n.toLocaleString("en-US");
const megabytes = (chars: number): string => (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");

const failed = (...errors: string[]): RosterPreview => ({
  headers: [],
  columns: {},
  orgValues: [],
  tierValues: [],
  rows: [],
  newTiers: [],
  errors,
});

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === "");

/** Splits CSV text into records; the separator (comma, semicolon or tab) is detected. */
function readRecords(text: string): { records: string[][]; errors: string[] } {
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: false,
  });
  // A file with a single column has no separator to detect; that is fine.
  const errors = result.errors
    .filter((error) => error.type === "Quotes")
    .slice(0, 3)
    .map(
      (error) =>
        `Row ${(error.row ?? 0) + 1}: a quoted field is never closed; check the quotation marks.`,
    );
  return { records: result.data, errors };
}

interface Context {
  columns: RosterColumns;
  orgNames: Record<OrgKey, string>;
  orgs: ReadonlyMap<string, ValueMatch<OrgChoice>>;
  tiers: ReadonlyMap<string, ValueMatch<TierChoice>>;
  /** "a\u0000ada lovelace" -> where that person was first seen. */
  seen: Map<string, string>;
}

const cellOf = (cells: readonly string[], index: number | undefined): string =>
  index === undefined ? "" : (cells[index] ?? "").trim();

const fold = (text: string): string => text.trim().toLocaleLowerCase("en-US");

function nameOf(ctx: Context, cells: readonly string[]): string {
  const { columns } = ctx;
  if (columns.name !== undefined) return cellOf(cells, columns.name);
  // First and last name, joined as the person is addressed.
  return [cellOf(cells, columns.firstName), cellOf(cells, columns.lastName)]
    .filter(Boolean)
    .join(" ");
}

function tooLong(problems: string[], at: string, what: string, value: string, max: number) {
  if (value.length > max)
    problems.push(`${at}: the ${what} is longer than ${amount(max)} characters`);
}

function readRow(ctx: Context, cells: readonly string[], line: number): RosterRow {
  const at = `Row ${line}`;
  const problems: string[] = [];
  const name = nameOf(ctx, cells);
  const title = cellOf(cells, ctx.columns.title);
  const orgText = cellOf(cells, ctx.columns.org);
  const tierName = cellOf(cells, ctx.columns.tier);
  const email = cellOf(cells, ctx.columns.email);
  const notes = cellOf(cells, ctx.columns.notes);
  const { a, b } = ctx.orgNames;

  if (isBlankName(name)) problems.push(`${at}: no name`);
  tooLong(problems, at, "name", name, LIMITS.maxNameLength);
  tooLong(problems, at, "title", title, LIMITS.maxNameLength);
  tooLong(problems, at, "email", email, LIMITS.maxEmailLength);
  tooLong(problems, at, "tier name", tierName, LIMITS.maxNameLength);
  tooLong(problems, at, "notes", notes, LIMITS.maxNotesLength);

  const orgMatch = orgText ? ctx.orgs.get(choiceKey(orgText)) : undefined;
  const org = orgMatch?.chosen === SKIP ? undefined : orgMatch?.chosen;
  if (!orgText) problems.push(`${at}: no organisation (write ${a} or ${b})`);
  else if (orgMatch?.suggested === SKIP && !org)
    problems.push(`${at}: organisation "${orgText}" is neither ${a} nor ${b}`);
  else if (!org) problems.push(`${at}: organisation "${orgText}" is skipped`);

  const tierChoice = tierName ? ctx.tiers.get(choiceKey(tierName))?.chosen : undefined;
  if (!tierName) problems.push(`${at}: no tier`);
  else if (tierChoice === SKIP) problems.push(`${at}: tier "${tierName}" is skipped`);
  const tierId = typeof tierChoice === "object" ? tierChoice.tierId : undefined;

  if (name && org) {
    const key = `${org}\u0000${fold(name)}`;
    const before = ctx.seen.get(key);
    if (before) problems.push(`${at}: ${name} of ${ctx.orgNames[org]} is ${before}`);
    else ctx.seen.set(key, `already listed in row ${line}`);
  }

  return {
    line,
    name,
    ...(title ? { title } : {}),
    ...(org ? { org } : {}),
    tierName,
    ...(tierId ? { tierId } : {}),
    ...(email ? { email } : {}),
    ...(notes ? { notes } : {}),
    problems,
  };
}

function newTiersOf(rows: readonly RosterRow[]): string[] {
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.problems.length > 0 || row.tierId !== undefined) continue;
    const key = choiceKey(row.tierName);
    if (!names.has(key)) names.set(key, row.tierName);
  }
  return [...names.values()];
}

/**
 * Reads a roster file against the open map. Columns are found from the headers (findColumns)
 * unless `choices.columns` says which is which; organisation and tier values are matched
 * tolerantly to the map's (rosterValues) unless the user chose otherwise. Rows are checked one
 * by one and every problem is described; whole-file problems (too big, empty, a needed column
 * not chosen, too many rows) come back in `errors`. `headers` is empty when the file could not
 * be read as far as its header row, so there are no columns to choose from.
 */
export function parseRoster(
  text: string,
  map: PeerMap,
  choices: RosterChoices = {},
): RosterPreview {
  if (text.length > LIMITS.maxFileChars) {
    return failed(
      `This file is too large (${megabytes(text.length)} MB); Peermap imports files up to ${megabytes(LIMITS.maxFileChars)} MB.`,
    );
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === "") return failed("This file is empty.");

  const { records, errors } = readRecords(source);
  if (errors.length > 0) return failed(...errors);
  const headerAt = records.findIndex((cells) => !isBlank(cells));
  const headers = (records[headerAt] ?? []).map((header) => header.trim());

  const dataRows: { cells: string[]; line: number }[] = [];
  for (let i = headerAt + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (!isBlank(cells)) dataRows.push({ cells, line: i + 1 });
  }
  if (dataRows.length === 0) return failed("This file has headers but no people.");
  if (dataRows.length > MAX_ROSTER_ROWS) {
    return failed(
      `This file has ${amount(dataRows.length)} people; Peermap imports up to ${amount(MAX_ROSTER_ROWS)} at a time.`,
    );
  }

  const columns = choices.columns ?? findColumns(headers);
  const orgNames = {
    a: map.orgs.a.name.trim() || DEFAULT_ORGS.a.name,
    b: map.orgs.b.name.trim() || DEFAULT_ORGS.b.name,
  };
  const column = (index: number | undefined) => dataRows.map(({ cells }) => cellOf(cells, index));
  const orgValues =
    columns.org === undefined ? [] : orgMatches(column(columns.org), orgNames, choices.orgs);
  const tierValues =
    columns.tier === undefined ? [] : tierMatches(column(columns.tier), map.tiers, choices.tiers);
  const base = { headers, columns, orgValues, tierValues };
  const missing = missingColumns(columns);
  if (missing) return { ...base, rows: [], newTiers: [], errors: [missing] };

  const ctx: Context = {
    columns,
    orgNames,
    orgs: new Map(orgValues.map((match) => [match.key, match])),
    tiers: new Map(tierValues.map((match) => [match.key, match])),
    seen: new Map(),
  };
  for (const person of map.people) {
    ctx.seen.set(`${person.org}\u0000${fold(person.name)}`, "already on the map");
  }

  const rows = dataRows.map(({ cells, line }) => readRow(ctx, cells, line));
  const newTiers = newTiersOf(rows);
  const fileErrors: string[] = [];
  const valid = rows.filter((row) => row.problems.length === 0).length;
  if (map.people.length + valid > LIMITS.maxPeople) {
    fileErrors.push(
      `Adding ${amount(valid)} ${valid === 1 ? "person" : "people"} would give the map ${amount(map.people.length + valid)}; a map holds up to ${amount(LIMITS.maxPeople)} people.`,
    );
  }
  if (map.tiers.length + newTiers.length > LIMITS.maxTiers) {
    fileErrors.push(
      `This file names ${amount(newTiers.length)} new tiers; a map holds up to ${amount(LIMITS.maxTiers)} tiers.`,
    );
  }
  return { ...base, rows, newTiers, errors: fileErrors };
}
