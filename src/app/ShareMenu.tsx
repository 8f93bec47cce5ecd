import { memo } from "react";
import { exportJson, exportPeerTable } from "../export/download";
import { useMapStore } from "../store/mapStore";
import { useImportDialog } from "./importDialogState";

/** Import and the exports: PNG for slides, JSON to share and back up, the peer table for spreadsheets. */
function ShareMenuView({ onExportPng }: { onExportPng: () => void }) {
  const hasMap = useMapStore((s) => s.map !== null);
  const current = () => useMapStore.getState().map;
  return (
    <fieldset className="toolbar-group" aria-label="Share">
      <button type="button" className="btn" onClick={() => useImportDialog.getState().show()}>
        Import
      </button>
      <button type="button" className="btn" disabled={!hasMap} onClick={onExportPng}>
        Export PNG
      </button>
      <button
        type="button"
        className="btn"
        disabled={!hasMap}
        onClick={() => {
          const map = current();
          if (map) exportJson(map);
        }}
      >
        Export JSON
      </button>
      <button
        type="button"
        className="btn"
        disabled={!hasMap}
        title="A spreadsheet (CSV) of every counterpart pair and gap"
        onClick={() => {
          const map = current();
          if (map) exportPeerTable(map);
        }}
      >
        Export table
      </button>
    </fieldset>
  );
}

export const ShareMenu = memo(ShareMenuView);
