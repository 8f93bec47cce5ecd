/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker keeps the built app in the browser, so Peermap opens with no network
 * after one visit (vite.config.ts lists what it keeps). New versions wait for the user
 * (appUpdate.ts).
 */
import { registerSW } from "virtual:pwa-register";
import { storeEverythingNow } from "../persistence/hooks";
import { connectUpdates, newVersionControlling, newVersionWaiting } from "./appUpdate";

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const activate = registerSW({
    onNeedRefresh: newVersionWaiting,
    // Without this the page would reload itself when the new version takes control.
    onNeedReload: newVersionControlling,
    // Where service workers are refused (private modes, policies) the app works as before,
    // online only; there is nothing the user could do about it, so nothing is shown.
    onRegisterError: () => {},
  });
  connectUpdates({
    storeEverything: storeEverythingNow,
    activate: () => activate(),
    reload: () => window.location.reload(),
  });
}
