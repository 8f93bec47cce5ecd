import { type DragEvent, type MouseEvent, memo } from "react";
import { PERSON_DRAG_TYPE } from "../../canvas/dragTypes";
import type { Person } from "../../domain/model";

/** The drag payload the canvas accepts: a person id. */

export interface RosterEntryProps {
  person: Person;
  selected: boolean;
  /** `additive`: Ctrl/Cmd/Shift-click adds to (or takes from) the selection. */
  onSelect: (id: string, additive: boolean) => void;
  onPlace: (id: string) => void;
}

const onDragStart = (event: DragEvent<HTMLLIElement>, id: string) => {
  event.dataTransfer.setData(PERSON_DRAG_TYPE, id);
  event.dataTransfer.effectAllowed = "move";
};

/** One person in the roster: click to select, drag onto the canvas, or "Place" from the keyboard. */
export const RosterEntry = memo(function RosterEntry({
  person,
  selected,
  onSelect,
  onPlace,
}: RosterEntryProps) {
  const placed = person.position !== undefined;
  const name = person.name || "Unnamed person";
  const className = ["roster-entry", selected && "is-selected", !placed && "is-unplaced"]
    .filter(Boolean)
    .join(" ");
  return (
    <li className={className} draggable onDragStart={(event) => onDragStart(event, person.id)}>
      <button
        type="button"
        className="roster-entry-select"
        aria-pressed={selected}
        title={person.title ? `${name}, ${person.title}` : name}
        onClick={(event: MouseEvent) =>
          onSelect(person.id, event.ctrlKey || event.metaKey || event.shiftKey)
        }
      >
        <span className="roster-entry-name">{name}</span>
        {person.title && (
          <span className="roster-entry-title">
            <span className="visually-hidden">, </span>
            {person.title}
          </span>
        )}
        {!placed && (
          <span className="roster-badge">
            <span className="visually-hidden">, </span>Not on canvas
          </span>
        )}
      </button>
      {!placed && (
        <button
          type="button"
          className="btn btn-sm roster-place"
          aria-label={`Place ${name} on the canvas`}
          onClick={() => onPlace(person.id)}
        >
          Place
        </button>
      )}
    </li>
  );
});
