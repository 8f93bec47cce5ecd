import { sameItems } from "../domain/equality";

export interface Selection {
  people: readonly string[];
  relationships: readonly string[];
}

export const EMPTY_SELECTION: Selection = { people: [], relationships: [] };

export const isEmptySelection = (s: Selection): boolean =>
  s.people.length === 0 && s.relationships.length === 0;

export const sameIds = (a: readonly string[], b: readonly string[]): boolean => sameItems(a, b);

export const sameSelection = (a: Selection, b: Selection): boolean =>
  sameIds(a.people, b.people) && sameIds(a.relationships, b.relationships);
