import { memo } from "react";
import { LINE_SAMPLES } from "./strengthStyle";

/** Room the legend strip takes under the lanes. */
export const LEGEND_HEIGHT = 72;

/**
 * What the line colours, widths and highlights mean: a strip under the lanes, part of the
 * board, so it never covers a card and comes along in exports.
 */
function LegendView({ top, width }: { top: number; width: number }) {
  return (
    <section
      className="legend"
      aria-label="Legend"
      style={{ top: top + 16, width, height: LEGEND_HEIGHT - 16 }}
    >
      <h2 className="legend-title">Legend</h2>
      <ul className="legend-list">
        {LINE_SAMPLES.map((sample) => (
          <li key={sample.label}>
            <svg width="40" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="38"
                y2="6"
                strokeLinecap="round"
                stroke={sample.color}
                strokeWidth={sample.width}
                strokeDasharray={sample.dash?.join(" ")}
              />
            </svg>
            {sample.label}
          </li>
        ))}
        <li>
          <span className="legend-unpaired" aria-hidden="true" />
          No counterpart link yet
        </li>
      </ul>
    </section>
  );
}

export const Legend = memo(LegendView);
