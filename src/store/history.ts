/**
 * This tab's undo history. A step is a list of commits (the map just before and just after
 * one of our own edits); undoing replays their inverse changes onto the map as it is now, so
 * what other tabs changed meanwhile stays (src/domain/changes.ts). When nothing else changed
 * the map since, the old map object itself comes back, exactly as it was.
 *
 * The state is named like zundo's temporal store (pastStates, futureStates…), which this
 * replaced: zundo restored whole snapshots, which put back other tabs' edits too.
 */
import type { StateCreator } from "zustand";
import { createStore } from "zustand/vanilla";
import { applyChanges, changesBetween, invert } from "../domain/changes";
import type { PeerMap } from "../domain/model";

interface Commit {
  before: PeerMap;
  after: PeerMap;
}

export interface Step {
  commits: readonly Commit[];
  /** Commits made under the same key one after the other (a field being typed in) share a step. */
  key?: string;
}

export interface HistoryState {
  pastStates: readonly Step[];
  futureStates: readonly Step[];
  undo: () => void;
  redo: () => void;
  clear: () => void;
  /** While paused, map changes are not ours (another tab's) and make no step. */
  pause: () => void;
  resume: () => void;
}

export const HISTORY_LIMIT = 200;

function replay(map: PeerMap, commits: readonly Commit[], backwards: boolean) {
  let current = map;
  let exact = true;
  const ordered = backwards ? [...commits].reverse() : commits;
  for (const { before, after } of ordered) {
    const [from, to] = backwards ? [after, before] : [before, after];
    if (current === from) current = to;
    else {
      const changes = changesBetween(before, after);
      current = applyChanges(current, backwards ? invert(changes) : changes);
      exact = false;
    }
  }
  return { map: current, exact };
}

export interface HistoryOptions {
  /** Marks a map made by replaying changes as a new version (it gets a new edit time). */
  stamp: (map: PeerMap) => PeerMap;
  limit?: number;
}

export function createHistory() {
  let coalesceKey: string | undefined;
  let paused = false;
  /** What a new keyed step cleared from redo, given back if that step is discarded. */
  let cleared: { key: string; futureStates: readonly Step[] } | undefined;
  let target: { get: () => PeerMap | null; set: (map: PeerMap) => void } | undefined;
  let options: HistoryOptions = { stamp: (map) => map };

  /** Puts the map a replay made in the store (not recorded: it is the history moving). */
  const show = (map: PeerMap, result: { map: PeerMap; exact: boolean }) => {
    if (result.map !== map) target?.set(result.exact ? result.map : options.stamp(result.map));
  };

  const store = createStore<HistoryState>()((set, get) => {
    /** Undo (inverse) or redo: replays the newest step onto the current map and files it across. */
    const move = (inverse: boolean) => {
      const { pastStates, futureStates } = get();
      const [from, to] = inverse ? [pastStates, futureStates] : [futureStates, pastStates];
      const step = from.at(-1);
      const map = target?.get();
      if (!step || !map) return;
      const result = replay(map, step.commits, inverse);
      const [rest, moved] = [from.slice(0, -1), [...to, step]];
      set(
        inverse
          ? { pastStates: rest, futureStates: moved }
          : { pastStates: moved, futureStates: rest },
      );
      show(map, result);
    };
    return {
      pastStates: [],
      futureStates: [],
      undo: () => move(true),
      redo: () => move(false),
      clear: () => set({ pastStates: [], futureStates: [] }),
      pause: () => {
        paused = true;
      },
      resume: () => {
        paused = false;
      },
    };
  });

  /** One of our edits: a new step, or part of the last one when made under its key. */
  const record = (before: PeerMap, after: PeerMap): void => {
    if (paused) return;
    const { pastStates, futureStates } = store.getState();
    const last = pastStates.at(-1);
    const commit = { before, after };
    const key = coalesceKey;
    if (key !== undefined && last?.key === key && futureStates.length === 0) {
      // Straight on from the previous commit (nothing came between): one commit covers both.
      const previous = last.commits.at(-1);
      const commits =
        previous?.after === before
          ? [...last.commits.slice(0, -1), { before: previous.before, after }]
          : [...last.commits, commit];
      const merged: Step = { commits, key };
      store.setState({ pastStates: [...pastStates.slice(0, -1), merged] });
      return;
    }
    const step: Step = key === undefined ? { commits: [commit] } : { commits: [commit], key };
    cleared = key === undefined ? undefined : { key, futureStates };
    store.setState({
      pastStates: [...pastStates, step].slice(-(options.limit ?? HISTORY_LIMIT)),
      futureStates: [],
    });
  };

  return {
    store,
    /**
     * Zustand middleware: every change of `map` made through the store's own `set` (its
     * actions) is recorded as ours; the history's own moves go through `setState` and are not.
     */
    recorded<T extends { map: PeerMap | null }>(
      creator: StateCreator<T>,
      settings: HistoryOptions,
    ): StateCreator<T> {
      options = settings;
      return (set, get, api) => {
        target = { get: () => get().map, set: (map) => api.setState({ map } as Partial<T>) };
        // `set` is overloaded (merge, or replace with a whole state); both pass through as given.
        const recording = ((...args: Parameters<typeof set>) => {
          const before = get().map;
          set(...args);
          const after = get().map;
          if (before && after && before !== after) record(before, after);
        }) as typeof set;
        return creator(recording, get, api);
      };
    },
    /** Runs `edit` so that what it commits joins the last step made under `key`. */
    coalesce(key: string, edit: () => void): void {
      const outer = coalesceKey;
      coalesceKey = key;
      try {
        edit();
      } finally {
        coalesceKey = outer;
      }
    },
    /**
     * Takes back the last step if it was made under `key` as if it had never been made (Escape
     * in a field): nothing to redo from it, and what it cleared from redo comes back. False when
     * that step is not the last one.
     */
    discard(key: string): boolean {
      const { pastStates } = store.getState();
      const step = pastStates.at(-1);
      const map = target?.get();
      if (step?.key !== key || !map) return false;
      const result = replay(map, step.commits, true);
      const redo = cleared?.key === key ? cleared.futureStates : [];
      cleared = undefined;
      store.setState({ pastStates: pastStates.slice(0, -1), futureStates: redo });
      show(map, result);
      return true;
    },
  };
}
