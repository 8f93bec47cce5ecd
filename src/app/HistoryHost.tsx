import { coverageTrend, localDay } from "../domain/snapshots";
import { HistoryPanel } from "../panels/history/HistoryPanel";
import { useMapList } from "../persistence/hooks";
import { deleteSnapshot, restoreSnapshot, useSnapshots } from "../persistence/snapshots";
import { useAnalysis } from "../store/analysis";
import { useMapStore } from "../store/mapStore";
import { useSnapshotView } from "../store/snapshotView";
import { showToast } from "../store/toasts";
import { mapHref, navigate } from "./router";
import {
  compareSnapshots,
  compareWithNow,
  openSaveSnapshot,
  toggleHistory,
  useSnapshotUi,
  viewSnapshot,
} from "./snapshotState";

/** The History panel of the open map, wired to storage. */
export function HistoryHost() {
  const open = useSnapshotUi((s) => s.historyOpen);
  const viewing = useSnapshotView((s) => s.viewing);
  const mapId = useMapStore((s) => s.map?.id);
  const items = useSnapshots(open ? mapId : undefined);
  const analysis = useAnalysis();
  const stored = useMapList()?.find((summary) => summary.id === mapId);
  // Closed, it is one button atop the side panel (the toolbar has no room left at 1280 px).
  if (!open) {
    return (
      <div className="history-toggle">
        <button type="button" className="btn btn-sm" onClick={toggleHistory} aria-expanded="false">
          History
        </button>
      </div>
    );
  }
  // "Now" is the live map: the stored one while a snapshot is on screen.
  const nowCoverage = viewing ? (stored?.coverage ?? null) : (analysis?.coverage ?? null);
  const trend = coverageTrend(items ?? [], { date: localDay(new Date()), coverage: nowCoverage });

  const restore = async (id: string) => {
    const label = items?.find((item) => item.id === id)?.label ?? "the snapshot";
    const newMapId = await restoreSnapshot(id).catch(() => undefined);
    if (!newMapId) {
      showToast(`Could not restore "${label}". Your maps are unchanged; try again.`, {
        tone: "error",
      });
      return;
    }
    showToast(`Restored "${label}" as a new map.`, {
      tone: "success",
      timeout: 10000,
      action: { label: "Open it", run: () => navigate(mapHref(newMapId)) },
    });
  };

  const remove = async (id: string) => {
    const label = items?.find((item) => item.id === id)?.label ?? "this snapshot";
    if (!window.confirm(`Delete the snapshot "${label}"? You can undo this for a few seconds.`))
      return;
    const putBack = await deleteSnapshot(id).catch(() => undefined);
    if (!putBack) {
      showToast(`Could not delete "${label}". Try again.`, { tone: "error" });
      return;
    }
    showToast(`Deleted the snapshot "${label}".`, {
      tone: "info",
      timeout: 8000,
      action: { label: "Undo", run: () => void putBack() },
    });
  };

  return (
    <HistoryPanel
      items={items}
      trend={trend}
      viewingId={viewing?.id}
      onSave={openSaveSnapshot}
      onOpen={(id) => void viewSnapshot(id)}
      onCompareWithNow={(id) => void compareWithNow(id)}
      onCompare={(first, second) => void compareSnapshots(first, second)}
      onRestore={(id) => void restore(id)}
      onRename={(id) => {
        const label = items?.find((item) => item.id === id)?.label ?? "";
        useSnapshotUi.setState({ dialog: { kind: "rename", id, label } });
      }}
      onDelete={(id) => void remove(id)}
      onClose={toggleHistory}
    />
  );
}
