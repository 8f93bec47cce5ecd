/** Roster import, step two: the checked rows of a preview added to the map in one edit. */
import { newId as randomId } from "../ids";
import type { PeerMap, Person, Tier } from "../model";
import { waitingPlacements, withPlacements } from "../placeWaiting";
import type { RosterPreview, RosterRow } from "./roster";
import { choiceKey } from "./rosterValues";

export interface RosterImportOptions {
  /** Create the preview's new tiers; when false, rows naming them are skipped. */
  createTiers: boolean;
  /** Id source, replaceable in tests. */
  newId?: (prefix: string) => string;
}

export interface RosterImportPlan {
  /** Rows that will be added, in file order. */
  add: RosterRow[];
  /** Rows that will not, each with the sentences saying why. */
  skip: { row: RosterRow; reasons: string[] }[];
}

/** What an import with these options would do, for the preview's button and notes. */
export function planRosterImport(preview: RosterPreview, createTiers: boolean): RosterImportPlan {
  const plan: RosterImportPlan = { add: [], skip: [] };
  if (preview.errors.length > 0) {
    plan.skip = preview.rows.map((row) => ({ row, reasons: preview.errors }));
    return plan;
  }
  for (const row of preview.rows) {
    if (row.problems.length > 0) plan.skip.push({ row, reasons: row.problems });
    else if (row.tierId === undefined && !createTiers) {
      plan.skip.push({
        row,
        reasons: [
          `Row ${row.line}: there is no tier "${row.tierName}" and new tiers are not created`,
        ],
      });
    } else plan.add.push(row);
  }
  return plan;
}

/**
 * The map with the preview's valid rows added as people, each placed on the canvas in its
 * tier's cell at the first free spot (as the add form places a new person), and, when asked,
 * its new tiers appended after the existing ones. One new map, so the store's replaceMap
 * makes the whole import a single undo step. A preview with whole-file errors changes nothing.
 */
export function applyRosterImport(
  map: PeerMap,
  preview: RosterPreview,
  options: RosterImportOptions,
): PeerMap {
  const newId = options.newId ?? randomId;
  const { add } = planRosterImport(preview, options.createTiers);
  if (add.length === 0) return map;

  const created = new Map<string, Tier>();
  for (const row of add) {
    if (row.tierId !== undefined) continue;
    const key = choiceKey(row.tierName);
    if (!created.has(key)) created.set(key, { id: newId("t"), name: row.tierName });
  }
  const added: Person[] = [];
  for (const row of add) {
    const tierId = row.tierId ?? created.get(choiceKey(row.tierName))?.id;
    if (!row.org || tierId === undefined) continue;
    added.push({
      id: newId("p"),
      org: row.org,
      name: row.name,
      ...(row.title ? { title: row.title } : {}),
      tierId,
      ...(row.email ? { email: row.email } : {}),
      ...(row.notes ? { notes: row.notes } : {}),
    });
  }
  const unplaced = [...map.people, ...added];
  const newIds = new Set(added.map((person) => person.id));
  const people = withPlacements(unplaced, waitingPlacements({ people: unplaced }, newIds));
  return {
    ...map,
    tiers: created.size > 0 ? [...map.tiers, ...created.values()] : map.tiers,
    people,
  };
}
