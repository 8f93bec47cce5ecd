/**
 * Saves the open map as it is edited. Changes are batched (250 ms after the last edit, at most
 * 500 ms after the first) and written in one transaction per batch; leaving or hiding the page
 * writes at once. A failed write keeps everything pending (we only ever diff against what is
 * known to be stored) and is retried on the next edit and after a delay: nothing is dropped.
 *
 * Drags need nothing special: the store only changes when a drag ends (placePerson), so a
 * drag is one small write of one person.
 */
import type { PeerMap } from "../domain/model";
import { diffMaps } from "./diff";
import { describeStorageError, isMapGone } from "./errors";
import { changesFor, type MapRepository } from "./mapRepository";
import { mergeExternal, NO_PENDING, pendingIdsOf } from "./merge";
import { defaultPageEvents, onPageLeave, type PageEvents } from "./pageLeave";
import type { RemoteRecords } from "./remoteRecords";
import { type SavedChange, savedChangeOf } from "./savedChange";
import { type SaveStatus, setSaveStatus } from "./status";

/** The parts of the map store autosave uses (useMapStore fits). */
export interface OpenMapState {
  map: PeerMap | null;
  applyExternal: (map: PeerMap) => void;
}

export interface OpenMapStore {
  getState(): OpenMapState;
  subscribe(listener: (state: OpenMapState, previous: OpenMapState) => void): () => void;
}

export interface AutosaveOptions {
  mapId: string;
  /** What storage holds for the map; null when it may hold nothing (then the first save is whole). */
  baseline: PeerMap | null;
  store: OpenMapStore;
  /** The repository to write to now (it changes when storage falls back to memory). */
  repository: () => MapRepository;
  onSaved?: (saved: SavedChange) => void;
  onError?: (error: unknown, consecutiveFailures: number) => void;
  /**
   * The stored map went away (deleted in another tab). The next save writes it whole; with
   * nothing unsaved (`pending` false) nothing is written until the map is edited again.
   */
  onMapGone?: (map: PeerMap, pending: boolean) => void;
  /** Relationships storage refused to write because one of their people was deleted elsewhere. */
  onRelationshipsDropped?: (ids: string[]) => void;
  /**
   * The coverage of a version of the map, for the stored header: the open map's cached
   * analysis already has it, so a save need not walk the whole map again. Computed when absent.
   */
  coverageOf?: (map: PeerMap) => number | null;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: readonly number[];
  events?: PageEvents;
}

export interface Autosave {
  readonly mapId: string;
  /** Writes whatever is pending now; true when everything is stored. */
  flush(): Promise<boolean>;
  hasPending(): boolean;
  /** The newest version of the map this autosave knows. */
  latest(): PeerMap;
  /** Merges what another tab saved; runs between saves, never during one. */
  mergeRemote(read: (repository: MapRepository) => Promise<RemoteRecords>): Promise<void>;
  /** Stops following the store and flushes; failed saves keep retrying until they succeed. */
  stop(): Promise<{ baseline: PeerMap | null; latest: PeerMap }>;
  /** Stops everything, pending changes included (the map was deleted on purpose). */
  cancel(): void;
  /**
   * Writes nothing until the returned function is called (a write already under way still
   * lands): for deciding what to do with pending changes when the stored map was replaced.
   */
  hold(): () => void;
}

const DEFAULT_RETRY_MS = [1000, 2000, 5000, 10_000] as const;

export function startAutosave(options: AutosaveOptions): Autosave {
  const { mapId, store, repository } = options;
  const debounceMs = options.debounceMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 500;
  const retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  const events = options.events ?? defaultPageEvents();

  /** What storage holds for the map; null when it holds nothing known (then a save is whole). */
  let baseline = options.baseline;
  /**
   * The version with nothing unsaved: the baseline, or, once the map went from storage, what
   * this tab showed then. A tab whose map is `clean` never writes.
   */
  let clean = baseline;
  const open = store.getState().map;
  let latest: PeerMap = open?.id === mapId ? open : (baseline ?? failNoMap(mapId));
  let failures = 0;
  let cancelled = false;
  let held = false;
  let chain: Promise<unknown> = Promise.resolve();
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const clearTimers = () => {
    clearTimeout(debounceTimer);
    clearTimeout(maxTimer);
    clearTimeout(retryTimer);
    debounceTimer = maxTimer = retryTimer = undefined;
  };
  const fire = () => void flush();
  const schedule = () => {
    if (cancelled || held) return;
    if (failures === 0) report("saving");
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(fire, debounceMs);
    maxTimer ??= setTimeout(fire, maxWaitMs);
  };

  /**
   * The page may be going away: a normal save would not get past its first request before
   * the page is gone, so everything not yet known to be stored is also issued at once, in a
   * write that commits by itself. The normal save still runs, in case the page lives on.
   */
  const leaving = () => {
    saveNow();
    void flush();
  };
  const removePageListeners = onPageLeave(events, leaving);

  let unsubscribe: (() => void) | undefined = store.subscribe((state, previous) => {
    if (state.map === previous.map) return;
    if (state.map?.id === mapId) {
      latest = state.map;
      if (latest !== clean) schedule();
    } else {
      // Closed, or another map opened: this one is saved now and no longer followed.
      detach();
      void flush();
    }
  });
  /**
   * The save indicator is about the open map: once this autosave no longer follows the store
   * (its map was closed), it only reports failures, never "saved" over another map's state.
   */
  const report = (status: SaveStatus) => {
    if (unsubscribe || typeof status === "object") setSaveStatus(status);
  };
  const detach = () => {
    unsubscribe?.();
    unsubscribe = undefined;
  };

  async function save(): Promise<boolean> {
    const target = latest;
    if (cancelled) return true;
    if (held) return false;
    if (target === clean) {
      // Nothing pending (say, every edit since the last save was undone).
      failures = 0;
      report("saved");
      return true;
    }
    try {
      const repo = repository();
      let saved: SavedChange | undefined;
      let dropped: string[] = [];
      if (baseline === null) {
        await repo.saveMap(target);
        saved = savedChangeOf(mapId, target, undefined);
      } else {
        const changes = changesFor(baseline, target, options.coverageOf);
        if (changes) {
          const result = await repo.applyChanges(mapId, changes);
          dropped = result.droppedRelationships;
          saved = savedChangeOf(mapId, target, changes, result.deletedRelationships);
        }
      }
      baseline = clean = target;
      failures = 0;
      if (saved) options.onSaved?.(saved);
      if (dropped.length > 0) forgetDropped(target, dropped);
      if (latest !== clean) schedule();
      else {
        report("saved");
        if (!unsubscribe) removePageListeners();
      }
      return latest === clean;
    } catch (error) {
      if (isMapGone(error) && baseline !== null) {
        baseline = null;
        options.onMapGone?.(target, true);
        return save();
      }
      failures += 1;
      report({ error: describeStorageError(error) });
      options.onError?.(error, failures);
      if (!cancelled) {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(fire, retryMs[Math.min(failures, retryMs.length) - 1] ?? 1000);
      }
      return false;
    }
  }

  /**
   * Storage kept everything but these relationships (a person of theirs was deleted in another
   * tab): they are not stored, so they leave this tab's map too, through the normal merge.
   */
  function forgetDropped(saved: PeerMap, ids: string[]) {
    options.onRelationshipsDropped?.(ids);
    const gone = new Set(ids);
    const ends = saved.relationships
      .filter((r) => gone.has(r.id))
      .flatMap((r) => [r.source, r.target]);
    void mergeRemote((repo) => repo.readRecords(mapId, [...new Set(ends)], ids)).catch(
      () => undefined,
    );
  }

  function saveNow(): void {
    const target = latest;
    if (cancelled || held || target === clean) return;
    try {
      const repo = repository();
      const changes =
        baseline === null ? undefined : changesFor(baseline, target, options.coverageOf);
      if (baseline !== null && !changes) return;
      if (!repo.saveNow(target, changes)) return;
      options.onSaved?.(savedChangeOf(mapId, target, changes));
    } catch {
      // Best effort: the normal save below reports any failure.
    }
  }

  function flush(): Promise<boolean> {
    clearTimers();
    const next = chain.then(save, save);
    chain = next;
    return next;
  }

  async function merge(read: (repository: MapRepository) => Promise<RemoteRecords>) {
    if (cancelled || baseline === null) return;
    const remote = await read(repository());
    if (cancelled || baseline === null) return;
    if (remote.mapGone) {
      // `clean` stays: with nothing unsaved, nothing is written until the next edit.
      baseline = null;
      options.onMapGone?.(latest, latest !== clean);
      if (latest !== clean) schedule();
      return;
    }
    const nothingPending = latest === baseline;
    const pending = pendingIdsOf(diffMaps(baseline, latest));
    baseline = clean = mergeExternal(baseline, remote, NO_PENDING);
    // With nothing of ours pending, the merged map is exactly what is stored: there is nothing
    // to save, and "Saving…" must not show in a tab nobody touched.
    const merged = nothingPending ? baseline : mergeExternal(latest, remote, pending);
    if (merged !== latest) {
      latest = merged;
      const state = store.getState();
      if (unsubscribe && state.map?.id === mapId) state.applyExternal(merged);
    }
    if (latest !== clean) schedule();
  }

  function mergeRemote(read: (repository: MapRepository) => Promise<RemoteRecords>) {
    const run = () => merge(read);
    const next = chain.then(run, run);
    chain = next.catch(() => undefined);
    return next;
  }

  report(latest === clean ? "saved" : "saving");

  return {
    mapId,
    flush,
    hasPending: () => latest !== clean,
    latest: () => latest,
    mergeRemote,
    stop: async () => {
      detach();
      await flush();
      return { baseline, latest };
    },
    hold: () => {
      held = true;
      clearTimers();
      return () => {
        held = false;
        if (latest !== clean) schedule();
      };
    },
    cancel: () => {
      cancelled = true;
      detach();
      clearTimers();
      removePageListeners();
    },
  };
}

function failNoMap(mapId: string): never {
  throw new Error(`Autosave for ${mapId} needs the map open in the store or a baseline.`);
}
