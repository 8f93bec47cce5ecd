import { memo } from "react";
import { STRENGTHS } from "../domain/model";
import { GHOST_COLOR, STRENGTH_STYLES } from "./strengthStyle";

/** What the line colours, widths and highlights mean. */
function LegendView() {
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="legend-title">Relationship strength</h2>
      <ul className="legend-list">
        {STRENGTHS.map((s) => (
          <li key={s}>
            <svg width="40" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="38"
                y2="6"
                stroke={STRENGTH_STYLES[s].color}
                strokeWidth={STRENGTH_STYLES[s].width}
                strokeLinecap="round"
              />
            </svg>
            {STRENGTH_STYLES[s].label}
          </li>
        ))}
        <li>
          <svg width="40" height="12" aria-hidden="true">
            <line
              x1="2"
              y1="6"
              x2="38"
              y2="6"
              stroke="#475569"
              strokeWidth={3}
              strokeDasharray="1 6"
              strokeLinecap="round"
            />
          </svg>
          Internal (same side)
        </li>
        <li>
          <svg width="40" height="12" aria-hidden="true">
            <line
              x1="2"
              y1="6"
              x2="38"
              y2="6"
              stroke={GHOST_COLOR}
              strokeWidth={2.5}
              strokeDasharray="7 5"
            />
          </svg>
          Missing link (click to add)
        </li>
        <li>
          <span className="legend-unpaired" aria-hidden="true" />
          No counterpart link yet
        </li>
      </ul>
    </section>
  );
}

export const Legend = memo(LegendView);
