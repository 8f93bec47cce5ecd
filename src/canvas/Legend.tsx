import { memo } from "react";
import { legendBox } from "../design/geometry";
import { LINE_SAMPLES } from "../design/strokes";
import { SIZE } from "../design/tokens";
import { CompareLegendItems } from "./CompareLegend";

const SAMPLE = SIZE.legendSampleWidth;
const SAMPLE_MID = SIZE.legendSampleHeight / 2;

/**
 * What the line colours, widths and highlights mean: a strip under the lanes, part of the
 * board, so it never covers a card and comes along in exports.
 */
function LegendView({ top, width }: { top: number; width: number }) {
  const box = legendBox(top);
  return (
    <section
      className="legend"
      aria-label="Legend"
      style={{ top: box.top, width, height: box.height }}
    >
      <h2 className="legend-title">Legend</h2>
      <ul className="legend-list">
        {LINE_SAMPLES.map((sample) => (
          <li key={sample.label} title={sample.hint}>
            <svg width={SAMPLE} height={SIZE.legendSampleHeight} aria-hidden="true">
              <line
                x1="2"
                y1={SAMPLE_MID}
                x2={SAMPLE - 2}
                y2={SAMPLE_MID}
                strokeLinecap={sample.lineCap}
                stroke={sample.color}
                strokeWidth={sample.width}
                strokeDasharray={sample.dash?.join(" ")}
              />
              {sample.core && (
                <line
                  x1="2"
                  y1={SAMPLE_MID}
                  x2={SAMPLE - 2}
                  y2={SAMPLE_MID}
                  strokeLinecap={sample.lineCap}
                  stroke={sample.core.color}
                  strokeWidth={sample.core.width}
                  strokeDasharray={sample.core.dash.join(" ")}
                />
              )}
            </svg>
            {sample.label}
          </li>
        ))}
        <li>
          <span className="legend-unpaired" aria-hidden="true" />
          No counterpart link yet
        </li>
        <CompareLegendItems />
      </ul>
    </section>
  );
}

export const Legend = memo(LegendView);
