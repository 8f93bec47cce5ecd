import { memo } from "react";
import { useStore } from "zustand";
import type { PictureFormat } from "../export/pictureFormat";
import { redo, undo, useMapStore } from "../store/mapStore";
import { useSnapshotView } from "../store/snapshotView";
import { useKeyboardHelp } from "./keyboardHelpState";
import { startPresenting } from "./present/presenting";
import { HOME_HREF } from "./router";
import { SaveStatus } from "./SaveStatus";
import { ShareMenu } from "./ShareMenu";
import { openSaveSnapshot } from "./snapshotState";

interface ToolbarProps {
  onOpenSettings: () => void;
  onExportPicture: (format: PictureFormat) => void;
}

/** The editor's top bar: where you are, undo/redo, tidy, settings and whether it is saved. */
function ToolbarView({ onOpenSettings, onExportPicture }: ToolbarProps) {
  const name = useMapStore((s) => s.map?.name ?? "");
  const orgs = useMapStore((s) => s.map?.orgs);
  const canUndo = useStore(useMapStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useMapStore.temporal, (s) => s.futureStates.length > 0);
  const tidy = useMapStore((s) => s.tidy);
  const showHelp = useKeyboardHelp((s) => s.show);
  const viewingSnapshot = useSnapshotView((s) => s.viewing !== null);
  return (
    <header className="toolbar">
      <a className="btn btn-ghost toolbar-home" href={HOME_HREF}>
        <span aria-hidden="true">←</span> All maps
      </a>
      <div className="toolbar-title">
        <h1 title={name}>{name}</h1>
        {orgs && (
          <span className="toolbar-orgs">
            <span className="swatch" style={{ background: orgs.a.color }} aria-hidden="true" />
            {orgs.a.name}
            <span aria-hidden="true"> × </span>
            <span className="visually-hidden"> and </span>
            <span className="swatch" style={{ background: orgs.b.color }} aria-hidden="true" />
            {orgs.b.name}
          </span>
        )}
      </div>
      <fieldset className="toolbar-group" aria-label="History">
        <button
          type="button"
          className="btn"
          onClick={() => undo()}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          title="Undo (Ctrl/Cmd+Z)"
        >
          <span aria-hidden="true">↶</span>
          <span className="toolbar-label">Undo</span>
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => redo()}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title="Redo (Ctrl/Cmd+Shift+Z)"
        >
          <span aria-hidden="true">↷</span>
          <span className="toolbar-label">Redo</span>
        </button>
      </fieldset>
      <fieldset className="toolbar-group" aria-label="Map">
        <button
          type="button"
          className="btn"
          onClick={tidy}
          title="Line every card up in its column and lane"
        >
          Tidy
        </button>
        <button type="button" className="btn" onClick={onOpenSettings}>
          Map settings
        </button>
        <button
          type="button"
          className="btn toolbar-present"
          onClick={startPresenting}
          title="Show the map full screen, tier by tier (P)"
          aria-keyshortcuts="P"
        >
          <span aria-hidden="true">▶</span>
          <span className="toolbar-label">Present</span>
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={showHelp}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          aria-keyshortcuts="?"
        >
          <span aria-hidden="true">?</span>
        </button>
      </fieldset>
      <fieldset className="toolbar-group" aria-label="Snapshots">
        <button
          type="button"
          className="btn"
          onClick={openSaveSnapshot}
          disabled={viewingSnapshot}
          title="Save a snapshot of the map as it is now (Ctrl/Cmd+S)"
          aria-keyshortcuts="Control+S"
        >
          <span className="toolbar-narrow-hidden">Save</span>
          <span className="toolbar-capital">snapshot</span>
        </button>
      </fieldset>
      <ShareMenu onExportPicture={onExportPicture} />
      <SaveStatus />
    </header>
  );
}

export const Toolbar = memo(ToolbarView);
