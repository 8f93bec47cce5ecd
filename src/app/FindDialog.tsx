import { useReactFlow } from "@xyflow/react";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { buildFindIndex, findPeople } from "../domain/find";
import { CARD_HEIGHT, CARD_WIDTH } from "../domain/layout";
import type { PeerMap } from "../domain/model";
import { useMapStore } from "../store/mapStore";
import "./find.css";
import { closeFind } from "./findState";

/** Close enough that the card's name reads well, without jumping the zoom at people. */
const READABLE_ZOOM = 1;
const CENTRE_DURATION_MS = 250;

const describePerson = (map: PeerMap, id: string) => {
  const person = map.people.find((p) => p.id === id);
  if (!person) return undefined;
  const tier = map.tiers.find((t) => t.id === person.tierId)?.name;
  return {
    person,
    details: [person.title, map.orgs[person.org].name, tier].filter(Boolean).join(" · "),
  };
};

/**
 * Find a person (Ctrl/Cmd+K or /): a combobox over the map's people. Arrows pick, Enter centres
 * the canvas on the person and selects them, Esc closes and gives the keyboard back.
 */
export function FindDialog() {
  const map = useMapStore((s) => s.map);
  const { getNode, getZoom, setCenter } = useReactFlow();
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  // Once per map version, not per keystroke.
  const index = useMemo(() => (map ? buildFindIndex(map) : undefined), [map]);
  const results = useMemo(() => (index ? findPeople(index, query) : []), [index, query]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const pick = (id: string) => {
    const store = useMapStore.getState();
    store.select({ people: [id], relationships: [] });
    closeFind(false);
    const node = getNode(id);
    if (!node) return; // In the roster, not on the canvas: the inspector shows them.
    setCenter(node.position.x + CARD_WIDTH / 2, node.position.y + CARD_HEIGHT / 2, {
      zoom: Math.max(getZoom(), READABLE_ZOOM),
      duration: CENTRE_DURATION_MS,
    });
    // The card may be drawn only once the canvas has moved (large maps draw what is in view).
    setTimeout(() => {
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus({
        preventScroll: true,
      });
    }, CENTRE_DURATION_MS + 50);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      const by = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + by + results.length) % results.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = results[active];
      if (chosen) pick(chosen.id);
    }
  };

  if (!map) return null;
  const shown = results.flatMap((r) => {
    const found = describePerson(map, r.id);
    return found ? [{ id: r.id, ...found }] : [];
  });
  const activeIndex = Math.min(active, shown.length - 1);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Esc closes it from the keyboard
    <dialog
      ref={ref}
      className="find-dialog"
      aria-label="Find a person"
      onClose={() => closeFind(true)}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its box) closes it.
        if (event.target === ref.current) ref.current?.close();
      }}
    >
      <input
        className="find-input"
        type="text"
        role="combobox"
        aria-label="Find a person by name, title, organisation or tier"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
        placeholder="Find a person: name, title, organisation or tier"
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        className="find-results"
        role="listbox"
        aria-label="People found"
        // The query these results are for: lets the bench tell when a keystroke's are shown.
        data-query={query}
      >
        {shown.map((r, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's arrows and Enter pick by keyboard
          <div
            key={r.id}
            tabIndex={-1}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? "find-result is-active" : "find-result"}
            onMouseMove={() => i !== activeIndex && setActive(i)}
            onClick={() => pick(r.id)}
          >
            <span className="find-result-name">{r.person.name || "Unnamed person"}</span>
            <span className="find-result-details">
              {r.details}
              {r.person.position ? "" : " · not on the canvas yet"}
            </span>
          </div>
        ))}
      </div>
      <p className="find-hint" aria-live="polite">
        {query.trim() === ""
          ? "Type part of a name, title, organisation or tier. ↑↓ to pick, Enter to go, Esc to close."
          : shown.length === 0
            ? `Nobody matches “${query.trim()}”. Try fewer letters or another word.`
            : `${shown.length === 1 ? "1 person" : `${shown.length} people`}${
                shown.length === 20 ? " shown (the best matches)" : ""
              }. Enter goes to the highlighted one.`}
      </p>
    </dialog>
  );
}
