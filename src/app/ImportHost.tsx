import { lazy, Suspense } from "react";
import { useFileDrop } from "../export/useFileDrop";
import { useImportDialog } from "./importDialogState";
import { mapHref, navigate } from "./router";

// Parsing files (zod schema, CSV) is loaded the first time someone imports.
const ImportDialog = lazy(() =>
  import("../export/ImportDialog").then((m) => ({ default: m.ImportDialog })),
);

/** The import dialog, and a .json file dropped anywhere on the window opening it. */
export function ImportHost() {
  const { open, file, show, close } = useImportDialog();
  useFileDrop(show, !open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ImportDialog
        open={open}
        file={file}
        onClose={close}
        onImportedMap={(id) => navigate(mapHref(id))}
      />
    </Suspense>
  );
}
