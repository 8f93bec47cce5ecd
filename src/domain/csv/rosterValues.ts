/**
 * The organisation and tier values a roster file uses, each with what it will become on the
 * map: matched tolerantly (valueMatching) unless the user chose otherwise in the preview.
 */
import { ORG_KEYS, type OrgKey, type Tier } from "../model";
import { matchValue, valueKey } from "./valueMatching";

/** Rows with this value are not imported. */
export const SKIP = "skip";
/** Rows with this tier value go into a tier the import creates. */
export const NEW_TIER = "new";

export type OrgChoice = OrgKey | typeof SKIP;
export type TierChoice = { tierId: string } | typeof NEW_TIER | typeof SKIP;

/** One distinct value of a column, as first spelt, and what it maps to. */
export interface ValueMatch<C> {
  /** The same for spellings that differ only in case, spaces and punctuation. */
  key: string;
  value: string;
  /** How many rows use it. */
  rows: number;
  /** What tolerant matching proposes. */
  suggested: C;
  /** What the import will do: the user's choice, or the suggestion. */
  chosen: C;
}

export interface ValueChoices {
  orgs?: Readonly<Record<string, OrgChoice>>;
  tiers?: Readonly<Record<string, TierChoice>>;
}

/** The key a value is listed under; punctuation-only values keep their own spelling. */
export const choiceKey = (value: string): string =>
  valueKey(value) || value.trim().toLocaleLowerCase("en-US");

/** Distinct non-blank values in first-seen order, with how many times each occurs. */
function distinct(values: readonly string[]): { key: string; value: string; rows: number }[] {
  const found = new Map<string, { key: string; value: string; rows: number }>();
  for (const value of values) {
    if (!value) continue;
    const key = choiceKey(value);
    const entry = found.get(key);
    if (entry) entry.rows++;
    else found.set(key, { key, value, rows: 1 });
  }
  return [...found.values()];
}

/** Organisations by name (tolerantly) or by their letter, "a" or "b". */
export function orgMatches(
  values: readonly string[],
  orgNames: Readonly<Record<OrgKey, string>>,
  chosen: ValueChoices["orgs"] = {},
): ValueMatch<OrgChoice>[] {
  const candidates = ORG_KEYS.map((org) => ({ id: org, name: orgNames[org] }));
  return distinct(values).map((entry) => {
    const letter = ORG_KEYS.find((org) => org === entry.key);
    const suggested: OrgChoice = letter ?? matchValue(entry.value, candidates, "org") ?? SKIP;
    return { ...entry, suggested, chosen: chosen[entry.key] ?? suggested };
  });
}

/** Tiers by name (tolerantly); a value with no close tier is proposed as a new tier. */
export function tierMatches(
  values: readonly string[],
  tiers: readonly Tier[],
  chosen: ValueChoices["tiers"] = {},
): ValueMatch<TierChoice>[] {
  return distinct(values).map((entry) => {
    const tierId = matchValue(entry.value, tiers, "tier");
    const suggested: TierChoice = tierId === undefined ? NEW_TIER : { tierId };
    const choice = chosen[entry.key];
    const valid = typeof choice !== "object" || tiers.some((t) => t.id === choice.tierId);
    return { ...entry, suggested, chosen: choice !== undefined && valid ? choice : suggested };
  });
}
