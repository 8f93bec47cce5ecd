import { useState } from "react";
import { openActionsByDue, subjectText } from "../../domain/actionLines";
import { localDay } from "../../domain/snapshots";
import { useAnalysis } from "../../store/analysis";
import { useMapStore } from "../../store/mapStore";
import { ActionItem } from "./ActionItem";
import { useFocusSubject } from "./useFocusSubject";
import "./actions.css";

/**
 * The map's actions: open ones soonest due first (overdue ones say so), each linked to what it
 * is about; done ones behind a toggle.
 */
export function ActionsPanel({ onClose }: { onClose: () => void }) {
  const map = useMapStore((s) => s.map);
  const analysis = useAnalysis();
  const focus = useFocusSubject();
  const [showDone, setShowDone] = useState(false);
  if (!map) return null;
  const today = localDay(new Date());
  const gaps = analysis?.gaps ?? [];
  const open = openActionsByDue(map.actions);
  const done = map.actions.filter((a) => a.status === "done");
  const item = (action: (typeof map.actions)[number]) => (
    <ActionItem
      key={action.id}
      map={map}
      action={action}
      subject={subjectText(map, action.about, gaps)}
      today={today}
      onFocus={() => focus(action.about)}
    />
  );
  return (
    <section className="actions-panel" aria-label="Actions">
      <div className="actions-head">
        <h2>Actions ({open.length} open)</h2>
        <button type="button" className="btn btn-sm" onClick={onClose} aria-expanded="true">
          Close
        </button>
      </div>
      {map.actions.length === 0 ? (
        <p className="actions-empty">
          Actions are the course corrections you agree on: who will fix a gap or build a
          relationship, and by when. Add one from a gap in the Gaps list, or from a person or a link
          in the details panel.
        </p>
      ) : (
        <>
          {open.length === 0 && <p className="actions-empty">No open actions. Well done.</p>}
          <ul className="actions-list">{open.map(item)}</ul>
          {done.length > 0 && (
            <button
              type="button"
              className="btn btn-sm"
              aria-expanded={showDone}
              onClick={() => setShowDone(!showDone)}
            >
              {showDone ? "Hide done" : "Show done"} ({done.length})
            </button>
          )}
          {showDone && <ul className="actions-list is-done">{done.map(item)}</ul>}
        </>
      )}
    </section>
  );
}
