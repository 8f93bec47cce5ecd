import { dayText } from "../domain/snapshots";
import { type ComparedSide, useCompareView } from "../store/compareView";
import { useSnapshotView } from "../store/snapshotView";
import { backToNow } from "./snapshotState";

const named = (side: ComparedSide) =>
  side.isNow ? "now" : `'${side.label}' (${dayText(side.date)})`;

/** Says plainly that the map on screen is a snapshot or a comparison, read only, and how to get back. */
export function SnapshotBanner() {
  const viewing = useSnapshotView((s) => s.viewing);
  const comparing = useCompareView((s) => s.comparing);
  if (!viewing) return null;
  return (
    <div className="snapshot-banner" role="status">
      <p>
        {comparing
          ? `Comparing ${named(comparing.before)} with ${named(comparing.after)} — read only`
          : `Viewing snapshot '${viewing.label}' (${dayText(viewing.date)}) — read only`}
      </p>
      <button type="button" className="btn btn-primary btn-sm" onClick={() => void backToNow()}>
        Back to now
      </button>
    </div>
  );
}
