import { useState } from "react";
import type { ActionSubject } from "../../domain/model";
import { localDay } from "../../domain/snapshots";
import { useMapStore } from "../../store/mapStore";
import { ActionItem } from "./ActionItem";
import { AddActionForm } from "./AddActionForm";
import "./actions.css";

/** A gap's, link's or person's own actions (open ones, with Done), and Add action. */
export function SubjectActions({ about, label }: { about: ActionSubject; label: string }) {
  const map = useMapStore((s) => s.map);
  const [adding, setAdding] = useState(false);
  if (!map) return null;
  const mine = map.actions.filter(
    (a) => a.status === "open" && a.about.kind === about.kind && a.about.id === about.id,
  );
  const today = localDay(new Date());
  return (
    <div className="subject-actions">
      {mine.length > 0 && (
        <ul className="actions-list" aria-label={`Actions (${mine.length})`}>
          {mine.map((action) => (
            <ActionItem key={action.id} map={map} action={action} today={today} />
          ))}
        </ul>
      )}
      {adding ? (
        <AddActionForm about={about} onDone={() => setAdding(false)} />
      ) : (
        <button
          type="button"
          className="btn btn-sm"
          aria-label={`Add an action: ${label}`}
          onClick={() => setAdding(true)}
        >
          Add action{mine.length > 0 ? ` (${mine.length} open)` : ""}
        </button>
      )}
    </div>
  );
}
