export { checkMapInvariants, validateMap } from "../validateMap";
export { type FormatError, type FormatWarning, formatErrorText } from "./errors";
export { FORMAT_ID, LIMITS } from "./limits";
export {
  addActionsAndSnapshots,
  CURRENT_FORMAT_VERSION,
  MIGRATIONS,
  type Migration,
  type MigrationOptions,
  type MigrationResult,
  migrateFile,
} from "./migrations";
export { type ParseOptions, type ParseResult, parseMapFile } from "./parseMapFile";
export type { MapFile, MapFilePerson, MapFileRelationship, MapFileSnapshot } from "./schema";
export { type ExportText, exportText, serializeMap, toMapFile, utf8Bytes } from "./serializeMap";
