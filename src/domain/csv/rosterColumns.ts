/**
 * Which column of a roster spreadsheet holds what. Headers are matched loosely: case, spaces
 * and punctuation are ignored, and the usual spellings of CRMs and HR exports are understood
 * ("Job title", "Organization", "Company", "Level", "E-mail", ...).
 */

export type RosterField = "name" | "firstName" | "lastName" | "title" | "org" | "tier" | "email";

const ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  name: ["name", "fullname", "person", "personname", "contact", "contactname"],
  firstName: ["firstname", "givenname", "forename"],
  lastName: ["lastname", "surname", "familyname"],
  title: ["title", "jobtitle", "role", "position", "job"],
  org: ["organisation", "organization", "org", "company", "side", "organisationname"],
  tier: ["tier", "level", "tiername", "layer"],
  email: ["email", "emailaddress", "mail"],
};

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

/** The index of each known column; when a header repeats, the first one wins. */
export function findColumns(headers: readonly string[]): RosterColumns {
  const columns: RosterColumns = {};
  headers.forEach((header, index) => {
    const field = FIELD_BY_ALIAS.get(normaliseHeader(header));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** The headers a user can type, for error messages. */
export const EXPECTED_HEADERS = "Name, Title, Organisation, Tier and (optionally) Email";
