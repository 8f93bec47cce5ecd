import { beforeEach, describe, expect, it, vi } from "vitest";
import * as edit from "../../../src/domain/edits";
import type { PeerMap } from "../../../src/domain/model";
import { createPersistenceSession } from "../../../src/persistence/session";
import {
  dismissPersistNotice,
  PERSIST_NOTICE,
  PERSIST_NOTICE_KEY,
  type PersistDeps,
  requestPersistentStorage,
  resetPersistenceRequest,
  usePersistNotice,
} from "../../../src/persistence/storagePersistence";
import { useToasts } from "../../../src/store/toasts";
import { dbName, fakeIdb, testMapStore } from "./helpers";

function fakeLocalStorage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("requestPersistentStorage", () => {
  it("by default shows the advice as a strip until dismissed, not as a toast over the canvas", async () => {
    // Here (Node) there is no navigator.storage nor localStorage: the advice is due.
    expect(await requestPersistentStorage()).toBe("unavailable");
    expect(usePersistNotice.getState().showing).toBe(true);
    expect(useToasts.getState().toasts).toEqual([]);
    dismissPersistNotice();
    expect(usePersistNotice.getState().showing).toBe(false);
  });

  it("asks the browser and stays quiet when it agrees", async () => {
    const notify = vi.fn();
    const persist = vi.fn(async () => true);
    expect(
      await requestPersistentStorage({
        storage: { persist },
        localStorage: fakeLocalStorage(),
        notify,
      }),
    ).toBe("granted");
    expect(persist).toHaveBeenCalledOnce();
    expect(notify).not.toHaveBeenCalled();
  });

  it("does not ask again when storage is already persistent", async () => {
    const persist = vi.fn(async () => true);
    const deps = { storage: { persist, persisted: async () => true }, notify: vi.fn() };
    expect(await requestPersistentStorage(deps)).toBe("granted");
    expect(persist).not.toHaveBeenCalled();
  });

  it("advises exporting backups once per browser when refused or unavailable", async () => {
    const notify = vi.fn();
    const localStorage = fakeLocalStorage();
    const refused: PersistDeps = { storage: { persist: async () => false }, localStorage, notify };
    expect(await requestPersistentStorage(refused)).toBe("refused");
    expect(await requestPersistentStorage(refused)).toBe("refused");
    expect(await requestPersistentStorage({ storage: undefined, localStorage, notify })).toBe(
      "unavailable",
    );
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(PERSIST_NOTICE);
    expect(localStorage.getItem(PERSIST_NOTICE_KEY)).not.toBeNull();
  });

  it("treats a failing persist() as unavailable, without throwing", async () => {
    const notify = vi.fn();
    const deps = {
      storage: { persist: () => Promise.reject(new Error("nope")) },
      localStorage: fakeLocalStorage(),
      notify,
    };
    expect(await requestPersistentStorage(deps)).toBe("unavailable");
    expect(notify).toHaveBeenCalledOnce();
  });
});

describe("when the session asks", () => {
  beforeEach(() => resetPersistenceRequest());

  it("asks once the first stored map has someone on it, and only once", async () => {
    const persist = vi.fn(async () => true);
    const store = testMapStore();
    const session = createPersistenceSession({
      store,
      dbName: dbName(),
      db: fakeIdb(),
      autosave: { debounceMs: 1, maxWaitMs: 2 },
      channelName: `peermap-test-${Math.random()}`,
      persist: { storage: { persist }, localStorage: fakeLocalStorage(), notify: vi.fn() },
      toast: vi.fn(),
    });
    const id = await session.createStoredMap("blank");
    await session.openStoredMap(id);
    expect(persist).not.toHaveBeenCalled();
    const map = store.getState().map as PeerMap;
    const added = edit.addPerson(map, { org: "a", name: "Ada", tierId: map.tiers[0]?.id ?? "" });
    if (!added.ok) throw new Error(added.reason);
    store.setMap(added.map);
    await vi.waitFor(() => expect(persist).toHaveBeenCalledOnce());
    await session.createStoredMap("sample");
    expect(persist).toHaveBeenCalledOnce();
    await session.dispose();
  });
});
