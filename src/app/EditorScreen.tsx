import { ReactFlowProvider } from "@xyflow/react";
import { lazy, Suspense, useState } from "react";
import { Canvas } from "../canvas/Canvas";
import type { PictureFormat } from "../export/pictureFormat";
import { GapsPanel, Inspector, MapSettingsDialog, Roster } from "../panels";
import { useFind } from "./findState";
import { GapReportActions } from "./GapReportActions";
import { Toolbar } from "./Toolbar";
import { useHotkeys } from "./useHotkeys";

// The picture pipeline loads the first time someone exports.
const ExportPngDialog = lazy(() =>
  import("../export/ExportPngDialog").then((m) => ({ default: m.ExportPngDialog })),
);
// Find loads the first time someone opens it (Ctrl/Cmd+K or /).
const FindDialog = lazy(() => import("./FindDialog").then((m) => ({ default: m.FindDialog })));

/** The open map: toolbar, roster, canvas, inspector and gaps. */
export function EditorScreen() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [picture, setPicture] = useState<PictureFormat | null>(null);
  const findOpen = useFind((s) => s.open);
  useHotkeys(true);
  return (
    <ReactFlowProvider>
      <div className="editor">
        <Toolbar onOpenSettings={() => setSettingsOpen(true)} onExportPicture={setPicture} />
        <div className="editor-body">
          <Roster />
          <main className="editor-canvas" aria-label="Map">
            <Canvas />
          </main>
          <aside className="editor-side" aria-label="Details">
            <Inspector />
            <GapsPanel />
            <GapReportActions />
          </aside>
        </div>
        <MapSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        {findOpen && (
          <Suspense fallback={null}>
            <FindDialog />
          </Suspense>
        )}
        {picture && (
          <Suspense fallback={null}>
            <ExportPngDialog open format={picture} onClose={() => setPicture(null)} />
          </Suspense>
        )}
      </div>
    </ReactFlowProvider>
  );
}
