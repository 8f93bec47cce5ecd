import { lazy, Suspense, useEffect, useState } from "react";
import { Toasts } from "../panels";
import { closeStoredMap, openStoredMap } from "../persistence/hooks";
import "./app.css";
import { HomeScreen } from "./HomeScreen";
import { ImportHost } from "./ImportHost";
import { useImportDialog } from "./importDialogState";
import { HOME_HREF, parseRoute, useHash } from "./router";
import { StorageBanner } from "./StorageBanner";

// The editor (React Flow and the canvas) loads only when a map opens, in parallel with the map.
const loadEditor = () => import("./EditorScreen");
const EditorScreen = lazy(() => loadEditor().then((m) => ({ default: m.EditorScreen })));

type LoadState = "loading" | "ok" | "not-found" | { error: string };

/** Opens the map the URL names, or says plainly that it is not here. */
function MapRoute({ id }: { id: string }) {
  const [state, setState] = useState<LoadState>("loading");
  useEffect(() => {
    let current = true;
    setState("loading");
    void loadEditor();
    openStoredMap(id).then(
      (result) => current && setState(result),
      (error: unknown) =>
        current && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
      void closeStoredMap();
    };
  }, [id]);

  const opening = <p className="page-message">Opening the map…</p>;
  if (state === "ok") {
    return (
      <Suspense fallback={opening}>
        <EditorScreen />
      </Suspense>
    );
  }
  if (state === "loading") return opening;
  return (
    <div className="page-message" role="alert">
      <h1>{state === "not-found" ? "Map not found" : "This map could not be opened"}</h1>
      <p>
        {state === "not-found"
          ? "There is no map with this address in this browser. It may have been deleted, or made in another browser."
          : `Something went wrong while reading it: ${state.error}`}
      </p>
      <a className="btn btn-primary" href={HOME_HREF}>
        Go to your maps
      </a>
    </div>
  );
}

export function App() {
  const route = parseRoute(useHash());
  const showImport = useImportDialog((s) => s.show);
  return (
    <div className="app">
      <StorageBanner />
      <div className="app-main">
        {route.name === "map" ? (
          <MapRoute key={route.id} id={route.id} />
        ) : (
          <HomeScreen onImport={() => showImport()} />
        )}
      </div>
      <ImportHost />
      <Toasts />
    </div>
  );
}
