import { useEffect, useState } from "react";
import { ActionsPanel } from "../panels/actions/ActionsPanel";
import { offerDoneOnClosedGaps } from "../store/closedGapOffer";
import { useMapStore } from "../store/mapStore";

/** The Actions toggle atop the side panel (like History), and the panel when open. */
export function ActionsHost() {
  const [open, setOpen] = useState(false);
  useEffect(offerDoneOnClosedGaps, []);
  const openCount = useMapStore((s) => s.map?.actions.filter((a) => a.status === "open").length);
  if (open) return <ActionsPanel onClose={() => setOpen(false)} />;
  return (
    <div className="actions-toggle">
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => setOpen(true)}
        aria-expanded="false"
      >
        Actions ({openCount ?? 0} open)
      </button>
    </div>
  );
}
