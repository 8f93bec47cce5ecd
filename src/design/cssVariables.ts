/**
 * The tokens as CSS custom properties, so stylesheets use `var(--…)` instead of repeating a
 * value: set once on the document root at start-up (main.tsx).
 */
import { GAP_BADGE_PATHS } from "./geometry";
import { PRESENT_MIN_TEXT_PX } from "./present";
import { INTERNAL_DASH, INTERNAL_DASH_FAR } from "./strokes";
import { CARD_TITLE_LINES, COLOR, DIMMED_OPACITY, FONT, ORG_TINT, SIZE } from "./tokens";

/** `ink2` → `ink-2`, `cardWidth` → `card-width`. */
const kebab = (name: string): string =>
  name
    .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    .replace(/(\d+)/g, "-$1")
    .replace(/^-/, "");

/** The card's warning badge as an SVG data URL (the card draws no SVG: one element per badge). */
export function gapBadgeImage(): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'>` +
    `<path d='${GAP_BADGE_PATHS.triangle}' fill='${COLOR.gap}'/>` +
    `<path d='${GAP_BADGE_PATHS.mark}' stroke='${COLOR.inkInverse}' stroke-width='1.6' stroke-linecap='round'/>` +
    `</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

export function designCssVariables(): Record<`--${string}`, string> {
  const vars: Record<`--${string}`, string> = {};
  for (const [name, value] of Object.entries(COLOR)) vars[`--${kebab(name)}`] = value;
  for (const [name, value] of Object.entries(SIZE)) vars[`--${kebab(name)}`] = `${value}px`;
  for (const [name, font] of Object.entries(FONT)) {
    const prefix = `--font-${kebab(name)}` as const;
    vars[`${prefix}-size`] = `${font.size}px`;
    vars[`${prefix}-weight`] = String(font.weight);
    const spacing = "letterSpacing" in font ? font.letterSpacing : 0;
    vars[`${prefix}-spacing`] = spacing ? `${spacing}px` : "normal";
  }
  vars["--card-title-lines"] = String(CARD_TITLE_LINES);
  vars["--org-tint-fill"] = `${ORG_TINT.fill * 100}%`;
  vars["--org-tint-edge"] = `${ORG_TINT.edge * 100}%`;
  vars["--dimmed-card"] = String(DIMMED_OPACITY.card);
  vars["--dimmed-line"] = String(DIMMED_OPACITY.line);
  vars["--internal-dash"] = INTERNAL_DASH.join(" ");
  vars["--internal-dash-far"] = INTERNAL_DASH_FAR.join(" ");
  vars["--gap-badge-image"] = gapBadgeImage();
  vars["--present-min-text"] = `${PRESENT_MIN_TEXT_PX}px`;
  return vars;
}
