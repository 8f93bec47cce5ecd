import { type CSSProperties, memo, useId, useRef, useState } from "react";
import type { Organisation, OrgKey, Tier } from "../../domain/model";
import { AddPersonForm } from "./AddPersonForm";
import { RosterEntry } from "./RosterEntry";
import type { RosterGroup } from "./rosterModel";

export interface RosterOrgSectionProps {
  org: OrgKey;
  organisation: Organisation;
  tiers: readonly Tier[];
  groups: readonly RosterGroup[];
  /** Everyone of this organisation, whatever the search. */
  total: number;
  /** How many the search left; equals `total` without a search. */
  shown: number;
  searching: boolean;
  selected: ReadonlySet<string>;
  lastTierId: string | null;
  onTierUsed: (tierId: string) => void;
  onSelect: (id: string, additive: boolean) => void;
  onPlace: (id: string) => void;
}

export const RosterOrgSection = memo(function RosterOrgSection(props: RosterOrgSectionProps) {
  const { org, organisation, tiers, groups, total, shown, searching, selected } = props;
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const name = organisation.name || (org === "a" ? "Our company" : "Partner");
  const style = { "--roster-org": organisation.color } as CSSProperties;

  const closeForm = () => {
    setAdding(false);
    toggleRef.current?.focus();
  };

  return (
    <section className="roster-org" aria-labelledby={headingId} style={style}>
      <div className="roster-org-header">
        <h3 id={headingId} className="roster-org-heading">
          <span className="roster-swatch" aria-hidden="true" />
          <span className="roster-org-name">{name}</span>
          <span className="roster-count">
            <span className="visually-hidden">, </span>
            {searching ? `${shown} of ${total}` : total}
            <span className="visually-hidden"> {total === 1 ? "person" : "people"}</span>
          </span>
        </h3>
        <button
          ref={toggleRef}
          type="button"
          className={
            adding ? "btn btn-sm roster-add-toggle is-open" : "btn btn-sm roster-add-toggle"
          }
          aria-expanded={adding}
          onClick={() => setAdding((open) => !open)}
        >
          <span aria-hidden="true">+</span> Add person
          <span className="visually-hidden"> to {name}</span>
        </button>
      </div>
      {adding && (
        <AddPersonForm
          org={org}
          orgName={name}
          tiers={tiers}
          lastTierId={props.lastTierId}
          onTierUsed={props.onTierUsed}
          onClose={closeForm}
        />
      )}
      {groups.map((group) => (
        <div
          key={group.tierId}
          className="roster-tier"
          style={{ "--roster-tier-count": group.people.length } as CSSProperties}
        >
          <h4 className="roster-tier-name">{group.tier ? group.tier.name : "Unknown tier"}</h4>
          <ul className="roster-list">
            {group.people.map((person) => (
              <RosterEntry
                key={person.id}
                person={person}
                selected={selected.has(person.id)}
                onSelect={props.onSelect}
                onPlace={props.onPlace}
              />
            ))}
          </ul>
        </div>
      ))}
      {groups.length === 0 && (
        <p className="roster-empty">
          {searching && total > 0
            ? "Nobody here matches the search."
            : "Nobody yet. Use “Add person” to start."}
        </p>
      )}
    </section>
  );
});
