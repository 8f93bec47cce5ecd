import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { Canvas } from "../canvas/Canvas";
import { ExportPngDialog } from "../export";
import { GapsPanel, Inspector, MapSettingsDialog, Roster } from "../panels";
import { GapReportActions } from "./GapReportActions";
import { Toolbar } from "./Toolbar";
import { useHotkeys } from "./useHotkeys";

/** The open map: toolbar, roster, canvas, inspector and gaps. */
export function EditorScreen() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [pngOpen, setPngOpen] = useState(false);
  useHotkeys(true);
  return (
    <ReactFlowProvider>
      <div className="editor">
        <Toolbar
          onOpenSettings={() => setSettingsOpen(true)}
          onExportPng={() => setPngOpen(true)}
        />
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
        <ExportPngDialog open={pngOpen} onClose={() => setPngOpen(false)} />
      </div>
    </ReactFlowProvider>
  );
}
