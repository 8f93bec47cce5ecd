/** How lines look: relationships by strength, internal links, suggested missing links. */
import {
  type Relationship,
  STRENGTH_LABELS,
  STRENGTHS,
  type Strength,
  strengthLabel,
} from "../domain/model";
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
 * Rose, magenta, violet, teal, navy (a plasma-like ramp, read from light to dark): each step
 * darker by 1.3:1 in luminance, all at least 3:1 against every lane, apart from one another
 * and far from the gaps' red under normal, deuteranopic and protanopic vision
 * (test/unit/design/contrast.test.ts). Each step is also thicker, and 1–2 are dashed, short
 * dashes for 1 and long ones for 2. No strength is red: red on the board means a gap.
 */
export const STRENGTH_STYLES: Readonly<Record<Strength, StrengthStyle>> = {
  1: { color: "#d45389", width: 2, label: `1 ${STRENGTH_LABELS[1]}`, dash: [5, 4] },
  2: { color: "#be2fa6", width: 3, label: `2 ${STRENGTH_LABELS[2]}`, dash: [12, 4] },
  3: { color: "#6d3cce", width: 4, label: `3 ${STRENGTH_LABELS[3]}` },
  4: { color: "#17545a", width: 5.5, label: `4 ${STRENGTH_LABELS[4]}` },
  5: { color: "#1d3973", width: 7, label: `5 ${STRENGTH_LABELS[5]}` },
};

export const GHOST_COLOR = COLOR.gap;

/** How wide a line's invisible click area is, in canvas units: the page's and the painted board's. */
export const LINE_CLICK_WIDTH = 24;

/** How internal (same side) links are drawn: dotted, in the strength's colour. */
export const INTERNAL_DASH = [1, 7];
/**
 * Zoomed out (names only), dots would be a few pixels apart and cost the most to draw: long
 * dashes read the same and are four times fewer, so a zoom step does not wait on them.
 */
export const INTERNAL_DASH_FAR = [12, 20];

/** A stroke drawn over another along the same path. */
export interface CoreStroke {
  color: string;
  width: number;
  dash: number[];
}

/**
 * A suggested missing link is drawn hollow: a chain of empty red boxes, like the dashed red
 * outline of a vacant card, a link not filled in yet. A relationship is always a filled line,
 * so however strained it is, and whatever colours a viewer can tell apart, the two never look
 * alike (a dash against a dash could be mistaken, an empty box against a filled one cannot).
 * The core is the outer dash shrunk by the rim on every side, so each box is closed.
 */
function hollow(color: string, width: number, dash: [number, number], rim: number) {
  const core: CoreStroke = {
    color: COLOR.surface,
    width: width - 2 * rim,
    // A zero-length dash and a gap of one rim: the core starts a rim inside each outer dash.
    dash: [0, rim, dash[0] - 2 * rim, dash[1] + rim],
  };
  return { color, width, dash, core, lineCap: "butt" as const };
}

/** How suggested missing links are drawn: red hollow boxes. */
const GHOST_RIM = 2;
export const GHOST_LINE = hollow(GHOST_COLOR, 7, [10, 7], GHOST_RIM);
/** Dashes of the red outlines: vacant placeholders and cards with no counterpart link. */
export const GAP_DASH: { card: number[]; legend: number[] } = { card: [6, 4], legend: [4, 3] };

/**
 * A planned link: grey-blue dash-dot, thin, unlike any strength (solid or plain dashes), an
 * internal link (dots in the strength's colour) or a ghost (red hollow boxes).
 */
export const PLANNED_LINE = {
  color: COLOR.plannedLine,
  width: 3,
  dash: [10, 5, 2, 5],
  lineCap: "butt" as const,
};

export interface LineSample {
  label: string;
  color: string;
  width: number;
  dash?: number[];
  /** Round ends for solid lines and dots; dashes keep square ends so their gaps show. */
  lineCap: "round" | "butt";
  /** The inside of a hollow line. */
  core?: CoreStroke;
  /** What the canvas can add as a tooltip: only the screen is interactive. */
  hint?: string;
}

/** The legend's line samples: every strength, internal, missing and planned links. */
export const LINE_SAMPLES: readonly LineSample[] = [
  ...STRENGTHS.map((s) => ({
    label: STRENGTH_STYLES[s].label,
    color: STRENGTH_STYLES[s].color,
    width: STRENGTH_STYLES[s].width,
    dash: STRENGTH_STYLES[s].dash,
    lineCap: STRENGTH_STYLES[s].dash ? ("butt" as const) : ("round" as const),
  })),
  {
    label: "Internal (same side)",
    color: COLOR.internalLine,
    width: 3,
    dash: [1, 6],
    lineCap: "round",
  },
  // "Missing link", not "(click to add)": the legend is printed in pictures, where nothing clicks;
  // the canvas gives the hint as the sample's tooltip.
  // The same boxes, a little shorter, so that three whole ones fill the sample (8 + 6 + 8 + 6 + 8).
  {
    label: "Missing link",
    hint: "Click a missing link on the map to draw it",
    ...hollow(GHOST_COLOR, GHOST_LINE.width, [8, 6], GHOST_RIM),
  },
  {
    label: "Planned",
    color: PLANNED_LINE.color,
    width: PLANNED_LINE.width,
    dash: PLANNED_LINE.dash,
    lineCap: PLANNED_LINE.lineCap,
  },
];

/**
 * Comparing two dates, a link removed since is drawn where it was: thin, grey and dashed (4.4:1
 * on the lanes), and always labelled "removed", so it never reads as a weak link.
 */
export const REMOVED_LINE = { color: COLOR.ink3, width: 2, dash: [6, 5] } as const;

/**
 * What a line's label says: its strength, and its target when one is set ("2 Weak → target 4
 * Strong"); a planned link says so first ("Planned · target 4 Strong"), having no rating yet.
 */
export function lineLabel(
  link: Pick<Relationship, "strength" | "targetStrength"> & { planned?: boolean },
): string {
  const target =
    link.targetStrength === undefined ? "" : `target ${strengthLabel(link.targetStrength)}`;
  if (link.planned) return target ? `Planned · ${target}` : "Planned";
  const now = STRENGTH_STYLES[link.strength].label;
  if (!target) return now;
  return link.strength < (link.targetStrength ?? 0) ? `${now} → ${target}` : `${now} · ${target}`;
}
