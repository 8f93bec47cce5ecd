/**
 * Which of the map's organisations or tiers a value from a spreadsheet means. HR systems and
 * CRMs rarely write the map's exact words: "Contoso Ltd." is Contoso, "Alliance Mgmt" is
 * Alliance management, "Technical/delivery" is Technical / delivery. A value matches the
 * candidate it is closest to; when two candidates are equally close, it matches neither, so the
 * preview asks instead of guessing.
 */

export interface Candidate<T> {
  id: T;
  name: string;
}

export type MatchKind = "org" | "tier";

/** Legal-form words that say nothing about which company is meant. */
const COMPANY_SUFFIXES = new Set([
  "ab",
  "ag",
  "as",
  "bv",
  "co",
  "corp",
  "corporation",
  "gmbh",
  "group",
  "inc",
  "incorporated",
  "kg",
  "limited",
  "llc",
  "llp",
  "ltd",
  "nv",
  "oy",
  "plc",
  "pty",
  "sa",
  "sarl",
  "sas",
  "se",
  "spa",
  "srl",
]);

/** "Technical/Délivery & Co." -> ["technical", "delivery", "and", "co"]. */
export function valueTokens(value: string): string[] {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replaceAll("&", " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The same key for every spelling that differs only in case, spaces and punctuation. */
export const valueKey = (value: string): string => valueTokens(value).join(" ");

function tokensFor(value: string, kind: MatchKind): string[] {
  const tokens = valueTokens(value);
  if (kind === "tier") return tokens;
  const kept = tokens.filter((token) => !COMPANY_SUFFIXES.has(token));
  // A company called only "Group" or "Company Ltd" keeps its words.
  return kept.length > 0 ? kept : tokens;
}

/** "exec" of "executive", "mgmt" of "management": same first letter, letters in order. */
function abbreviates(short: string, long: string): boolean {
  if (short === long) return true;
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

const EXACT = 3;

/** Typos allowed: none in short words, one from 4 letters, two from 8. */
const typosAllowed = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * How close a value is to a name: 3 the same words, 2 each word an abbreviation of the name's
 * word, 1 a typo or two away, or the same leading words; 0 not close.
 */
function closeness(value: readonly string[], name: readonly string[]): number {
  const joinedValue = value.join(" ");
  const joinedName = name.join(" ");
  if (joinedValue === "" || joinedName === "") return 0;
  if (joinedValue === joinedName) return EXACT;
  if (value.length === name.length && value.every((word, i) => abbreviates(word, name[i] ?? "")))
    return 2;
  const shorter = Math.min(joinedValue.length, joinedName.length);
  if (editDistance(joinedValue, joinedName) <= typosAllowed(shorter)) return 1;
  const [few, many] = value.length < name.length ? [value, name] : [name, value];
  if (few.every((word, i) => word === many[i])) return 1;
  return 0;
}

/**
 * The candidate `value` means, or undefined when none is close or two are equally close (two
 * with the very same words, as two tiers may have: the first).
 * Organisations ignore legal forms (Ltd, Inc, GmbH, LLC, plc, SA…); both kinds ignore case,
 * accents, spacing and punctuation, and accept abbreviated words and small typos.
 */
export function matchValue<T>(
  value: string,
  candidates: readonly Candidate<T>[],
  kind: MatchKind,
): T | undefined {
  const tokens = tokensFor(value, kind);
  let best: T | undefined;
  let bestScore = 0;
  let tied = false;
  for (const candidate of candidates) {
    const score = closeness(tokens, tokensFor(candidate.name, kind));
    if (score > bestScore) {
      best = candidate.id;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0 && score < EXACT) tied = true;
  }
  return tied ? undefined : best;
}
