import { memo } from "react";
import { type CanvasLayout, LABEL_BAND_WIDTH } from "../domain/layout";
import { toggleSpotlight, useSpotlight } from "../store/spotlight";
import { ViewportLayer } from "./ViewportLayer";
import "./spotlight.css";

/**
 * Each lane's label is a button that focuses that tier (dims everything outside it). It covers
 * the whole label, so it stays easy to hit when the map is zoomed out; its "Focus" pill shows
 * when the label is big enough to read. Separate from the lanes, which are hidden from
 * assistive technology and let clicks through; these are real buttons.
 */
function LaneFocusButtonsView({ layout }: { layout: CanvasLayout }) {
  const spotlight = useSpotlight((s) => s.spotlight);
  return (
    <ViewportLayer>
      <div className="lane-focus-layer">
        {layout.lanes.map((lane) => {
          const on = spotlight?.kind === "tier" && spotlight.id === lane.tierId;
          return (
            <button
              key={lane.tierId}
              type="button"
              className={`lane-focus nopan${on ? " is-on" : ""}`}
              style={{ left: 0, top: lane.y, width: LABEL_BAND_WIDTH, height: lane.height }}
              aria-pressed={on}
              aria-label={`Focus on the ${lane.name} tier`}
              title={on ? "Clear the focus (Esc)" : "Dim everything outside this tier"}
              onClick={() => toggleSpotlight({ kind: "tier", id: lane.tierId })}
            >
              <span className="lane-focus-pill">{on ? "Focused" : "Focus"}</span>
            </button>
          );
        })}
      </div>
    </ViewportLayer>
  );
}

export const LaneFocusButtons = memo(LaneFocusButtonsView);
