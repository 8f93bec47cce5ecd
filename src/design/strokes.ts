/** How lines look: relationships by strength, internal links, suggested missing links. */
import { STRENGTH_LABELS, STRENGTHS, type Strength } from "../domain/model";
import { COLOR } from "./tokens";

export interface StrengthStyle {
  color: string;
  /** Line width in canvas px: strength reads from thickness too, not colour alone. */
  width: number;
  label: string;
  /** Dashes of the weak end, a cue that needs no colour vision (internal links stay dotted). */
  dash?: number[];
}

/**
 * Red (the gaps' red), magenta, violet, teal, navy: each step darker by at least 1.25:1 in luminance, all
 * at least 3:1 against every lane, so strength reads under red–green colour blindness too
 * (test/unit/design/contrast.test.ts). Each step is also thicker, and 1–2 are dashed.
 */
export const STRENGTH_STYLES: Readonly<Record<Strength, StrengthStyle>> = {
  1: { color: COLOR.gap, width: 2, label: `1 ${STRENGTH_LABELS[1]}`, dash: [3, 3] },
  2: { color: "#b70f7f", width: 3, label: `2 ${STRENGTH_LABELS[2]}`, dash: [12, 4] },
  3: { color: "#7710c2", width: 4, label: `3 ${STRENGTH_LABELS[3]}` },
  4: { color: "#07465c", width: 5.5, label: `4 ${STRENGTH_LABELS[4]}` },
  5: { color: "#0b1b86", width: 7, label: `5 ${STRENGTH_LABELS[5]}` },
};

export const GHOST_COLOR = COLOR.gap;

/** How internal (same side) links are drawn: dotted, in the strength's colour. */
export const INTERNAL_DASH = [1, 7];
/** How suggested missing links are drawn: red, dashed. */
export const GHOST_LINE = { color: GHOST_COLOR, width: 2.5, dash: [10, 7] };
/** Dashes of the red outlines: vacant placeholders and cards with no counterpart link. */
export const GAP_DASH: { card: number[]; legend: number[] } = { card: [6, 4], legend: [4, 3] };

export interface LineSample {
  label: string;
  color: string;
  width: number;
  dash?: number[];
}

/** The legend's line samples: every strength, internal links and missing links. */
export const LINE_SAMPLES: readonly LineSample[] = [
  ...STRENGTHS.map((s) => ({
    label: STRENGTH_STYLES[s].label,
    color: STRENGTH_STYLES[s].color,
    width: STRENGTH_STYLES[s].width,
    dash: STRENGTH_STYLES[s].dash,
  })),
  { label: "Internal (same side)", color: COLOR.internalLine, width: 3, dash: [1, 6] },
  { label: "Missing link (click to add)", color: GHOST_COLOR, width: 2.5, dash: [7, 5] },
];
