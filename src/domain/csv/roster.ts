/**
 * Roster import, step one: a spreadsheet of people (CSV, comma or semicolon separated) read into
 * a preview the facilitator checks before anything changes. Nothing here touches the map; see
 * applyRosterImport for step two.
 */
import Papa from "papaparse";
import { LIMITS } from "../format/limits";
import { DEFAULT_ORGS, ORG_KEYS, type OrgKey, type PeerMap } from "../model";
import { isBlankName } from "../names";
import { EXPECTED_HEADERS, findColumns, type RosterColumns } from "./rosterColumns";

export interface RosterRow {
  /** The row number a spreadsheet shows for it: the header is row 1. */
  line: number;
  name: string;
  title?: string;
  org?: OrgKey;
  /** As written in the file (trimmed). */
  tierName: string;
  /** The existing tier it matched; absent for a tier the import would create. */
  tierId?: string;
  email?: string;
  /** Plain sentences, each starting "Row N:"; a row with problems is not imported. */
  problems: string[];
}

export interface RosterPreview {
  rows: RosterRow[];
  /** Tiers the valid rows name that the map does not have yet, in first-seen order. */
  newTiers: string[];
  /** Problems with the file as a whole; when there are any, nothing can be imported. */
  errors: string[];
}

export const MAX_ROSTER_ROWS = 10_000;

const amount = (n: number): string => n.toLocaleString("en-US");
const megabytes = (chars: number): string => (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");

const failed = (...errors: string[]): RosterPreview => ({ rows: [], newTiers: [], errors });

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
  tierByName: Map<string, string>;
  /** "a\u0000ada lovelace" -> where that person was first seen. */
  seen: Map<string, string>;
}

const cellOf = (cells: readonly string[], index: number | undefined): string =>
  index === undefined ? "" : (cells[index] ?? "").trim();

const fold = (text: string): string => text.trim().toLocaleLowerCase("en-US");

function findOrg(ctx: Context, value: string): OrgKey | undefined {
  const key = fold(value);
  for (const org of ORG_KEYS) if (key === org || key === fold(ctx.orgNames[org])) return org;
  return undefined;
}

function nameOf(ctx: Context, cells: readonly string[]): string {
  const { columns } = ctx;
  if (columns.name !== undefined) return cellOf(cells, columns.name);
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
  const { a, b } = ctx.orgNames;

  if (isBlankName(name)) problems.push(`${at}: no name`);
  tooLong(problems, at, "name", name, LIMITS.maxNameLength);
  tooLong(problems, at, "title", title, LIMITS.maxNameLength);
  tooLong(problems, at, "email", email, LIMITS.maxEmailLength);
  tooLong(problems, at, "tier name", tierName, LIMITS.maxNameLength);

  const org = orgText ? findOrg(ctx, orgText) : undefined;
  if (!orgText) problems.push(`${at}: no organisation (write ${a} or ${b})`);
  else if (!org) problems.push(`${at}: organisation "${orgText}" is neither ${a} nor ${b}`);

  if (!tierName) problems.push(`${at}: no tier`);
  const tierId = tierName ? ctx.tierByName.get(fold(tierName)) : undefined;

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
    problems,
  };
}

function newTiersOf(rows: readonly RosterRow[]): string[] {
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.problems.length > 0 || row.tierId !== undefined) continue;
    const key = fold(row.tierName);
    if (!names.has(key)) names.set(key, row.tierName);
  }
  return [...names.values()];
}

/**
 * Reads a roster file against the open map: organisations by name (any case) or "a"/"b",
 * tiers by name (any case; unknown ones can be created). Rows are checked one by one and
 * every problem is described; whole-file problems (too big, empty, no name column, too many
 * rows) come back in `errors` with no rows.
 */
export function parseRoster(text: string, map: PeerMap): RosterPreview {
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
  const columns = findColumns(records[headerAt] ?? []);
  const missing: string[] = [];
  if (columns.name === undefined && columns.firstName === undefined) missing.push("name");
  if (columns.org === undefined) missing.push("organisation");
  if (columns.tier === undefined) missing.push("tier");
  if (missing.length > 0) {
    return failed(
      `The file has no ${missing.join(", no ")} column. Its first row must be headers: ${EXPECTED_HEADERS}.`,
    );
  }

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

  const ctx: Context = {
    columns,
    orgNames: {
      a: map.orgs.a.name.trim() || DEFAULT_ORGS.a.name,
      b: map.orgs.b.name.trim() || DEFAULT_ORGS.b.name,
    },
    tierByName: new Map(),
    seen: new Map(),
  };
  for (const tier of [...map.tiers].reverse()) ctx.tierByName.set(fold(tier.name), tier.id);
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
  return { rows, newTiers, errors: fileErrors };
}
