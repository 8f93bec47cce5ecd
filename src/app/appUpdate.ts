/**
 * A new version of Peermap, installed in the background by the service worker, waits for the
 * user: reloading by itself could come in the middle of a workshop. The user chooses "Reload"
 * (after everything typed is stored) or "Later" (it is offered again on the next visit).
 */
import { create } from "zustand";

export type NewVersion =
  | "none"
  /** Installed, waiting for this page's "Reload" to take over. */
  | "waiting"
  /** Took over already ("Reload" in another tab): this page runs the old one until reloaded. */
  | "active";

interface AppUpdateState {
  version: NewVersion;
  dismissed: boolean;
  /** Why "Reload" did not reload, for the prompt to say. */
  problem: string | null;
}

export const useAppUpdate = create<AppUpdateState>()(() => ({
  version: "none",
  dismissed: false,
  problem: null,
}));

export interface UpdateDriver {
  /** Stores every pending change; true only when all of it is stored, so a reload loses nothing. */
  storeEverything: () => Promise<boolean>;
  /** Tells the waiting version to take over; it then takes control (newVersionControlling). */
  activate: () => Promise<void>;
  reload: () => void;
}

export const NOT_STORED_PROBLEM =
  "Peermap could not save your latest changes, so it did not reload. Use “Export JSON” to keep a copy, then reload.";

let driver: UpdateDriver | undefined;
/** This page asked for the new version, so its taking control means "reload now". */
let requested = false;

export function connectUpdates(next: UpdateDriver): void {
  driver = next;
  requested = false;
  useAppUpdate.setState({ version: "none", dismissed: false, problem: null });
}

/** The service worker has a new version waiting. */
export function newVersionWaiting(): void {
  // The same waiting version can be announced more than once (an update check, the worker's
  // own events): "Later" holds for it until the next visit.
  if (useAppUpdate.getState().version === "waiting") return;
  useAppUpdate.setState({ version: "waiting", dismissed: false });
}

/** The new version controls this page: reload if this page asked, else offer it again. */
export function newVersionControlling(): void {
  if (requested) {
    driver?.reload();
    return;
  }
  useAppUpdate.setState({ version: "active", dismissed: false });
}

export function updateLater(): void {
  useAppUpdate.setState({ dismissed: true, problem: null });
}

/** "Reload": stores everything first, and reloads only if all of it was stored. */
export async function reloadForUpdate(): Promise<void> {
  if (!driver) return;
  if (!(await driver.storeEverything())) {
    useAppUpdate.setState({ problem: NOT_STORED_PROBLEM });
    return;
  }
  useAppUpdate.setState({ problem: null });
  if (useAppUpdate.getState().version === "active") {
    driver.reload();
    return;
  }
  requested = true;
  await driver.activate();
}
