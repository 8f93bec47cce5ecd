import { dayText } from "../domain/snapshots";
import { useSnapshotView } from "../store/snapshotView";
import { backToNow } from "./snapshotState";

/** Says plainly that the map on screen is a snapshot, read only, and how to get back. */
export function SnapshotBanner() {
  const viewing = useSnapshotView((s) => s.viewing);
  if (!viewing) return null;
  return (
    <div className="snapshot-banner" role="status">
      <p>
        Viewing snapshot '{viewing.label}' ({dayText(viewing.date)}) — read only
      </p>
      <button type="button" className="btn btn-primary btn-sm" onClick={() => void backToNow()}>
        Back to now
      </button>
    </div>
  );
}
