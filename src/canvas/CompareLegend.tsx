import { COMPARE_MARKS, type CompareMark } from "../design/compareMarks";
import { REMOVED_LINE } from "../design/strokes";
import { COLOR } from "../design/tokens";
import { useCompareView } from "../store/compareView";
import { Sample, SampleBox, SampleLine } from "./LegendSample";

/** A sample of each mark, drawn as the board draws it (the words say it too). */
function sampleOf(mark: CompareMark) {
  switch (mark) {
    case "added":
      return (
        <SampleLine inset={4} stroke={COLOR.changeGlow} strokeWidth="8" strokeLinecap="round" />
      );
    case "removed":
      return (
        <SampleLine
          stroke={REMOVED_LINE.color}
          strokeWidth={REMOVED_LINE.width}
          strokeDasharray={REMOVED_LINE.dash.join(" ")}
        />
      );
    case "left":
      return <SampleBox rx="3" fill="none" stroke={REMOVED_LINE.color} strokeDasharray="3 2" />;
    default:
      return <SampleBox rx="6" fill={COLOR.changeBadge} />;
  }
}

/** Comparing two dates: the legend's entries for what the comparison marks on the board. */
export function CompareLegendItems() {
  const comparing = useCompareView((s) => s.comparing !== null);
  if (!comparing) return null;
  return (Object.keys(COMPARE_MARKS) as CompareMark[]).map((mark) => (
    <li key={mark} className="legend-compare">
      <Sample>{sampleOf(mark)}</Sample>
      {COMPARE_MARKS[mark].legend}
    </li>
  ));
}
