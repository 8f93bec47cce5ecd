import "./present.css";
import { useEffect } from "react";
import { useShallow } from "zustand/shallow";
import { useMapStore } from "../../store/mapStore";
import { shownMap, usePresentation } from "../../store/presentation";
import { ratingAnnouncement } from "./announcements";
import { PresentAddForm } from "./PresentAddForm";
import { PresentBar } from "./PresentBar";
import { leaveWithFullScreen } from "./presenting";

/** How long an announcement stays on screen: long enough for the room to read it. */
const ANNOUNCEMENT_MS = 3000;

/**
 * What present mode adds to the editor (loaded the first time someone presents): the bottom
 * bar, the add-person form, and the announcements the room sees when the map changes.
 */
export default function PresentOverlay() {
  const map = useMapStore((s) => s.map);
  const selectedPerson = useMapStore((s) => s.selection.people[0]);
  const { revealed, adding, announcement, announce } = usePresentation(
    useShallow((s) => ({
      revealed: s.revealed,
      adding: s.adding,
      announcement: s.announcement,
      announce: s.announce,
    })),
  );

  useEffect(leaveWithFullScreen, []);

  // A rating changed by a key (or undone) is said on screen, so the room sees it happen.
  useEffect(
    () =>
      useMapStore.subscribe((state, previous) => {
        if (!state.map || !previous.map || state.map === previous.map) return;
        const text = ratingAnnouncement(previous.map, state.map);
        if (text) announce(text);
      }),
    [announce],
  );

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => announce(null), ANNOUNCEMENT_MS);
    return () => clearTimeout(timer);
  }, [announcement, announce]);

  if (!map) return null;
  const shown = shownMap(map, revealed);
  const selectedTier = shown.people.find((p) => p.id === selectedPerson)?.tierId;
  const tierInView =
    revealed === null ? (selectedTier ?? shown.tiers[0]?.id) : shown.tiers.at(-1)?.id;
  return (
    <>
      <div className="present-announcement" role="status" aria-live="polite">
        {announcement && <p>{announcement}</p>}
      </div>
      {adding && <PresentAddForm map={shown} tierInView={tierInView} />}
      <PresentBar map={map} shown={shown} revealed={revealed} />
    </>
  );
}
