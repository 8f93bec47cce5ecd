import { ReactFlowProvider } from "@xyflow/react";
import { lazy, Suspense, useState } from "react";
import { Canvas } from "../canvas/Canvas";
import type { PictureFormat } from "../export/pictureFormat";
import { GapsPanel, Inspector, MapSettingsDialog, Roster } from "../panels";
import { GapReportActions } from "./GapReportActions";
import { Toolbar } from "./Toolbar";
import { useHotkeys } from "./useHotkeys";

// The picture pipeline loads the first time someone exports.
const ExportPngDialog = lazy(() =>
  import("../export/ExportPngDialog").then((m) => ({ default: m.ExportPngDialog })),
);

/** The open map: toolbar, roster, canvas, inspector and gaps. */
export function EditorScreen() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [picture, setPicture] = useState<PictureFormat | null>(null);
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
        {picture && (
          <Suspense fallback={null}>
            <ExportPngDialog open format={picture} onClose={() => setPicture(null)} />
          </Suspense>
        )}
      </div>
    </ReactFlowProvider>
  );
}
