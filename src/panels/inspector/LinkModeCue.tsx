import { useReactFlow } from "@xyflow/react";
import { type CSSProperties, type KeyboardEvent, useEffect, useRef } from "react";
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
  const { getInternalNode, flowToScreenPosition } = useReactFlow();

  // The picker opens next to the link: under the middle of the two cards, kept on screen.
  const pickerAt = (): CSSProperties | undefined => {
    if (!relationship) return undefined;
    const ends = [relationship.source, relationship.target].map((id) => getInternalNode(id));
    const centres = ends.flatMap((node) =>
      node
        ? [
            {
              x: node.internals.positionAbsolute.x + (node.measured.width ?? 0) / 2,
              y: node.internals.positionAbsolute.y + (node.measured.height ?? 0),
            },
          ]
        : [],
    );
    if (centres.length !== 2) return undefined;
    const [a, b] = centres as [{ x: number; y: number }, { x: number; y: number }];
    const at = flowToScreenPosition({ x: (a.x + b.x) / 2, y: Math.max(a.y, b.y) });
    const width = 240;
    const height = 200;
    return {
      position: "fixed",
      left: Math.min(Math.max(8, at.x - width / 2), window.innerWidth - width - 8),
      top: Math.min(Math.max(8, at.y + 12), window.innerHeight - height - 8),
      width,
    };
  };

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
    <>
      <div className="link-mode-layer">
        <div className="link-mode-cue" role="status" aria-live="polite" hidden={!text}>
          <span>{text}</span>
          {mode.step === "picking" && (
            <button type="button" className="btn" onClick={() => cancelLinking()}>
              Cancel
            </button>
          )}
        </div>
      </div>
      {mode.step === "rating" && relationship && (
        // biome-ignore lint/a11y/noStaticElementInteractions: catches the number keys for the radio group inside.
        <div
          ref={picker}
          className="link-mode-picker"
          style={pickerAt()}
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
    </>
  );
}
