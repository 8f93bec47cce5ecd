import { actionLine, isOverdue, type SubjectText } from "../../domain/actionLines";
import type { Action, PeerMap } from "../../domain/model";
import { dayText } from "../../domain/snapshots";
import { useMapStore } from "../../store/mapStore";

export interface ActionItemProps {
  map: PeerMap;
  action: Action;
  /** What it is about; left out where the action is listed under that thing. */
  subject?: SubjectText;
  today: string;
  onFocus?: () => void;
}

/** One action: Done checkbox, its line, what it is about (a button to show it), Delete. */
export function ActionItem({ map, action, subject, today, onFocus }: ActionItemProps) {
  const { updateAction, removeActions } = useMapStore.getState();
  const overdue = isOverdue(action, today);
  const about = subject && `${subject.kind}: ${subject.text}`;
  return (
    <li className={overdue ? "action-item is-overdue" : "action-item"}>
      <label className="action-done">
        <input
          type="checkbox"
          checked={action.status === "done"}
          onChange={(e) => updateAction(action.id, { status: e.target.checked ? "done" : "open" })}
        />
        <span className="visually-hidden">Done: </span>
        <span className="action-text">{actionLine(map, action, today)}</span>
      </label>
      {overdue && <span className="action-overdue">Overdue</span>}
      {action.doneAt && (
        <span className="action-done-at">Done {dayText(action.doneAt.slice(0, 10))}</span>
      )}
      <div className="action-meta">
        {subject?.exists && onFocus ? (
          <button type="button" className="action-about btn-link" onClick={onFocus}>
            {about}
          </button>
        ) : (
          <span className="action-about">{about}</span>
        )}
        <button
          type="button"
          className="btn btn-sm"
          aria-label={`Delete action: ${action.text}`}
          onClick={() => removeActions([action.id])}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
