import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  connectUpdates,
  NOT_STORED_PROBLEM,
  newVersionControlling,
  newVersionWaiting,
  reloadForUpdate,
  type UpdateDriver,
  updateLater,
  useAppUpdate,
} from "../../../src/app/appUpdate";

/** A fake service worker: activating makes the new version take control, as Workbox does. */
function fakeDriver(stored = true) {
  const calls: string[] = [];
  const driver: UpdateDriver = {
    storeEverything: vi.fn(async () => {
      calls.push("store");
      return stored;
    }),
    activate: vi.fn(async () => {
      calls.push("activate");
      newVersionControlling();
    }),
    reload: vi.fn(() => {
      calls.push("reload");
    }),
  };
  connectUpdates(driver);
  return { driver, calls };
}

describe("a new version of the app", () => {
  beforeEach(() => {
    fakeDriver();
  });

  it("is offered when it is waiting, and nothing reloads by itself", () => {
    const { driver } = fakeDriver();
    expect(useAppUpdate.getState().version).toBe("none");
    newVersionWaiting();
    expect(useAppUpdate.getState()).toMatchObject({ version: "waiting", dismissed: false });
    expect(driver.reload).not.toHaveBeenCalled();
    expect(driver.activate).not.toHaveBeenCalled();
  });

  it("stores everything first, then takes over and reloads, on Reload", async () => {
    const { calls } = fakeDriver();
    newVersionWaiting();
    await reloadForUpdate();
    expect(calls).toEqual(["store", "activate", "reload"]);
  });

  it("does not reload when not everything could be stored, and says why", async () => {
    const { driver } = fakeDriver(false);
    newVersionWaiting();
    await reloadForUpdate();
    expect(driver.activate).not.toHaveBeenCalled();
    expect(driver.reload).not.toHaveBeenCalled();
    expect(useAppUpdate.getState().problem).toBe(NOT_STORED_PROBLEM);
  });

  it("is not reloaded into when another tab chose Reload: it is offered again", () => {
    const { driver } = fakeDriver();
    newVersionWaiting();
    updateLater();
    expect(useAppUpdate.getState().dismissed).toBe(true);
    newVersionControlling(); // another tab's Reload
    expect(driver.reload).not.toHaveBeenCalled();
    expect(useAppUpdate.getState()).toMatchObject({ version: "active", dismissed: false });
  });

  it("reloads without waiting for a takeover once the new version is already in control", async () => {
    const { calls } = fakeDriver();
    newVersionWaiting();
    newVersionControlling();
    await reloadForUpdate();
    expect(calls).toEqual(["store", "reload"]);
  });

  it("hides on Later", () => {
    newVersionWaiting();
    updateLater();
    expect(useAppUpdate.getState()).toMatchObject({ version: "waiting", dismissed: true });
  });

  it("stays hidden after Later when the same waiting version is announced again", () => {
    newVersionWaiting();
    updateLater();
    newVersionWaiting();
    expect(useAppUpdate.getState()).toMatchObject({ version: "waiting", dismissed: true });
  });
});
