import { type ReactFlowState, useStore } from "@xyflow/react";
import type { MouseEvent } from "react";
import { startLinking, useLinkMode } from "../store/linkMode";
import { useMapStore } from "../store/mapStore";
import { usePresentation } from "../store/presentation";
import { useSnapshotView } from "../store/snapshotView";

// Zoomed out, the button keeps its size on screen (up to this much larger than the card's scale),
// so it can still be seen and hit; zoomed in, it grows with the card. Zoomed out by more than
// COMPACT_FROM, a labelled button would cover the lane above: it shrinks to its link icon.
const MAX_COUNTER_SCALE = 3;
const COMPACT_FROM = 1.25;
const counterScaleOf = (s: ReactFlowState) =>
  Math.min(MAX_COUNTER_SCALE, Math.max(1, 1 / s.transform[2]));

/**
 * "Link to…" on the selected (or keyboard-focused) card: starts link mode from this person, so
 * the next click on someone else makes the link. Mounted only on that one card, so only it
 * listens to link mode and the snapshot view; a snapshot is read only, so it has none.
 */
export function CardLinkButton({ id, name }: { id: string; name: string }) {
  const viewingSnapshot = useSnapshotView((s) => s.viewing !== null);
  const linkingFromHere = useLinkMode((s) => s.mode.step === "picking" && s.mode.from === id);
  // Several people selected (a box drawn round a tier): no row of buttons over them.
  const oneOfMany = useMapStore(
    (s) => s.selection.people.length > 1 && s.selection.people.includes(id),
  );
  // One button on the board, so following the zoom re-renders only it.
  const scale = useStore(counterScaleOf);
  // Presenting, the room reads the label: it stays (presenting.css sizes it).
  const presenting = usePresentation((s) => s.presenting);
  if (viewingSnapshot || oneOfMany) return null;
  const compact = scale > COMPACT_FROM && !presenting;
  const onClick = (event: MouseEvent) => {
    // The card's own click would be taken as the link's end: "that is the same person".
    event.stopPropagation();
    startLinking(id);
  };
  return (
    <button
      type="button"
      // nodrag: pressing it must not start moving the card.
      className={`card-link-button nodrag nopan${compact ? " is-compact" : ""}`}
      aria-label={`Link ${name || "this person"} to…`}
      aria-pressed={linkingFromHere}
      // Out of the Tab walk (useTabOrder steers Tab along cards, then lines; stepping out past
      // the last card would land here): on a focused card the keyboard's way is L.
      tabIndex={-1}
      title="Link to… (L): then click the other person"
      onClick={onClick}
      style={scale > 1 ? { transform: `scale(${scale})` } : undefined}
    >
      <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true">
        <path
          d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.7"
          strokeLinecap="round"
        />
      </svg>
      {!compact && <span>Link to…</span>}
    </button>
  );
}
