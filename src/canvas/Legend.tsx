import { memo } from "react";
import { STRENGTHS } from "../domain/model";
import { GHOST_COLOR, STRENGTH_STYLES } from "./strengthStyle";

interface LineSample {
  label: string;
  line: { stroke: string; strokeWidth: number; strokeDasharray?: string };
}

const LINE_SAMPLES: readonly LineSample[] = [
  ...STRENGTHS.map((s) => ({
    label: STRENGTH_STYLES[s].label,
    line: { stroke: STRENGTH_STYLES[s].color, strokeWidth: STRENGTH_STYLES[s].width },
  })),
  {
    label: "Internal (same side)",
    line: { stroke: "#475569", strokeWidth: 3, strokeDasharray: "1 6" },
  },
  {
    label: "Missing link (click to add)",
    line: { stroke: GHOST_COLOR, strokeWidth: 2.5, strokeDasharray: "7 5" },
  },
];

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
              <line x1="2" y1="6" x2="38" y2="6" strokeLinecap="round" {...sample.line} />
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
