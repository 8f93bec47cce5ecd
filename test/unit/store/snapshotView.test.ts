import { afterEach, describe, expect, it } from "vitest";
import { redo, undo, useMapStore } from "../../../src/store/mapStore";
import { useSnapshotView } from "../../../src/store/snapshotView";
import { acmeMap } from "../persistence/helpers";

afterEach(() => {
  useSnapshotView.setState({ viewing: null });
  useMapStore.getState().closeMap();
});

describe("viewing a snapshot", () => {
  it("refuses every edit, and undo and redo, while a snapshot is shown", () => {
    const map = acmeMap();
    useMapStore.getState().openMap(map);
    useMapStore.getState().renameMap("Edited before");
    const edited = useMapStore.getState().map;
    useSnapshotView.setState({
      viewing: { id: "s1", mapId: map.id, label: "Kick-off", date: "2026-03-12" },
    });
    useMapStore.getState().select({ people: ["ada"], relationships: [] });
    useMapStore.getState().deleteSelection();
    expect(useMapStore.getState().renameMap("Changed")).toBe(false);
    undo();
    redo();
    expect(useMapStore.getState().map).toBe(edited);

    useSnapshotView.setState({ viewing: null });
    expect(useMapStore.getState().renameMap("Changed")).toBe(true);
  });
});
