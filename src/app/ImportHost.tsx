import { ImportDialog, useFileDrop } from "../export";
import { useImportDialog } from "./importDialogState";
import { mapHref, navigate } from "./router";

/** The import dialog, and a .json file dropped anywhere on the window opening it. */
export function ImportHost() {
  const { open, file, show, close } = useImportDialog();
  useFileDrop(show, !open);
  return (
    <ImportDialog
      open={open}
      file={file}
      onClose={close}
      onImportedMap={(id) => navigate(mapHref(id))}
    />
  );
}
