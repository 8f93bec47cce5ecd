import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./app/global.css";
import { registerServiceWorker } from "./app/registerServiceWorker";
import { useHash } from "./app/router";
import { ScreenBoundary } from "./app/ScreenBoundary";
import { designCssVariables } from "./design/cssVariables";
import { initPersistence } from "./persistence/hooks";

// Colours, sizes and fonts the exported pictures share with the app's CSS come from src/design.
for (const [name, value] of Object.entries(designCssVariables())) {
  document.documentElement.style.setProperty(name, value);
}

// Storage opens in the background; the app works in memory meanwhile, and if it never opens.
void initPersistence();

// After one visit, the app opens with no network (workshop rooms have poor Wi-Fi).
registerServiceWorker();

/** The screens have their own boundary; this one catches the rest (banner, toasts, the shell). */
function Root() {
  return (
    <ScreenBoundary resetKey={useHash()}>
      <App />
    </ScreenBoundary>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("Peermap needs a #root element in index.html");
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
