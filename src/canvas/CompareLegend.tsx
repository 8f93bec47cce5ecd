import { COMPARE_MARKS, type CompareMark } from "../design/compareMarks";
import { REMOVED_LINE } from "../design/strokes";
import { COLOR, SIZE } from "../design/tokens";
import { useCompareView } from "../store/compareView";

const SAMPLE = SIZE.legendSampleWidth;
const MID = SIZE.legendSampleHeight / 2;

/** A sample of each mark, drawn as the board draws it (the words say it too). */
function sampleOf(mark: CompareMark) {
  switch (mark) {
    case "added":
      return (
        <line
          x1="4"
          y1={MID}
          x2={SAMPLE - 4}
          y2={MID}
          stroke={COLOR.changeGlow}
          strokeWidth="8"
          strokeLinecap="round"
        />
      );
    case "removed":
      return (
        <line
          x1="2"
          y1={MID}
          x2={SAMPLE - 2}
          y2={MID}
          stroke={REMOVED_LINE.color}
          strokeWidth={REMOVED_LINE.width}
          strokeDasharray={REMOVED_LINE.dash.join(" ")}
        />
      );
    case "left":
      return (
        <rect
          x="6"
          y="1"
          width={SAMPLE - 12}
          height={SIZE.legendSampleHeight - 2}
          rx="3"
          fill="none"
          stroke={REMOVED_LINE.color}
          strokeDasharray="3 2"
        />
      );
    default:
      return (
        <rect
          x="6"
          y="1"
          width={SAMPLE - 12}
          height={SIZE.legendSampleHeight - 2}
          rx="6"
          fill={COLOR.changeBadge}
        />
      );
  }
}

/** Comparing two dates: the legend's entries for what the comparison marks on the board. */
export function CompareLegendItems() {
  const comparing = useCompareView((s) => s.comparing !== null);
  if (!comparing) return null;
  return (Object.keys(COMPARE_MARKS) as CompareMark[]).map((mark) => (
    <li key={mark} className="legend-compare">
      <svg width={SAMPLE} height={SIZE.legendSampleHeight} aria-hidden="true">
        {sampleOf(mark)}
      </svg>
      {COMPARE_MARKS[mark].legend}
    </li>
  ));
}
