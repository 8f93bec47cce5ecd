/** Load warnings as toasts: a few one by one, the rest as a count, so a badly damaged map cannot bury the screen. */
const SHOWN_ONE_BY_ONE = 3;

export function withWarningsShown(
  warnings: readonly string[],
  toast: (message: string, tone: "info" | "error") => void,
): void {
  for (const warning of warnings.slice(0, SHOWN_ONE_BY_ONE)) toast(warning, "error");
  const rest = warnings.length - SHOWN_ONE_BY_ONE;
  if (rest > 0) {
    toast(
      `…and ${rest} more problem${rest === 1 ? "" : "s"} like these; the rest of the map opened.`,
      "error",
    );
  }
}
