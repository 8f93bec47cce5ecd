import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import type { PersonNode as PersonNodeType } from "./toFlow";

/** A person's card: name, title, tier, and the colour of their organisation. */
function PersonNodeView({ data, selected }: NodeProps<PersonNodeType>) {
  const { person, tierName, color, unpaired } = data;
  return (
    <div
      className={`person-card${selected ? " is-selected" : ""}${unpaired ? " is-unpaired" : ""}`}
      style={{ "--org-color": color } as React.CSSProperties}
    >
      <Handle id="l" type="source" position={Position.Left} className="person-handle" />
      <div className="person-card-body">
        <div className="person-card-name" title={person.name}>
          {person.name}
        </div>
        <div className="person-card-title" title={person.title}>
          {person.title || "\u00a0"}
        </div>
        <div className="person-card-tier">{tierName}</div>
      </div>
      {unpaired && (
        <span
          className="person-card-gap"
          title="No relationship with anyone in this tier on the other side"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" width="16" height="16">
            <path d="M8 1.5 15 14H1L8 1.5Z" fill="currentColor" />
            <path d="M8 6v4M8 11.6v.4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <span className="visually-hidden">No counterpart link yet</span>
        </span>
      )}
      <Handle id="r" type="source" position={Position.Right} className="person-handle" />
    </div>
  );
}

export const PersonNode = memo(PersonNodeView);
