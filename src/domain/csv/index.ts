export { CSV_BOM, escapeCsvField, toCsv } from "./csvText";
export {
  NOBODY,
  PEER_TABLE_GAPS,
  PEER_TABLE_HEADERS,
  type PeerTableRow,
  peerTableCsv,
  peerTableRows,
} from "./peerTable";
export { MAX_ROSTER_ROWS, parseRoster, type RosterPreview, type RosterRow } from "./roster";
export {
  applyRosterImport,
  planRosterImport,
  type RosterImportOptions,
  type RosterImportPlan,
} from "./rosterApply";
