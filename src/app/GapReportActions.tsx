import type { PeerMap } from "../domain/model";
import type { SinceSnapshot } from "../domain/report/gapReport";
import { byDate } from "../domain/snapshots";
import { asExported, mapToExport } from "../export/audience";
import { copyGapReport, downloadGapReport } from "../export/download";
import { PartnerSafeSwitch } from "../export/PartnerSafeSwitch";
import { readSnapshot, useSnapshots } from "../persistence/snapshots";
import { useMapStore } from "../store/mapStore";
import { useSnapshotView } from "../store/snapshotView";

/** The gap report for meeting notes: to the clipboard (formatted and Markdown), or as a file. */
export function GapReportActions() {
  const mapId = useMapStore((s) => s.map?.id);
  // A report of the live map looks back to its latest snapshot; a snapshot on screen does not.
  const live = useSnapshotView((s) => s.viewing === null);
  const snapshots = useSnapshots(live ? mapId : undefined);
  const latest = snapshots?.length ? [...snapshots].sort(byDate).at(-1) : undefined;

  const since = async (): Promise<SinceSnapshot | undefined> => {
    if (!latest) return undefined;
    // Unreadable (deleted meanwhile): the report still goes out, without its "Since" part.
    const snapshot = await readSnapshot(latest.id).catch(() => undefined);
    return (
      snapshot && { label: snapshot.label, date: snapshot.date, map: asExported(snapshot.map) }
    );
  };
  const withMap =
    (action: (map: PeerMap, now: Date, since?: SinceSnapshot) => unknown) => async () => {
      const map = mapToExport();
      if (map) await action(map, new Date(), await since());
    };
  return (
    <fieldset className="gap-report-actions" aria-label="Gap report">
      <button type="button" className="btn btn-sm" onClick={withMap(copyGapReport)}>
        Copy gap report
      </button>
      <button type="button" className="btn btn-sm" onClick={withMap(downloadGapReport)}>
        Download report (.md)
      </button>
      <PartnerSafeSwitch />
    </fieldset>
  );
}
