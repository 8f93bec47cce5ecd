import { memo } from "react";
import type { PeerMap } from "../domain/model";
import { asExported, mapToExport } from "../export/audience";
import { exportJson, exportPeerTable } from "../export/download";
import { PartnerSafeSwitch } from "../export/PartnerSafeSwitch";
import { PICTURE_EXPORT_TITLE, type PictureFormat } from "../export/pictureFormat";
import { snapshotsOf } from "../persistence/snapshots";
import { useMapStore } from "../store/mapStore";
import { showToast } from "../store/toasts";
import { useImportDialog } from "./importDialogState";

/** The map file carries the map's snapshots, each shown as the exports show the map. */
async function exportMapFile(map: PeerMap): Promise<void> {
  let snapshots: Awaited<ReturnType<typeof snapshotsOf>> = [];
  try {
    snapshots = (await snapshotsOf(map.id)).map((s) => ({ ...s, map: asExported(s.map) }));
  } catch {
    showToast("The map's snapshots could not be read, so the file holds the map alone.", {
      tone: "error",
      timeout: 0,
    });
  }
  exportJson(map, new Date(), snapshots);
}

/**
 * Import and the exports: PNG and SVG for slides, JSON to share and back up, the peer table
 * for spreadsheets; and the switch that makes every export fit for the partner's eyes.
 */
function ShareMenuView({ onExportPicture }: { onExportPicture: (format: PictureFormat) => void }) {
  const hasMap = useMapStore((s) => s.map !== null);
  const withMap = (action: (map: PeerMap) => unknown) => () => {
    const map = mapToExport();
    if (map) action(map);
  };
  return (
    <fieldset className="toolbar-group share-menu" aria-label="Share">
      <button type="button" className="btn" onClick={() => useImportDialog.getState().show()}>
        Import
      </button>
      {/* "Export" is said once; each button's name still says it in full. */}
      <span className="share-export-label" aria-hidden="true">
        Export
      </span>
      {(["png", "svg"] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="btn"
          disabled={!hasMap}
          aria-label={PICTURE_EXPORT_TITLE[format]}
          onClick={() => onExportPicture(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      <button
        type="button"
        className="btn"
        disabled={!hasMap}
        aria-label="Export JSON"
        title="The map file: to back up, or to share with Peermap users"
        onClick={withMap(exportMapFile)}
      >
        JSON
      </button>
      <button
        type="button"
        className="btn"
        disabled={!hasMap}
        aria-label="Export table"
        title="A spreadsheet (CSV) of every counterpart pair and gap"
        onClick={withMap(exportPeerTable)}
      >
        Table
      </button>
      <PartnerSafeSwitch />
    </fieldset>
  );
}

export const ShareMenu = memo(ShareMenuView);
