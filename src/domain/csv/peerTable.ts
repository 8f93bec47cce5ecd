/**
 * The peer table as CSV: the map as a spreadsheet a facilitator can hand out after a workshop
 * (its rows: peerTableRows.ts).
 */
import { DEFAULT_ORGS, type OrgKey, type PeerMap } from "../model";
import { toCsv } from "./csvText";
import { type PeerTableRow, peerTableRows } from "./peerTableRows";

/**
 * The header row, naming the organisations ("Acme person", "Globex tier") so nobody has to
 * guess which side is "ours". The row's tier is our person's (or, on a gap row, the gap's).
 */
export function peerTableHeaders(map: PeerMap): string[] {
  const org = (key: OrgKey) => map.orgs[key].name.trim() || DEFAULT_ORGS[key].name;
  const [a, b] = [org("a"), org("b")];
  return [
    "Tier",
    `${a} person`,
    `${a} title`,
    `${b} person`,
    `${b} title`,
    `${b} tier`,
    "Strength",
    "Strength label",
    "Target",
    "Last contact",
    "Notes",
    "Gap",
    "Gap details",
    "Actions",
  ];
}

const cells = (row: PeerTableRow): string[] => [
  row.tier,
  row.ourPerson,
  row.ourTitle,
  row.theirPerson,
  row.theirTitle,
  row.theirTier,
  row.strength,
  row.strengthLabel,
  row.target,
  row.lastContact,
  row.notes,
  row.gap,
  row.gapDetails,
  row.actions,
];

/**
 * The peer table as CSV: the headers, then {@link peerTableRows}. Given `today` (YYYY-MM-DD),
 * actions past their due date say "(overdue)".
 */
export function peerTableCsv(map: PeerMap, today = ""): string {
  return toCsv([peerTableHeaders(map), ...peerTableRows(map, today).map(cells)]);
}
