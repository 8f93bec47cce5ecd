/**
 * The open map and everything a user can do to it. Each action is a pure domain edit
 * (src/domain) plus what the app needs around it: a timestamp, the selection, a message
 * when the edit is refused. Only `map` is in the undo history (./history.ts); the selection
 * is not, nor are other tabs' changes.
 */

import { create } from "zustand";
import type { ActionChanges, ActionInput } from "../domain/actions";
import * as actions from "../domain/actions";
import { slotPosition } from "../domain/cellPlaces";
import type { EditResult, NewPerson, PersonChanges, Placement } from "../domain/edits";
import * as edit from "../domain/edits";
import type { RelationshipChanges } from "../domain/linkEdits";
import * as linkEdit from "../domain/linkEdits";
import type { Organisation, OrgKey, PeerMap, Position, Strength } from "../domain/model";
import { placeWaiting } from "../domain/placeWaiting";
import * as tiers from "../domain/tiers";
import { createHistory } from "./history";
import { EMPTY_SELECTION, isEmptySelection, type Selection, sameSelection } from "./selection";
import { isViewingSnapshot, READ_ONLY_NOTICE } from "./snapshotView";
import { showToast } from "./toasts";

export interface MapState {
  map: PeerMap | null;
  selection: Selection;
  /** Person whose name field should take focus (just added by double-click). */
  focusPersonId: string | null;

  openMap: (map: PeerMap) => void;
  closeMap: () => void;
  /** A change made elsewhere (another tab): shown at once, not an undo step of ours. */
  applyExternal: (map: PeerMap) => void;

  addPerson: (
    input: NewPerson,
    options?: { select?: boolean; focus?: boolean },
  ) => string | undefined;
  /** A list of people (a paste) in one undo step; how many were added (0 when refused). */
  addPeople: (inputs: readonly NewPerson[]) => number;
  updatePerson: (id: string, changes: PersonChanges) => boolean;
  placePerson: (id: string, tierId: string, position: Position) => boolean;
  placePeople: (placements: readonly Placement[]) => boolean;
  /** From the roster onto the canvas, in its own lane, at the free spot nearest the partner. */
  placeInLane: (id: string) => boolean;
  /** Everyone waiting in the roster onto the canvas, each in their tier: one undo step. */
  placeAll: () => number;
  unplacePerson: (id: string) => void;
  connect: (source: string, target: string) => string | undefined;
  /** A planned link (see `planLink` in the domain), selected, in one undo step. */
  planLink: (source: string, target: string, targetStrength?: Strength) => string | undefined;
  updateRelationships: (ids: readonly string[], changes: RelationshipChanges) => void;
  rateSelection: (strength: Strength) => boolean;
  deleteSelection: () => void;
  tidy: () => void;
  /** Replace the whole document in one undo step (e.g. an import into the open map). */
  replaceMap: (map: PeerMap) => void;

  renameMap: (name: string) => boolean;
  updateOrg: (org: OrgKey, changes: Partial<Organisation>) => boolean;
  setHealthyThreshold: (threshold: Strength) => void;
  addTier: (name: string) => string | undefined;
  renameTier: (tierId: string, name: string) => boolean;
  moveTier: (tierId: string, by: -1 | 1) => void;
  deleteTier: (tierId: string, moveTo?: string) => boolean;

  /** The new action's id, or undefined when refused (the reason is shown). */
  addAction: (input: ActionInput) => string | undefined;
  updateAction: (id: string, changes: ActionChanges) => boolean;
  /** Marks actions done in one undo step (e.g. when their gap has closed). */
  completeActions: (ids: readonly string[]) => boolean;
  removeActions: (ids: readonly string[]) => void;

  select: (selection: Selection) => void;
  clearSelection: () => void;
  clearFocus: () => void;
}

/** The clock, replaceable in tests. */
export const clock = { now: (): string => new Date().toISOString() };

const history = createHistory();

const mapStore = create<MapState>()(
  history.recorded(
    (set, get) => {
      /**
       * The one path from an edit to the open map. A refused edit tells the user why and
       * changes nothing; an edit that hands back the same map adds no undo step and no save
       * (only `extra`, e.g. the selection, is set); any other is stamped and stored. Returns
       * undefined when refused or when no map is open.
       */
      const run = (
        change: (map: PeerMap) => EditResult,
        extra?: (id?: string) => Partial<MapState>,
      ): (EditResult & { ok: true }) | undefined => {
        const map = get().map;
        if (!map) return undefined;
        if (isViewingSnapshot()) {
          showToast(READ_ONLY_NOTICE);
          return undefined;
        }
        const result = change(map);
        if (!result.ok) {
          showToast(result.reason, { tone: "error" });
          return undefined;
        }
        const more = extra?.(result.id);
        if (result.map !== map) set({ ...more, map: { ...result.map, updatedAt: clock.now() } });
        else if (more) set(more);
        return result;
      };

      return {
        map: null,
        selection: EMPTY_SELECTION,
        focusPersonId: null,

        openMap: (map) => {
          set({ map, selection: EMPTY_SELECTION, focusPersonId: null });
          useMapStore.temporal.getState().clear();
        },
        closeMap: () => {
          set({ map: null, selection: EMPTY_SELECTION, focusPersonId: null });
          useMapStore.temporal.getState().clear();
        },
        applyExternal: (map) => {
          const history = useMapStore.temporal.getState();
          history.pause();
          set({ map });
          history.resume();
        },

        addPerson: (input, options) =>
          run(
            (map) => edit.addPerson(map, input),
            (id) => ({
              ...(options?.select && id ? { selection: { people: [id], relationships: [] } } : {}),
              ...(options?.focus && id ? { focusPersonId: id } : {}),
            }),
          )?.id,
        addPeople: (inputs) => (run((map) => edit.addPeople(map, inputs)) ? inputs.length : 0),
        updatePerson: (id, changes) =>
          run((map) => edit.updatePerson(map, id, changes)) !== undefined,
        placePerson: (id, tierId, position) =>
          run((map) => edit.placePerson(map, id, tierId, position)) !== undefined,
        placePeople: (placements) => run((map) => edit.placePeople(map, placements)) !== undefined,
        placeInLane: (id) => {
          const person = get().map?.people.find((p) => p.id === id);
          return person ? get().placePerson(id, person.tierId, slotPosition(0, person.org)) : false;
        },
        placeAll: () => {
          const before = get().map?.people.filter((p) => !p.position).length ?? 0;
          return run(placeWaiting) ? before : 0;
        },
        unplacePerson: (id) => {
          run((map) => edit.unplacePerson(map, id));
        },
        connect: (source, target) =>
          run(
            (map) => linkEdit.connect(map, source, target),
            (id) => ({ selection: { people: [], relationships: id ? [id] : [] } }),
          )?.id,
        planLink: (source, target, targetStrength) =>
          run(
            (map) => linkEdit.planLink(map, source, target, targetStrength),
            (id) => ({ selection: { people: [], relationships: id ? [id] : [] } }),
          )?.id,
        updateRelationships: (ids, changes) => {
          run((map) => linkEdit.updateRelationships(map, ids, changes));
        },
        rateSelection: (strength) => {
          const ids = get().selection.relationships;
          if (ids.length === 0) return false;
          return run((map) => linkEdit.updateRelationships(map, ids, { strength })) !== undefined;
        },
        deleteSelection: () => {
          const { selection } = get();
          if (isEmptySelection(selection)) return;
          run(
            (map) => edit.removeItems(map, selection.people, selection.relationships),
            () => ({ selection: EMPTY_SELECTION }),
          );
        },
        tidy: () => {
          run(edit.tidy);
        },
        replaceMap: (map) => {
          run(
            () => ({ ok: true, map }),
            () => ({ selection: EMPTY_SELECTION }),
          );
        },

        renameMap: (name) => run((map) => edit.renameMap(map, name)) !== undefined,
        updateOrg: (org, changes) => run((map) => edit.updateOrg(map, org, changes)) !== undefined,
        setHealthyThreshold: (threshold) => {
          run((map) => edit.setHealthyThreshold(map, threshold));
        },
        addTier: (name) => run((map) => tiers.addTier(map, name))?.id,
        renameTier: (tierId, name) =>
          run((map) => tiers.renameTier(map, tierId, name)) !== undefined,
        moveTier: (tierId, by) => {
          run((map) => tiers.moveTier(map, tierId, by));
        },
        deleteTier: (tierId, moveTo) =>
          run((map) => tiers.deleteTier(map, tierId, moveTo)) !== undefined,

        addAction: (input) => run((map) => actions.addAction(map, input, clock.now()))?.id,
        updateAction: (id, changes) =>
          run((map) => actions.updateAction(map, id, changes, clock.now())) !== undefined,
        completeActions: (ids) =>
          run((map) => actions.completeActions(map, ids, clock.now())) !== undefined,
        removeActions: (ids) => {
          run((map) => actions.removeActions(map, ids));
        },

        select: (selection) => {
          if (!sameSelection(selection, get().selection)) set({ selection });
        },
        clearSelection: () => get().select(EMPTY_SELECTION),
        clearFocus: () => set({ focusPersonId: null }),
      };
    },
    { stamp: (map) => ({ ...map, updatedAt: clock.now() }) },
  ),
);

/** The store, with its undo history as `temporal` (the name zundo, which it replaced, gave it). */
export const useMapStore = Object.assign(mapStore, { temporal: history.store });

// A snapshot on screen has no history of its own, and the live map's must not replay onto it.
export const undo = () => isViewingSnapshot() || useMapStore.temporal.getState().undo();
export const redo = () => isViewingSnapshot() || useMapStore.temporal.getState().redo();
/** Runs `edit` so that its changes join the last undo step made under `key` (one field edit). */
export const inOneStep = (key: string, edit: () => void): void => history.coalesce(key, edit);
/** Takes back the last undo step if it was made under `key`, as if it had never been made. */
export const discardStep = (key: string): boolean => history.discard(key);
