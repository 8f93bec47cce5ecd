/**
 * Cross-tab sync. After each committed save a tab posts which records it wrote on the
 * "peermap" BroadcastChannel; a tab with the same map open reads those records back from
 * storage and merges them into its document (see merge.ts and Autosave.mergeRemote).
 * A map replaced whole (an import's "Replace the stored map") is announced as "replaced": a tab
 * with it open reloads it rather than merging records (see session.ts).
 * The home list needs nothing from here: Dexie's liveQuery already follows other tabs.
 */
import type { SavedChange } from "./savedChange";

export const SYNC_CHANNEL = "peermap";

export interface SyncMessage {
  type: "saved" | "replaced";
  tabId: string;
  mapId: string;
  /** Ids of people written or deleted. */
  people: string[];
  relationships: string[];
  header: boolean;
}

export interface SyncChannel {
  post(change: Omit<SavedChange, "map">): void;
  /** Tells other tabs the map was replaced whole in storage. */
  postReplaced(mapId: string): void;
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
  if (m.type !== "saved" && m.type !== "replaced") return undefined;
  if (typeof m.tabId !== "string" || m.tabId === ownTabId) return undefined;
  if (typeof m.mapId !== "string" || !strings(m.people) || !strings(m.relationships))
    return undefined;
  return {
    type: m.type,
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
  const send = (message: SyncMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel (page going away) must not turn a good save into an error.
    }
  };
  return {
    post: (change) =>
      send({
        type: "saved",
        tabId: options.tabId,
        mapId: change.mapId,
        people: change.people,
        relationships: change.relationships,
        header: change.header,
      }),
    postReplaced: (mapId) =>
      send({
        type: "replaced",
        tabId: options.tabId,
        mapId,
        people: [],
        relationships: [],
        header: true,
      }),
    close: () => {
      if (channel) channel.onmessage = null;
      channel?.close();
      channel = undefined;
    },
  };
}
