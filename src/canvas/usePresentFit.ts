import { type RefObject, useEffect, useRef } from "react";

/**
 * While presenting, the board is fitted to the screen: on entering and leaving, on each reveal
 * step, when the board grows, and when the pane changes size (full screen arrives a moment
 * after it was asked for). In the editor, the viewport is left where the user put it.
 */
export function usePresentFit(
  paneRef: RefObject<HTMLDivElement | null>,
  fitBoard: () => void,
  presenting: boolean,
  boardKey: string,
): void {
  const fit = useRef(fitBoard);
  fit.current = fitBoard;
  const wasPresenting = useRef(presenting);

  // React Flow learns the pane's new size from its own observer (made first, so told first).
  // biome-ignore lint/correctness/useExhaustiveDependencies: boardKey changes when a tier is revealed or the board grows: that is when to refit
  useEffect(() => {
    const left = wasPresenting.current && !presenting;
    wasPresenting.current = presenting;
    if (!presenting && !left) return;
    const pane = paneRef.current;
    // Two frames: the chrome that just appeared or went must have been laid out and measured.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => fit.current());
    });
    if (!presenting || !pane) return () => cancelAnimationFrame(frame);
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fit.current());
    });
    observer.observe(pane);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [paneRef, presenting, boardKey]);
}
