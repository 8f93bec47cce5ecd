import { type FocusEvent, type KeyboardEvent, useEffect, useRef } from "react";

const CARD = ".react-flow__node[tabindex='0']";
const LINE = ".react-flow__edge[tabindex='0']";

/** People first, then lines: the order Tab walks the canvas in. */
const walk = (root: HTMLElement): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(CARD),
  ...root.querySelectorAll<HTMLElement>(LINE),
];

/**
 * Tab through the cards before the lines. React Flow puts every line before every card in the
 * page, and a positive tabIndex would reorder the whole page, so Tab is steered here: inside the
 * canvas it moves along `walk`; at either end it lets the browser step out from the item that
 * comes last (or first) in the page, so focus moves on to what follows (or precedes) the canvas.
 */
export function useTabOrder() {
  // Whether the focus now arriving comes from Tab (a click on a line must focus that line).
  const tab = useRef<"forward" | "back" | null>(null);
  useEffect(() => {
    const down = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Tab") tab.current = e.shiftKey ? "back" : "forward";
    };
    const up = () => {
      tab.current = null;
    };
    window.addEventListener("keydown", down, true);
    window.addEventListener("keyup", up, true);
    window.addEventListener("pointerdown", up, true);
    return () => {
      window.removeEventListener("keydown", down, true);
      window.removeEventListener("keyup", up, true);
      window.removeEventListener("pointerdown", up, true);
    };
  }, []);

  const onKeyDownCapture = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== "Tab" || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = walk(e.currentTarget);
    const at = items.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const next = items[at + (e.shiftKey ? -1 : 1)];
    if (next) {
      e.preventDefault();
      next.focus();
      return;
    }
    const inPage = e.currentTarget.querySelectorAll<HTMLElement>(`${CARD}, ${LINE}`);
    (e.shiftKey ? inPage[0] : inPage[inPage.length - 1])?.focus();
  };

  // Tabbing in from outside lands on the page's first line (forward) or last card (back).
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    if (!tab.current) return;
    const items = walk(e.currentTarget);
    if (items.includes(e.relatedTarget as HTMLElement)) return;
    if (!items.includes(e.target as HTMLElement)) return;
    const wanted = tab.current === "forward" ? items[0] : items[items.length - 1];
    if (wanted && wanted !== e.target) wanted.focus();
  };

  return { onKeyDownCapture, onFocus };
}
