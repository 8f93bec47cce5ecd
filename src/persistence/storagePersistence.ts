/**
 * Asks the browser to keep our storage (navigator.storage.persist) once there is something
 * worth keeping. Where it refuses or cannot, the user is told once per browser to export
 * backups: browsers may clear non-persistent storage when space runs low. The notice is a
 * strip above the screen (StorageBanner) until dismissed: a timed toast over the canvas would
 * cover the map in the middle of a workshop, and could go before anyone read it.
 */
import { create } from "zustand";

export const PERSIST_NOTICE_KEY = "peermap.persistNoticeShown";

export const PERSIST_NOTICE =
  "This browser may clear your maps if it runs low on space. Export a copy of important maps now and then to keep a backup.";

/** Whether the notice is on screen. */
export const usePersistNotice = create<{ showing: boolean }>()(() => ({ showing: false }));

export const dismissPersistNotice = (): void => usePersistNotice.setState({ showing: false });

export type PersistResult = "granted" | "refused" | "unavailable";

export interface PersistDeps {
  storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
  localStorage?: Pick<Storage, "getItem" | "setItem">;
  notify?: (message: string) => void;
}

function defaults(): PersistDeps {
  const g = globalThis as {
    navigator?: { storage?: PersistDeps["storage"] };
    localStorage?: Storage;
  };
  let local: Storage | undefined;
  try {
    local = g.localStorage; // Reading it throws where storage is blocked.
  } catch {
    local = undefined;
  }
  return {
    storage: g.navigator?.storage,
    localStorage: local,
    notify: () => usePersistNotice.setState({ showing: true }),
  };
}

function noticeOnce(deps: PersistDeps): void {
  try {
    if (deps.localStorage?.getItem(PERSIST_NOTICE_KEY)) return;
    deps.localStorage?.setItem(PERSIST_NOTICE_KEY, new Date().toISOString());
  } catch {
    // Without localStorage we cannot remember; telling once per session is the best we can do.
  }
  deps.notify?.(PERSIST_NOTICE);
}

/** Asks for persistent storage; never throws. */
export async function requestPersistentStorage(
  deps: PersistDeps = defaults(),
): Promise<PersistResult> {
  const storage = deps.storage;
  let result: PersistResult = "unavailable";
  try {
    if (storage?.persisted && (await storage.persisted())) return "granted";
    if (storage?.persist) result = (await storage.persist()) ? "granted" : "refused";
  } catch {
    result = "unavailable";
  }
  if (result !== "granted") noticeOnce(deps);
  return result;
}

let requested = false;

/** requestPersistentStorage the first time a stored map has someone on it, once per page. */
export function requestPersistenceWhenUseful(peopleCount: number, deps?: PersistDeps): void {
  if (requested || peopleCount < 1) return;
  requested = true;
  void requestPersistentStorage(deps);
}

/** Test hook. */
export function resetPersistenceRequest(): void {
  requested = false;
}
