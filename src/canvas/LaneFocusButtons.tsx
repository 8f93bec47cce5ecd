import { memo } from "react";
import { type CanvasLayout, LABEL_BAND_WIDTH } from "../domain/layout";
import { toggleSpotlight, useSpotlight } from "../store/spotlight";
import { ViewportLayer } from "./ViewportLayer";
import "./spotlight.css";

/** Bottom-left of each lane's label, clear of the number and the (wrapping) tier name. */
const INSET = 12;
const BUTTON_HEIGHT = 28;

/**
 * "Focus" on each lane label: dims everything outside that tier. Separate from the lanes,
 * which are hidden from assistive technology and let clicks through; these are real buttons.
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
              style={{
                left: INSET,
                top: lane.y + lane.height - INSET - BUTTON_HEIGHT,
                height: BUTTON_HEIGHT,
                maxWidth: LABEL_BAND_WIDTH - 2 * INSET,
              }}
              aria-pressed={on}
              aria-label={`Focus on the ${lane.name} tier`}
              title={on ? "Clear the focus (Esc)" : "Dim everything outside this tier"}
              onClick={() => toggleSpotlight({ kind: "tier", id: lane.tierId })}
            >
              {on ? "Focused" : "Focus"}
            </button>
          );
        })}
      </div>
    </ViewportLayer>
  );
}

export const LaneFocusButtons = memo(LaneFocusButtonsView);
