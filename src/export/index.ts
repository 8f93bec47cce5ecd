/** Share and present: exports (JSON, CSV peer table, gap report, PNG) and imports. */
export {
  copyGapReport,
  downloadBlob,
  downloadGapReport,
  exportJson,
  exportPeerTable,
  gapReportFor,
  localDate,
  safeFileName,
} from "./download";
export { ExportPngDialog, type ExportPngDialogProps } from "./ExportPngDialog";
export { ImportDialog, type ImportDialogProps } from "./ImportDialog";
export { type ImportFileResult, readImportFile } from "./importFile";
export {
  type ImportChoice,
  importedCopy,
  type MapImportStorage,
  storeImportedMap,
} from "./importMap";
export { canCopyImages, fitScale, mapPictureGeometry, renderMapPng } from "./png";
export { remapIds } from "./remapIds";
export { useFileDrop } from "./useFileDrop";
