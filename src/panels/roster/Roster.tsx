import "./Roster.css";
import { memo, useCallback, useDeferredValue, useId, useMemo, useState } from "react";
import { ORG_KEYS, type OrgKey, type Person } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";
import { showToast } from "../../store/toasts";
import { RosterOrgSection } from "./RosterOrgSection";
import { filterPeople, groupByTier, peopleCount, SEARCH_THRESHOLD } from "./rosterModel";

const select = (id: string, additive: boolean) => {
  const { selection, select: setSelection } = useMapStore.getState();
  if (!additive) {
    setSelection({ people: [id], relationships: [] });
    return;
  }
  const people = selection.people.includes(id)
    ? selection.people.filter((p) => p !== id)
    : [...selection.people, id];
  setSelection({ people, relationships: selection.relationships });
};

const place = (id: string) => {
  useMapStore.getState().placeInLane(id);
};

const placeAll = () => {
  const placed = useMapStore.getState().placeAll();
  if (placed > 0)
    showToast(`Placed ${peopleCount(placed)} on the canvas, each in their tier.`, {
      tone: "success",
    });
};

/** Left sidebar: everyone on the map by organisation and tier, placed or not. */
export const Roster = memo(function Roster() {
  const people = useMapStore((s) => s.map?.people);
  const tiers = useMapStore((s) => s.map?.tiers);
  const orgs = useMapStore((s) => s.map?.orgs);
  const selectedIds = useMapStore((s) => s.selection.people);
  const [query, setQuery] = useState("");
  const [lastTierId, setLastTierId] = useState<string | null>(null);
  const searchId = useId();

  const canSearch = (people?.length ?? 0) > SEARCH_THRESHOLD;
  const activeQuery = canSearch ? query.trim() : "";
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const sections = useMemo(() => {
    if (!people || !tiers) return null;
    const found = filterPeople(people, activeQuery);
    const count = (list: readonly Person[], org: OrgKey) =>
      list.filter((p) => p.org === org).length;
    return ORG_KEYS.map((org) => ({
      org,
      groups: groupByTier(found, tiers, org),
      total: count(people, org),
      shown: count(found, org),
    }));
  }, [people, tiers, activeQuery]);
  // The canvas is what people wait for when a map opens: the list fills in just after it,
  // in a render that never holds back a frame (hundreds of entries take a while to lay out).
  const deferredSections = useDeferredValue(sections, null);
  const onTierUsed = useCallback((tierId: string) => setLastTierId(tierId), []);

  if (!people || !tiers || !orgs || !sections) return null;
  const unplaced = people.filter((p) => !p.position).length;

  return (
    <aside className="roster" aria-label="Roster">
      <div className="roster-header">
        <h2 className="roster-title">Roster</h2>
        <div className="roster-summary-row">
          <p className="roster-summary">
            {peopleCount(people.length)}
            {unplaced > 0 && `, ${unplaced} not on canvas`}
          </p>
          {unplaced > 0 && (
            <button type="button" className="btn btn-sm roster-place-all" onClick={placeAll}>
              Place all
            </button>
          )}
        </div>
        {canSearch && (
          <div className="roster-search">
            <label htmlFor={searchId} className="visually-hidden">
              Find a person
            </label>
            <input
              id={searchId}
              type="search"
              className="input roster-search-input"
              placeholder="Find a person…"
              value={query}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Escape" && query) {
                  event.preventDefault();
                  setQuery("");
                }
              }}
            />
          </div>
        )}
        <p role="status" className="visually-hidden">
          {activeQuery ? `${peopleCount(sections.reduce((n, s) => n + s.shown, 0))} found` : ""}
        </p>
      </div>
      <div className="roster-scroll">
        {deferredSections?.map(({ org, groups, total, shown }) => (
          <RosterOrgSection
            key={org}
            org={org}
            organisation={orgs[org]}
            tiers={tiers}
            groups={groups}
            total={total}
            shown={shown}
            searching={activeQuery !== ""}
            selected={selected}
            lastTierId={lastTierId}
            onTierUsed={onTierUsed}
            onSelect={select}
            onPlace={place}
          />
        ))}
      </div>
    </aside>
  );
});
