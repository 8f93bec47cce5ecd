import "./shared.css";
import { type KeyboardEvent, memo, useRef } from "react";
import { STRENGTH_STYLES } from "../../design/strokes";
import { STRENGTHS, type Strength, strengthLabel } from "../../domain/model";

export interface StrengthPickerProps {
  /** Null when nothing, or a mix, is selected: no option is checked. */
  value: Strength | null;
  onChange: (strength: Strength) => void;
  /** Accessible name of the group. */
  label?: string;
  /** Id of a hint read with the group (e.g. "Applies to 3 relationships"). */
  describedBy?: string;
}

const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
};

/**
 * The five strengths as a radio group: colour swatch (as thick as the line on the canvas),
 * number and word, so colour is never the only carrier. Arrow keys move and choose,
 * Home/End jump; one tab stop for the whole group.
 */
export const StrengthPicker = memo(function StrengthPicker({
  value,
  onChange,
  label = "Strength",
  describedBy,
}: StrengthPickerProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const focusIndex = value === null ? 0 : STRENGTHS.indexOf(value);

  const choose = (index: number) => {
    const strength = STRENGTHS[(index + STRENGTHS.length) % STRENGTHS.length];
    if (strength === undefined) return;
    if (strength !== value) onChange(strength);
    buttons.current[STRENGTHS.indexOf(strength)]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = KEY_STEPS[event.key];
    let next: number | undefined;
    if (step !== undefined) next = index + step;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = STRENGTHS.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  };

  return (
    <div
      className="strength-picker"
      role="radiogroup"
      aria-label={label}
      aria-describedby={describedBy}
    >
      {STRENGTHS.map((strength, index) => {
        const style = STRENGTH_STYLES[strength];
        const checked = strength === value;
        return (
          // biome-ignore lint/a11y/useSemanticElements: a styled button radio group (swatch, number, word) with roving focus.
          <button
            key={strength}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={strengthLabel(strength)}
            tabIndex={index === focusIndex ? 0 : -1}
            className={checked ? "strength-picker-option is-checked" : "strength-picker-option"}
            onClick={() => choose(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span
              className="strength-picker-swatch"
              aria-hidden="true"
              style={{ background: style.color, height: Math.max(3, Math.round(style.width)) }}
            />
            <span className="strength-picker-number" aria-hidden="true">
              {strength}
            </span>
            <span className="strength-picker-word" aria-hidden="true">
              {style.label.replace(/^\d+\s*/, "")}
            </span>
            <span className="strength-picker-check" aria-hidden="true">
              {checked ? "✓" : ""}
            </span>
          </button>
        );
      })}
    </div>
  );
});
