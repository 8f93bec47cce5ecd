import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo, useContext } from "react";
import { COMPARE_MARKS } from "../design/compareMarks";
import { CardLinkButton } from "./CardLinkButton";
import { useFocusedCard } from "./focusedCard";
import { PaintedLevelContext } from "./painted/paintedMode";
import type { PersonNode as PersonNodeType } from "./toFlow";

/**
 * A person's card: name, title, tier, and the colour of their organisation. Kept to as few
 * elements as it can be (the warning badge is drawn by CSS): large maps show a thousand.
 */
function PersonNodeView({ id, data, selected, dragging }: NodeProps<PersonNodeType>) {
  const { person, tierName, color, unpaired, joined, left } = data;
  const focused = useFocusedCard((s) => s.id === id);
  const painted = useContext(PaintedLevelContext) === "all";
  // Far out the card is painted (PaintedLayer): its box stays, empty, for the pointer and the
  // keyboard, and its handles, which React Flow measures once, when the card first appears.
  if (painted && !selected && !focused && !dragging)
    return (
      <div className="person-card is-painted">
        <Handle id="l" type="source" position={Position.Left} className="person-handle" />
        <Handle id="r" type="source" position={Position.Right} className="person-handle" />
      </div>
    );
  return (
    <div
      className={`person-card${selected ? " is-selected" : ""}${unpaired ? " is-unpaired" : ""}${joined ? " is-joined" : ""}${left ? " is-left" : ""}`}
      style={{ "--org-color": color } as React.CSSProperties}
    >
      <Handle id="l" type="source" position={Position.Left} className="person-handle" />
      <div className="person-card-name" title={person.name}>
        {person.name}
      </div>
      {/* Room for two title lines: a title that needs both pushes the tier line out. */}
      <div className="person-card-sub">
        <div className="person-card-title" title={person.title}>
          {person.title || "\u00a0"}
        </div>
        <div className="person-card-tier">{tierName}</div>
      </div>
      {unpaired && (
        <span
          className="person-card-gap"
          title="No relationship with anyone in this tier on the other side"
        />
      )}
      {/* Comparing: joined since the earlier date (a word, not only the glow). */}
      {joined && <span className="person-card-new">{COMPARE_MARKS.joined.badge}</span>}
      {/* Comparing: left since the earlier date; the card is only where they were. */}
      {left && <span className="person-card-new is-left">{COMPARE_MARKS.left.badge}</span>}
      <Handle id="r" type="source" position={Position.Right} className="person-handle" />
      {(selected || focused) && <CardLinkButton id={id} name={person.name} />}
    </div>
  );
}

export const PersonNode = memo(PersonNodeView);
