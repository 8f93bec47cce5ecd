/**
 * The look of Peermap, written once: colours, type and sizes shared by the app's CSS (as custom
 * properties, see cssVariables.ts) and the exported pictures (which import them). A CSS file
 * that needs one of these uses `var(--…)`; it never repeats the value.
 */
import { CARD_HEIGHT, CARD_WIDTH } from "../domain/layout";

/** Colours, tuned for projectors (high contrast). `ink2` is `--ink-2` in CSS. */
export const COLOR = {
  ink: "#0f172a",
  ink2: "#334155",
  ink3: "#64748b",
  /** Text and marks on a dark or coloured ground. */
  inkInverse: "#fff",
  line: "#e2e8f0",
  line2: "#cbd5e1",
  surface: "#fff",
  surface2: "#f8fafc",
  surface3: "#f1f5f9",
  accent: "#1d4ed8",
  accentInk: "#fff",
  danger: "#b91c1c",
  dangerBg: "#fef2f2",
  /** Borders of error boxes, and the ring around a card's gap badge. */
  dangerLine: "#fecaca",
  warning: "#b45309",
  warningBg: "#fffbeb",
  success: "#15803d",
  info: "#475569",
  focus: "#2563eb",
  /** Comparing two dates: a highlighter behind what is new, and the "new" badge's fill. */
  changeGlow: "rgba(250, 204, 21, 0.6)",
  changeBadge: "#fde047",
  /** The board: the canvas around it, and lanes alternating so a row reads across. */
  canvasBg: "#eef2f7",
  laneEven: "#fbfcfe",
  laneOdd: "#f3f6fa",
  /** Gaps: missing links, vacant cells, people with no counterpart link. */
  gap: "#dc2626",
  gapInk: "#991b1b",
  gapFill: "rgba(254, 242, 242, 0.7)",
  /** The legend's sample of an internal (same side) link. */
  internalLine: "#475569",
  /** A planned link (one that should exist but does not yet): grey-blue, dash-dot. */
  plannedLine: "#4b6584",
} as const;

/** How much of an organisation's colour tints its cells, and their side borders (0 to 1). */
/** The soft drop shadow of a card in pictures (PNG and SVG), close to the canvas's `--shadow`. */
export const CARD_SHADOW = { color: "rgba(15, 23, 42, 0.12)", blur: 3, offsetY: 1 } as const;

/** Under a focus (spotlight), how much of a card or line that is not lit still shows. */
export const DIMMED_OPACITY = { card: 0.2, line: 0.12 } as const;

export const ORG_TINT = { fill: 0.05, edge: 0.25 } as const;

/** A font as both sides use it: px size, weight, and letter spacing in px. */
export interface FontToken {
  size: number;
  weight: number;
  letterSpacing?: number;
}

/** Text on the board. Letter spacing is in px (CSS had it in em: 0.04em at 11px is 0.44px). */
export const FONT = {
  headerName: { size: 26, weight: 750, letterSpacing: -0.26 },
  headerSide: { size: 13, weight: 600, letterSpacing: 1.04 },
  laneIndex: { size: 12, weight: 700 },
  laneName: { size: 16, weight: 700 },
  vacantTitle: { size: 15, weight: 700, letterSpacing: 0.9 },
  vacantText: { size: 13, weight: 400 },
  legendTitle: { size: 14, weight: 700, letterSpacing: 0.84 },
  legendText: { size: 14, weight: 400 },
  cardName: { size: 16, weight: 700 },
  cardTitle: { size: 13, weight: 400 },
  cardTier: { size: 11, weight: 600, letterSpacing: 0.44 },
  healthPill: { size: 11, weight: 700 },
} as const satisfies Record<string, FontToken>;

/**
 * A card's title takes up to this many lines. One that needs the second takes the tier line's
 * room (the lane's label names the tier); the canvas and the pictures both follow this.
 */
export const CARD_TITLE_LINES = 2;

/** Sizes in canvas px. */
export const SIZE = {
  cardWidth: CARD_WIDTH,
  cardHeight: CARD_HEIGHT,
  /** The organisation's colour down a card's left side. */
  cardBand: 8,
  /** A card's border on its other three sides. */
  cardBorder: 1,
  /** The dot on either side of a card that a line is drawn from. */
  cardHandle: 12,
  cardPaddingX: 10,
  /** Cards, column headers, vacant placeholders and the legend share one corner radius. */
  boardRadius: 10,
  /** The organisation's colour along the top of its column header. */
  headerBand: 8,
  headerPaddingX: 20,
  laneLabelPaddingTop: 18,
  laneLabelPaddingLeft: 12,
  laneLabelGap: 8,
  /** The disc holding a lane's number. */
  laneIndex: 22,
  vacantBorder: 2,
  vacantPaddingX: 14,
  /** Space between the lanes and the legend strip. */
  legendGap: 16,
  legendPaddingX: 20,
  legendItemGap: 22,
  legendSampleGap: 8,
  /** A line sample in the legend, and the "no counterpart" sample beside it. */
  legendSampleWidth: 40,
  legendSampleHeight: 12,
  legendUnpairedHeight: 14,
  legendUnpairedRadius: 3,
  /** The red warning badge on a card with no counterpart link, and its icon. */
  gapBadge: 22,
  gapBadgeIcon: 16,
} as const;
