import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { type ChangeFocus, removedLinkId } from "../../domain/report/changeSentences";
import { useCompareView } from "../../store/compareView";
import { useMapStore } from "../../store/mapStore";
import "./history.css";

/** What a sentence's focus selects on the canvas, and the cards to bring into view. */
function targetOf(focus: ChangeFocus): {
  people: string[];
  relationships: string[];
  cards: string[];
} {
  switch (focus.kind) {
    case "person":
      return { people: [focus.id], relationships: [], cards: [focus.id] };
    case "left":
      return { people: [], relationships: [], cards: [focus.id] };
    case "people":
      return { people: focus.ids, relationships: [], cards: focus.ids };
    case "link":
      return { people: [], relationships: [focus.id], cards: focus.ends };
    case "removed-link":
      return { people: [], relationships: [removedLinkId(focus.id)], cards: focus.ends };
  }
}

/** While comparing: what changed, in plain sentences; each one shows its change on the canvas. */
export function ComparePanel() {
  const comparing = useCompareView((s) => s.comparing);
  const { fitView, getNode } = useReactFlow();
  const show = useCallback(
    (focus: ChangeFocus) => {
      const { people, relationships, cards } = targetOf(focus);
      useMapStore.getState().select({ people, relationships });
      // Only cards on the board (the faint cards of people who left are, roster people not).
      const nodes = cards.filter((id) => getNode(id)).map((id) => ({ id }));
      if (nodes.length > 0) void fitView({ nodes, duration: 300, maxZoom: 1.2, padding: 0.4 });
    },
    [fitView, getNode],
  );
  if (!comparing) return null;
  const { summary } = comparing;
  return (
    <section className="panel compare-panel" aria-labelledby="compare-title">
      <h2 id="compare-title">What changed</h2>
      <p className="compare-coverage">{summary.coverage}</p>
      {summary.nothingChanged && <p className="history-empty">Nothing changed.</p>}
      {summary.groups.map((group) => (
        <div key={group.key} className="compare-group">
          <h3>
            {group.heading} ({group.sentences.length})
          </h3>
          <ul aria-label={group.heading}>
            {group.sentences.map((sentence, index) => (
              // Sentences may repeat (two people of one name): the index keeps keys apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed while comparing
              <li key={index}>
                {sentence.focus ? (
                  <button
                    type="button"
                    className="compare-sentence"
                    onClick={() => sentence.focus && show(sentence.focus)}
                  >
                    {sentence.text}
                  </button>
                ) : (
                  <span className="compare-sentence">{sentence.text}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
