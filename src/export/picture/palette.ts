/** The app's ink and line colours (global.css), for pictures drawn without CSS. */
export const INK = "#0f172a";
export const INK_2 = "#334155";
export const INK_3 = "#64748b";
export const LINE = "#e2e8f0";
export const LINE_2 = "#cbd5e1";
export const GAP_RED = "#dc2626";
export const GAP_RED_DARK = "#991b1b";
