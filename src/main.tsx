import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./app/global.css";
import { initPersistence } from "./persistence/hooks";

// Storage opens in the background; the app works in memory meanwhile, and if it never opens.
void initPersistence();

const root = document.getElementById("root");
if (!root) throw new Error("Peermap needs a #root element in index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
