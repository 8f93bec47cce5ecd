/**
 * Entering and leaving present mode: the store's switch, plus the browser's full screen. Full
 * screen is asked for, never required: where it is refused (a browser setting, an iframe, a
 * headless browser) present mode still hides the chrome and fits the map to the window.
 */
import { usePresentation } from "../../store/presentation";

export function startPresenting(): void {
  usePresentation.getState().start();
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) {
    root.requestFullscreen({ navigationUI: "hide" }).catch(() => {
      // Refused: the chrome is hidden all the same.
    });
  }
}

export function stopPresenting(): void {
  usePresentation.getState().stop();
  if (document.fullscreenElement && document.exitFullscreen) {
    document.exitFullscreen().catch(() => {
      // Already left (the browser's own Esc): nothing to undo.
    });
  }
}

/**
 * The browser's Esc leaves full screen without the page seeing the key: leave present mode with
 * it, so the room never sees a half-presented editor. Returns the listener's remover.
 */
export function leaveWithFullScreen(): () => void {
  const onChange = () => {
    if (!document.fullscreenElement && usePresentation.getState().presenting) stopPresenting();
  };
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}
