import { type KeyboardEvent, useEffect, useRef } from "react";
import { isStrength, type Strength } from "../../domain/model";
import { cancelLinking, finishRating, useLinkMode } from "../../store/linkMode";
import { useMapStore } from "../../store/mapStore";
import { StrengthPicker } from "../shared/StrengthPicker";
import "./linkMode.css";

const nameOf = (id: string | null): string =>
  useMapStore.getState().map?.people.find((p) => p.id === id)?.name || "Unnamed person";

/**
 * Link mode's words over the canvas: who the line starts from and what to do next, then the
 * rating picker for the link just made. Over the top edge of the board, so it hides no card
 * in the middle of a workshop; aria-live, so a screen reader hears each step.
 */
export function LinkModeCue() {
  const mode = useLinkMode((s) => s.mode);
  const message = useLinkMode((s) => s.message);
  const relationship = useMapStore((s) =>
    mode.step === "rating" ? s.map?.relationships.find((r) => r.id === mode.relationshipId) : null,
  );
  const picker = useRef<HTMLDivElement>(null);

  // The picker takes the keyboard at once: 1–5 rate, Enter or Esc keep what it has.
  useEffect(() => {
    if (mode.step === "rating")
      picker.current?.querySelector<HTMLElement>("[tabindex='0']")?.focus();
  }, [mode]);

  // "Link cancelled" is said for a moment, then goes.
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => useLinkMode.setState({ message: null }), 4000);
    return () => window.clearTimeout(timer);
  }, [message]);

  const rate = (strength: Strength) => {
    if (mode.step !== "rating") return;
    useMapStore.getState().updateRelationships([mode.relationshipId], { strength });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const strength = Number(event.key);
    if (isStrength(strength)) {
      rate(strength);
      finishRating();
    } else if (event.key === "Enter" || event.key === "Escape") finishRating();
    else return;
    // The editor's own keys (rate, Esc clears the selection) must not act on it twice.
    event.preventDefault();
    event.stopPropagation();
  };

  let text: React.ReactNode = message;
  if (mode.step === "picking") {
    text =
      mode.from === null ? (
        <>Linking — click the person to link from, Esc to cancel</>
      ) : (
        <>
          Linking from <strong>{nameOf(mode.from)}</strong> — click the other person, Esc to cancel
        </>
      );
  } else if (mode.step === "rating" && relationship) {
    text = (
      <>
        {mode.created ? "Linked" : "Already linked"} <strong>{nameOf(relationship.source)}</strong>{" "}
        and <strong>{nameOf(relationship.target)}</strong> — rate it 1–5, Enter keeps{" "}
        {relationship.strength}
      </>
    );
  }

  return (
    <div className="link-mode-layer">
      <div className="link-mode-cue" role="status" aria-live="polite" hidden={!text}>
        <span>{text}</span>
        {mode.step === "picking" && (
          <button type="button" className="btn" onClick={() => cancelLinking()}>
            Cancel
          </button>
        )}
      </div>
      {mode.step === "rating" && relationship && (
        // biome-ignore lint/a11y/noStaticElementInteractions: catches the number keys for the radio group inside.
        <div
          ref={picker}
          className="link-mode-picker"
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) finishRating();
          }}
        >
          <StrengthPicker
            value={relationship.strength}
            onChange={rate}
            label="Rate the new relationship"
          />
        </div>
      )}
    </div>
  );
}
