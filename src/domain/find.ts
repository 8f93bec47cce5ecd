/**
 * Find a person by what a facilitator remembers of them: part of the name, title,
 * organisation or tier, in any order ("hank sc" finds Hank Scorpio). The index is built once
 * per map version; a search only walks precomputed tokens, so each keystroke stays well within
 * a frame on a thousand-person map.
 */
import type { PeerMap } from "./model";

/** Enough to pick from without scrolling; more would only cost paint time. */
export const FIND_RESULT_LIMIT = 20;

/** Fields in rank order: a match in the name beats one in the title, and so on. */
const FIELDS = ["name", "title", "org", "tier"] as const;
export type FindField = (typeof FIELDS)[number];

interface Entry {
  id: string;
  /** The normalised name, whole, for the exact and starts-with ranks. */
  name: string;
  /** Normalised words of each field, in FIELDS order. */
  tokens: readonly (readonly string[])[];
}

export interface FindIndex {
  entries: readonly Entry[];
}

export interface FindResult {
  id: string;
  /** The best field each query word matched in; the first is what ranked it. */
  field: FindField;
}

/** Lower case, accents and punctuation dropped, so "José" finds "jose" and "O'Neil" "oneil". */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const words = (text: string): string[] => {
  const n = normalise(text);
  return n ? n.split(" ") : [];
};

export function buildFindIndex(map: PeerMap): FindIndex {
  const tierNames = new Map(map.tiers.map((t) => [t.id, t.name]));
  return {
    entries: map.people.map((p) => ({
      id: p.id,
      name: normalise(p.name),
      tokens: [
        words(p.name),
        words(p.title ?? ""),
        words(map.orgs[p.org].name),
        words(tierNames.get(p.tierId) ?? ""),
      ],
    })),
  };
}

/** The first field (in rank order) with a word starting with `word`, or -1. */
function fieldOf(entry: Entry, word: string): number {
  for (let f = 0; f < entry.tokens.length; f++) {
    for (const token of entry.tokens[f] as readonly string[]) if (token.startsWith(word)) return f;
  }
  return -1;
}

/**
 * People every query word is the start of a word of (in any field), best first: the exact
 * name, then names starting with the query, then by the fields the words matched in (name
 * before title before organisation before tier), then by name. Nothing for a blank query.
 */
export function findPeople(
  index: FindIndex,
  query: string,
  limit: number = FIND_RESULT_LIMIT,
): FindResult[] {
  const whole = normalise(query);
  if (!whole) return [];
  const queryWords = whole.split(" ");
  const hits: { entry: Entry; rank: number; field: number }[] = [];
  for (const entry of index.entries) {
    let rank = 0;
    let best: number = FIELDS.length;
    for (const word of queryWords) {
      const f = fieldOf(entry, word);
      if (f < 0) {
        rank = -1;
        break;
      }
      rank += f;
      best = Math.min(best, f);
    }
    if (rank < 0) continue;
    // Whole-name matches outrank any sum of field ranks (at most 3 per word).
    if (entry.name === whole) rank -= 2000;
    else if (entry.name.startsWith(whole)) rank -= 1000;
    hits.push({ entry, rank, field: best });
  }
  hits.sort(
    (x, y) =>
      x.rank - y.rank ||
      (x.entry.name < y.entry.name ? -1 : x.entry.name > y.entry.name ? 1 : 0) ||
      (x.entry.id < y.entry.id ? -1 : x.entry.id > y.entry.id ? 1 : 0),
  );
  return hits
    .slice(0, limit)
    .map(({ entry, field }) => ({ id: entry.id, field: FIELDS[field] as FindField }));
}
