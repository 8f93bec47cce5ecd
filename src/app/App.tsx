import { type ComponentType, useEffect, useState } from "react";
import { Toasts } from "../panels";
import { closeStoredMap, openStoredMap } from "../persistence/hooks";
import "./app.css";
import { HomeScreen } from "./HomeScreen";
import { ImportHost } from "./ImportHost";
import { useImportDialog } from "./importDialogState";
import { HOME_HREF, parseRoute, useHash } from "./router";
import { ScreenBoundary } from "./ScreenBoundary";
import { StorageBanner } from "./StorageBanner";
import { UpdatePrompt } from "./UpdatePrompt";

// The editor (React Flow and the canvas) loads only when a map opens, in parallel with the
// map. It is rendered once both are here, not through lazy() and Suspense: React holds back
// a Suspense boundary's content for 300 ms after showing its fallback, which was most of the
// time it took to open a small map.
const loadEditor = () => import("./EditorScreen").then((m) => m.EditorScreen);

type LoadState =
  | "loading"
  | "not-found"
  | { editor: ComponentType }
  | { error: string; editorMissing?: boolean };

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** An address that names no map in this browser. */
function MapNotFound() {
  return (
    <div className="page-message" role="alert">
      <h1>Map not found</h1>
      <p>
        There is no map with this address in this browser. It may have been deleted, or made in
        another browser.
      </p>
      <a className="btn btn-primary" href={HOME_HREF}>
        Go to your maps
      </a>
    </div>
  );
}

/** Opens the map the URL names, or says plainly that it is not here. */
function MapRoute({ id }: { id: string }) {
  const [state, setState] = useState<LoadState>("loading");
  useEffect(() => {
    let current = true;
    setState("loading");
    const editor = loadEditor();
    openStoredMap(id)
      .then(async (result) => {
        if (result === "not-found") return result;
        try {
          return { editor: await editor };
        } catch (error) {
          return { error: errorText(error), editorMissing: true };
        }
      })
      .then(
        (next) => current && setState(next),
        (error: unknown) => current && setState({ error: errorText(error) }),
      );
    return () => {
      current = false;
      void closeStoredMap();
    };
  }, [id]);

  if (state === "loading") return <p className="page-message">Opening the map…</p>;
  if (state === "not-found") return <MapNotFound />;
  if ("editor" in state) return <state.editor />;
  const { editorMissing } = state;
  return (
    <div className="page-message" role="alert">
      <h1>{editorMissing ? "The editor could not be loaded" : "This map could not be opened"}</h1>
      <p>
        {editorMissing
          ? `Your map is safe in this browser. Check the connection and reload the page. (${state.error})`
          : `Something went wrong while reading it: ${state.error}`}
      </p>
      {editorMissing && (
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
      <a className={editorMissing ? "btn" : "btn btn-primary"} href={HOME_HREF}>
        Go to your maps
      </a>
    </div>
  );
}

export function App() {
  const hash = useHash();
  const route = parseRoute(hash);
  const showImport = useImportDialog((s) => s.show);
  return (
    <div className="app">
      <UpdatePrompt />
      <StorageBanner />
      <div className="app-main">
        {/* The import dialog is inside too: it is loaded on demand, and may fail to load. */}
        <ScreenBoundary resetKey={hash}>
          {route.name === "map" ? (
            <MapRoute key={route.id} id={route.id} />
          ) : route.name === "no-such-map" ? (
            <MapNotFound />
          ) : (
            <HomeScreen onImport={() => showImport()} />
          )}
          <ImportHost />
        </ScreenBoundary>
      </div>
      <Toasts />
    </div>
  );
}
