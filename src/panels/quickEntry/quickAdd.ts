/**
 * The one "add a person" core shared by the quick-entry bar, the roster's form and present
 * mode's N form: the domain's own rule decides (blank name, limits, placement in the tier's
 * cell), the store makes it one undo step, and the sentence says what happened. A refusal
 * comes back as a sentence for the form to show beside what was typed, which stays.
 */
import * as edit from "../../domain/edits";
import type { OrgKey, PeerMap } from "../../domain/model";
import type { PastedPerson } from "../../domain/pastedList";
import { useMapStore } from "../../store/mapStore";

export interface QuickPerson {
  org: OrgKey;
  tierId: string;
  name: string;
  title?: string;
}

export type QuickOutcome = { ok: true; sentence: string } | { ok: false; reason: string };

/** "Acme · Sales": where a person goes, as the board labels it. */
export function cellName(map: PeerMap, org: OrgKey, tierId: string): string {
  const orgName = map.orgs[org].name || (org === "a" ? "Our company" : "Partner");
  const tierName = map.tiers.find((t) => t.id === tierId)?.name ?? "";
  return tierName ? `${orgName} · ${tierName}` : orgName;
}

/** "Added Mia Wong to Acme · Sales", said wherever a person is added. */
export const addedSentence = (name: string, where: string): string =>
  `Added ${name.trim()} to ${where}`;

const peopleWord = (n: number) => (n === 1 ? "1 person" : `${n.toLocaleString("en-US")} people`);

/** One person, placed in their tier's cell; refused (saying why) exactly as the edit refuses. */
export function quickAdd(person: QuickPerson): QuickOutcome {
  const map = useMapStore.getState().map;
  if (!map) return { ok: false, reason: "No map is open." };
  const input = { ...person, place: true };
  const check = edit.addPerson(map, input);
  if (!check.ok) return { ok: false, reason: check.reason };
  if (!useMapStore.getState().addPerson(input)) return { ok: false, reason: "" };
  return {
    ok: true,
    sentence: addedSentence(person.name, cellName(map, person.org, person.tierId)),
  };
}

export interface ListPlan {
  /** "Add 7 people to Acme · Sales?" */
  question: string;
  /** Why the list cannot be added as it is, or undefined when it can. */
  refused?: string;
}

const inputsOf = (people: readonly PastedPerson[], org: OrgKey, tierId: string) =>
  people.map((p) => ({ org, tierId, name: p.name, title: p.title, place: true }));

/** What adding a pasted list would do: the preview's one line, or why it cannot be done. */
export function planList(
  map: PeerMap,
  people: readonly PastedPerson[],
  org: OrgKey,
  tierId: string,
): ListPlan {
  const question = `Add ${peopleWord(people.length)} to ${cellName(map, org, tierId)}?`;
  const check = edit.addPeople(map, inputsOf(people, org, tierId));
  return check.ok ? { question } : { question, refused: check.reason };
}

/** The whole list in one undo step, each placed in the tier's cell. */
export function quickAddList(
  people: readonly PastedPerson[],
  org: OrgKey,
  tierId: string,
): QuickOutcome {
  const map = useMapStore.getState().map;
  if (!map) return { ok: false, reason: "No map is open." };
  const plan = planList(map, people, org, tierId);
  if (plan.refused) return { ok: false, reason: plan.refused };
  const added = useMapStore.getState().addPeople(inputsOf(people, org, tierId));
  if (added === 0) return { ok: false, reason: "" };
  return { ok: true, sentence: addedSentence(peopleWord(added), cellName(map, org, tierId)) };
}
