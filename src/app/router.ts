import { useSyncExternalStore } from "react";

export type Route = { name: "home" } | { name: "map"; id: string } | { name: "no-such-map" };

/**
 * `#/map/<id>` opens a map; anything else is the home screen. An id that cannot be decoded
 * (`#/map/%`, a cut-off `%E0%A4%A`) cannot be any map's address: it is a map not found, never
 * an error thrown while rendering.
 */
export function parseRoute(hash: string): Route {
  const match = /^#\/map\/([^/?#]+)$/.exec(hash);
  if (!match?.[1]) return { name: "home" };
  try {
    return { name: "map", id: decodeURIComponent(match[1]) };
  } catch {
    return { name: "no-such-map" };
  }
}

/**
 * Files cannot bring ids with half a surrogate pair any more (the schema refuses them), but a
 * map stored before could have one: it gets an address that finds no map, never a crash.
 */
export const mapHref = (id: string): string =>
  `#/map/${encodeURIComponent(id.replace(/\p{Surrogate}/gu, "\uFFFD"))}`;
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
