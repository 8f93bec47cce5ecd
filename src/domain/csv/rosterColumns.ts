/**
 * Which column of a roster spreadsheet holds what. Headers are matched loosely: case, spaces
 * and punctuation are ignored, the usual spellings of CRMs and HR exports are understood
 * ("Job title", "Organization", "Company", "Level", "E-mail", ...), and a header that contains
 * one of the distinctive spellings ("Work email address", "Primary company") counts too.
 */

export type RosterField =
  | "name"
  | "firstName"
  | "lastName"
  | "title"
  | "org"
  | "tier"
  | "email"
  | "notes";

/** The fields in the order the preview lists them. */
export const ROSTER_FIELDS: readonly RosterField[] = [
  "name",
  "firstName",
  "lastName",
  "title",
  "org",
  "tier",
  "email",
  "notes",
];

export const FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  name: "Name",
  firstName: "First name",
  lastName: "Last name",
  title: "Job title",
  org: "Organisation",
  tier: "Tier",
  email: "Email",
  notes: "Notes",
};

const ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  name: ["name", "fullname", "person", "personname", "contact", "contactname", "displayname"],
  firstName: ["firstname", "givenname", "forename", "first"],
  lastName: ["lastname", "surname", "familyname", "last"],
  title: ["title", "jobtitle", "role", "position", "job", "designation", "businesstitle"],
  org: [
    "organisation",
    "organization",
    "org",
    "company",
    "side",
    "organisationname",
    "organizationname",
    "companyname",
    "employer",
  ],
  tier: ["tier", "level", "tiername", "layer", "function"],
  email: ["email", "emailaddress", "mail"],
  notes: ["notes", "note", "comments", "comment", "remarks"],
};

/**
 * Spellings distinctive enough to count inside a longer header. Short or generic ones ("name",
 * "role", "mail") are left out: "Manager name" is not the person's name.
 */
const DISTINCTIVE: readonly (readonly [string, RosterField])[] = [
  ["emailaddress", "email"],
  ["email", "email"],
  ["firstname", "firstName"],
  ["givenname", "firstName"],
  ["lastname", "lastName"],
  ["familyname", "lastName"],
  ["surname", "lastName"],
  ["fullname", "name"],
  ["jobtitle", "title"],
  ["position", "title"],
  ["organisation", "org"],
  ["organization", "org"],
  ["company", "org"],
  ["employer", "org"],
  ["tier", "tier"],
  ["level", "tier"],
  ["comments", "notes"],
  ["notes", "notes"],
];

/** "E-mail address" -> "emailaddress", "Job Title" -> "jobtitle". */
export const normaliseHeader = (header: string): string =>
  header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const FIELD_BY_ALIAS: ReadonlyMap<string, RosterField> = new Map(
  (Object.entries(ALIASES) as [RosterField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [alias, field] as const),
  ),
);

export type RosterColumns = Partial<Record<RosterField, number>>;

/**
 * The index of each known column: exact spellings first (when a header repeats, the first one
 * wins), then distinctive spellings inside the headers left over. A column serves one field.
 */
export function findColumns(headers: readonly string[]): RosterColumns {
  const columns: RosterColumns = {};
  const used = new Set<number>();
  const keys = headers.map(normaliseHeader);
  keys.forEach((key, index) => {
    const field = FIELD_BY_ALIAS.get(key);
    if (field && columns[field] === undefined) {
      columns[field] = index;
      used.add(index);
    }
  });
  for (const [alias, field] of DISTINCTIVE) {
    if (columns[field] !== undefined) continue;
    const index = keys.findIndex((key, i) => !used.has(i) && key.includes(alias));
    if (index >= 0) {
      columns[field] = index;
      used.add(index);
    }
  }
  return columns;
}

/** The columns a roster cannot do without, as the sentence that asks for them (or undefined). */
export function missingColumns(columns: RosterColumns): string | undefined {
  const missing: string[] = [];
  if (
    columns.name === undefined &&
    columns.firstName === undefined &&
    columns.lastName === undefined
  )
    missing.push("name");
  if (columns.org === undefined) missing.push("organisation");
  if (columns.tier === undefined) missing.push("tier");
  if (missing.length === 0) return undefined;
  const list =
    missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
  return `Choose the column that holds each person's ${list} (under "Columns").`;
}
