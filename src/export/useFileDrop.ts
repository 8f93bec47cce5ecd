import { useEffect, useRef } from "react";
import { fileKind } from "./importFile";

const hasFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes("Files") ?? false;

/**
 * A map file (.json) or a spreadsheet of people (.csv) dropped anywhere on the window is handed
 * to `onFile`, which opens the import dialog with it (another kind of file too, so the dialog
 * can say what it takes, rather than the browser opening it in place of the app). Drops that
 * something else already handled (a person dragged onto the canvas, the dialog's drop zone)
 * are left alone.
 */
export function useFileDrop(onFile: (file: File) => void, enabled = true): void {
  const latest = useRef(onFile);
  latest.current = onFile;

  useEffect(() => {
    if (!enabled) return;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      // Without this the browser navigates to the file instead of letting us read it.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      // Any other file still opens the dialog, which says what it can import.
      const file = files.find((f) => fileKind(f.name)) ?? files[0];
      if (file) latest.current(file);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [enabled]);
}
