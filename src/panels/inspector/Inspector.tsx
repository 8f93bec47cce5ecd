import "./Inspector.css";
import { memo, useDeferredValue, useState } from "react";
import { useDragGesture } from "../../store/dragGesture";
import { useMapStore } from "../../store/mapStore";
import type { Selection } from "../../store/selection";
import { MultiInspector } from "./MultiInspector";
import { PersonInspector } from "./PersonInspector";
import { RelationshipInspector } from "./RelationshipInspector";

function Hint() {
  return (
    <div className="inspector-body">
      <h2 className="inspector-heading">Inspector</h2>
      <p className="inspector-hint">
        Select a person or a relationship to edit it. Tip: double-click an empty spot in a lane to
        add someone.
      </p>
    </div>
  );
}

/** `value`, except while `hold` is true: then the value it had when the hold began. */
function useHeldWhile<T>(hold: boolean, value: T): T {
  const [kept, setKept] = useState(value);
  if (!hold && kept !== value) setKept(value);
  return hold ? kept : value;
}

/** Right sidebar, top: edit whatever is selected. */
export const Inspector = memo(function Inspector() {
  // Drawn just after the canvas: a card pressed is selected in one frame, and its inspector
  // follows in the next ones instead of weighing on that frame. While cards are dragged it
  // keeps what it showed when the drag began (a card picked up and moved at once is shown
  // once it is dropped): a 5,000-person map's inspector lists everyone to link to, and was
  // drawn again on every frame of a drag, as each frame's update interrupted it. Not when a
  // field is to take the keyboard (a person just added by double-click): what is typed next
  // goes there.
  const wanted = useMapStore((s) => s.selection);
  const dragging = useDragGesture((s) => s.dragging);
  // Deferred twice: what was shown is what a drag holds, and after the drop the dropped
  // card's fields are drawn in the background too, not in the drop's frame.
  const later = useDeferredValue(useHeldWhile(dragging, useDeferredValue(wanted)));
  const typingNext = useMapStore((s) => s.focusPersonId !== null);
  // Shown at once, and held until the deferred selection reaches it (or another is made):
  // dropping back to the one before would take the keyboard from the field.
  const [held, setHeld] = useState<Selection | null>(null);
  if (typingNext && held !== wanted) setHeld(wanted);
  else if (!typingNext && held !== null && (later === held || wanted !== held)) setHeld(null);
  const selection = held ?? later;
  // Ids that are gone (e.g. after an undo) fall back to the hint.
  const exists = useMapStore((s) => {
    const { people, relationships } = selection;
    if (!s.map) return false;
    if (people.length === 1 && relationships.length === 0) {
      return s.map.people.some((p) => p.id === people[0]);
    }
    if (relationships.length === 1 && people.length === 0) {
      return s.map.relationships.some((r) => r.id === relationships[0]);
    }
    return people.length + relationships.length > 1;
  });
  const { people, relationships } = selection;
  const [person] = people;
  const [relationship] = relationships;

  let body = <Hint />;
  if (exists && person !== undefined && people.length === 1 && relationships.length === 0) {
    body = <PersonInspector key={person} id={person} />;
  } else if (
    exists &&
    relationship !== undefined &&
    relationships.length === 1 &&
    people.length === 0
  ) {
    body = <RelationshipInspector key={relationship} id={relationship} />;
  } else if (exists) {
    body = <MultiInspector />;
  }
  return (
    <section className="inspector" aria-label="Inspector">
      {body}
    </section>
  );
});
