/** The page may be going away: `pagehide`, or the tab hidden (mobile browsers may kill it then). */

export interface PageEvents {
  /** Gets `pagehide`. */
  window?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  /** Gets `visibilitychange`; counts when it reads "hidden". */
  document?: Pick<EventTarget, "addEventListener" | "removeEventListener"> & {
    readonly visibilityState?: string;
  };
}

export function defaultPageEvents(): PageEvents {
  const g = globalThis as { window?: PageEvents["window"]; document?: PageEvents["document"] };
  return { window: g.window, document: g.document };
}

/** Calls `leaving` whenever the page may be going away; returns the function that stops it. */
export function onPageLeave(events: PageEvents, leaving: () => void): () => void {
  const onVisibility = () => {
    if (events.document?.visibilityState === "hidden") leaving();
  };
  events.window?.addEventListener("pagehide", leaving);
  events.document?.addEventListener("visibilitychange", onVisibility);
  return () => {
    events.window?.removeEventListener("pagehide", leaving);
    events.document?.removeEventListener("visibilitychange", onVisibility);
  };
}
