/**
 * Cross-tab sync. After each committed save a tab posts which records it wrote on the
 * "peermap" BroadcastChannel; a tab with the same map open reads those records back from
 * storage and merges them into its document (see merge.ts and Autosave.mergeRemote).
 * The home list needs nothing from here: Dexie's liveQuery already follows other tabs.
 */
import type { SavedChange } from "./autosave";

export const SYNC_CHANNEL = "peermap";

export interface SyncMessage {
  type: "saved";
  tabId: string;
  mapId: string;
  /** Ids of people written or deleted. */
  people: string[];
  relationships: string[];
  header: boolean;
}

export interface SyncChannel {
  post(change: Omit<SavedChange, "map">): void;
  close(): void;
}

type ChannelLike = Pick<BroadcastChannel, "postMessage" | "close"> & {
  onmessage: ((event: MessageEvent) => void) | null;
};

export interface SyncOptions {
  tabId: string;
  onMessage: (message: SyncMessage) => void;
  channelName?: string;
  /** Test hook; defaults to the global BroadcastChannel, and to no sync where there is none. */
  createChannel?: (name: string) => ChannelLike;
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** A message from another tab, or undefined for anything else on the channel. */
export function parseSyncMessage(data: unknown, ownTabId: string): SyncMessage | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== "saved" || typeof m.tabId !== "string" || m.tabId === ownTabId) return undefined;
  if (typeof m.mapId !== "string" || !strings(m.people) || !strings(m.relationships))
    return undefined;
  return {
    type: "saved",
    tabId: m.tabId,
    mapId: m.mapId,
    people: m.people,
    relationships: m.relationships,
    header: m.header === true,
  };
}

function defaultChannel(name: string): ChannelLike | undefined {
  return typeof BroadcastChannel === "function" ? new BroadcastChannel(name) : undefined;
}

export function startSync(options: SyncOptions): SyncChannel {
  const name = options.channelName ?? SYNC_CHANNEL;
  let channel: ChannelLike | undefined;
  try {
    channel = options.createChannel ? options.createChannel(name) : defaultChannel(name);
  } catch {
    channel = undefined; // No cross-tab sync; everything else still works.
  }
  if (channel) {
    channel.onmessage = (event) => {
      const message = parseSyncMessage(event.data, options.tabId);
      if (message) options.onMessage(message);
    };
  }
  return {
    post: (change) => {
      const message: SyncMessage = {
        type: "saved",
        tabId: options.tabId,
        mapId: change.mapId,
        people: change.people,
        relationships: change.relationships,
        header: change.header,
      };
      try {
        channel?.postMessage(message);
      } catch {
        // A closed channel (page going away) must not turn a good save into an error.
      }
    },
    close: () => {
      if (channel) channel.onmessage = null;
      channel?.close();
      channel = undefined;
    },
  };
}
