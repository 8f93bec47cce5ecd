import { useSyncExternalStore } from "react";

export type Route = { name: "home" } | { name: "map"; id: string };

/** `#/map/<id>` opens a map; anything else is the home screen. */
export function parseRoute(hash: string): Route {
  const match = /^#\/map\/([^/?#]+)$/.exec(hash);
  return match?.[1] ? { name: "map", id: decodeURIComponent(match[1]) } : { name: "home" };
}

export const mapHref = (id: string): string => `#/map/${encodeURIComponent(id)}`;
export const HOME_HREF = "#/";

export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
