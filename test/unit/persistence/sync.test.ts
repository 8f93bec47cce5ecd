import { describe, expect, it, vi } from "vitest";
import { effectiveSaveStatus, saveStatusText } from "../../../src/persistence/status";
import { parseSyncMessage, type SyncMessage, startSync } from "../../../src/persistence/sync";

describe("sync messages", () => {
  const message: SyncMessage = {
    type: "saved",
    tabId: "tab-a",
    mapId: "m1",
    people: ["p1"],
    relationships: [],
    header: true,
  };

  it("accepts another tab's message and ignores our own or anything malformed", () => {
    expect(parseSyncMessage(message, "tab-b")).toEqual(message);
    expect(parseSyncMessage(message, "tab-a")).toBeUndefined();
    expect(parseSyncMessage({ ...message, people: "p1" }, "tab-b")).toBeUndefined();
    expect(parseSyncMessage("hello", "tab-b")).toBeUndefined();
  });

  it("posts { tabId, mapId, people, relationships, header } after a save", () => {
    const posted: unknown[] = [];
    const channel = {
      postMessage: (data: unknown) => posted.push(data),
      close: vi.fn(),
      onmessage: null,
    };
    const sync = startSync({ tabId: "tab-a", onMessage: vi.fn(), createChannel: () => channel });
    sync.post({ mapId: "m1", people: ["p1"], relationships: [], header: true });
    expect(posted).toEqual([message]);
    sync.close();
    expect(channel.close).toHaveBeenCalledOnce();
  });

  it("delivers between two tabs over a real BroadcastChannel", async () => {
    const name = `peermap-test-${Math.random()}`;
    const received = vi.fn();
    const a = startSync({ tabId: "tab-a", channelName: name, onMessage: vi.fn() });
    const b = startSync({ tabId: "tab-b", channelName: name, onMessage: received });
    a.post({ mapId: "m1", people: ["p1"], relationships: [], header: true });
    await vi.waitFor(() => expect(received).toHaveBeenCalledWith(message));
    a.close();
    b.close();
  });
});

describe("save status text", () => {
  it("reads Saved, Saving… and Not saved: <reason>", () => {
    expect(saveStatusText("saved")).toBe("Saved");
    expect(saveStatusText("saving")).toBe("Saving…");
    expect(saveStatusText({ error: "this device's storage is full" })).toBe(
      "Not saved: this device's storage is full",
    );
  });

  it("never says Saved while the work only lives in memory", () => {
    expect(effectiveSaveStatus("saved", { mode: "memory", reason: "private mode" })).toEqual({
      error: "private mode",
    });
    expect(effectiveSaveStatus("saving", { mode: "indexeddb" })).toBe("saving");
  });
});
