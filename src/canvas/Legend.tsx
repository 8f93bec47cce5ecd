import { memo } from "react";
import { legendBox } from "../design/geometry";
import { LINE_SAMPLES } from "../design/strokes";
import { CompareLegendItems } from "./CompareLegend";
import { Sample, SampleLine } from "./LegendSample";

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
            <Sample>
              <SampleLine
                strokeLinecap={sample.lineCap}
                stroke={sample.color}
                strokeWidth={sample.width}
                strokeDasharray={sample.dash?.join(" ")}
              />
              {sample.core && (
                <SampleLine
                  strokeLinecap={sample.lineCap}
                  stroke={sample.core.color}
                  strokeWidth={sample.core.width}
                  strokeDasharray={sample.core.dash.join(" ")}
                />
              )}
            </Sample>
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
