import { ReactFlowProvider } from "@xyflow/react";
import { lazy, Suspense, useEffect, useState } from "react";
import { Canvas } from "../canvas/Canvas";
import type { PictureFormat } from "../export/pictureFormat";
import { GapsPanel, Inspector, MapSettingsDialog, QuickEntryBar, Roster } from "../panels";
import { ComparePanel } from "../panels/history/ComparePanel";
import { LinkModeCue } from "../panels/inspector/LinkModeCue";
import { usePresentation } from "../store/presentation";
import { useSnapshotView } from "../store/snapshotView";
import { ActionsHost } from "./ActionsHost";
import { useFind } from "./findState";
import { GapReportActions } from "./GapReportActions";
import { HistoryHost } from "./HistoryHost";
import { useKeyboardHelp } from "./keyboardHelpState";
import { stopPresenting } from "./present/presenting";
import { SnapshotBanner } from "./SnapshotBanner";
import { SnapshotDialog } from "./SnapshotDialog";
import { quickEntryKeysOf, quickEntryShortcutFor } from "./shortcuts";
import { forgetSnapshotView } from "./snapshotState";
import { Toolbar } from "./Toolbar";
import { useHotkeys } from "./useHotkeys";

// The picture pipeline loads the first time someone exports.
const ExportPngDialog = lazy(() =>
  import("../export/ExportPngDialog").then((m) => ({ default: m.ExportPngDialog })),
);
// Present mode's bar and forms, and the keyboard help, load the first time they are used.
// The quick-entry bar's keys, from the one shortcut table (the panels do not import the shell).
const QUICK_ENTRY_KEYS = { shortcutOf: quickEntryShortcutFor, keysOf: quickEntryKeysOf };
const PresentOverlay = lazy(() => import("./present/PresentOverlay"));
const KeyboardHelp = lazy(() => import("./KeyboardHelp"));
// Find is not in the first load, but is fetched as soon as the editor is up and then drawn
// without suspending: letters typed straight after Ctrl/Cmd+K must land in the box.
const loadFindDialog = () => import("./FindDialog");
const LazyFindDialog = lazy(() => loadFindDialog().then((m) => ({ default: m.FindDialog })));
type FindDialogType = Awaited<ReturnType<typeof loadFindDialog>>["FindDialog"];

/** The open map: toolbar, roster, canvas, inspector and gaps; or, presenting, the map alone. */
export function EditorScreen() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [picture, setPicture] = useState<PictureFormat | null>(null);
  const presenting = usePresentation((s) => s.presenting);
  const helpOpen = useKeyboardHelp((s) => s.open);
  // Leaving the map (or a crash) must not leave the next map presenting.
  useEffect(() => stopPresenting, []);
  // Nor in a snapshot: the next map opens live.
  useEffect(() => forgetSnapshotView, []);
  const viewingSnapshot = useSnapshotView((s) => s.viewing !== null);
  const findOpen = useFind((s) => s.open);
  useHotkeys(true);
  const [FindDialog, setFindDialog] = useState<FindDialogType | null>(null);
  useEffect(() => {
    let live = true;
    loadFindDialog().then(
      (m) => live && setFindDialog(() => m.FindDialog),
      () => {}, // Opening find will try again, and say so through the screen's error boundary.
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <ReactFlowProvider>
      {/* Present mode is this same editor with its chrome hidden (app.css). */}
      <div
        className={[
          "editor",
          presenting && "is-presenting",
          viewingSnapshot && "is-viewing-snapshot",
        ]
          .filter(Boolean)
          .join(" ")}
      >
        <Toolbar onOpenSettings={() => setSettingsOpen(true)} onExportPicture={setPicture} />
        <SnapshotBanner />
        <div className="editor-body">
          {/* A snapshot is read only: nothing to add from, nothing to edit in. */}
          {!viewingSnapshot && <Roster />}
          <div className="editor-center">
            {/* Hidden, not unmounted, while presenting: what was typed stays (quickEntry.css). */}
            {!viewingSnapshot && <QuickEntryBar keys={QUICK_ENTRY_KEYS} />}
            <main className="editor-canvas" aria-label="Map">
              <Canvas />
              <LinkModeCue />
            </main>
          </div>
          <aside className="editor-side" aria-label="Details">
            <div className="side-toggles">
              <HistoryHost />
              {!viewingSnapshot && <ActionsHost />}
            </div>
            {!viewingSnapshot && <Inspector />}
            <ComparePanel />
            <GapsPanel />
            <GapReportActions />
          </aside>
        </div>
        <SnapshotDialog />
        <MapSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        {presenting && (
          <Suspense fallback={null}>
            <PresentOverlay />
          </Suspense>
        )}
        {helpOpen && (
          <Suspense fallback={null}>
            <KeyboardHelp />
          </Suspense>
        )}
        {findOpen &&
          (FindDialog ? (
            <FindDialog />
          ) : (
            <Suspense fallback={null}>
              <LazyFindDialog />
            </Suspense>
          ))}
        {picture && (
          <Suspense fallback={null}>
            <ExportPngDialog open format={picture} onClose={() => setPicture(null)} />
          </Suspense>
        )}
      </div>
    </ReactFlowProvider>
  );
}
