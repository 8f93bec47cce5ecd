/**
 * Snapshots: a frozen copy of a map at a review ("Kick-off", "QBR Q3 2026"), with the date the
 * review was held. The rules here (label, date, order, summary, trend) are pure; storage lives
 * in src/persistence/snapshotRepository.ts.
 */
import { coverageScore } from "./coverage";
import { isCalendarDate } from "./format/fields";
import { LIMITS } from "./format/limits";
import { analyseMap } from "./gaps";
import type { PeerMap } from "./model";
import { cleanName } from "./names";

export interface Snapshot {
  id: string;
  mapId: string;
  label: string;
  /** The day of the review, YYYY-MM-DD (may be in the past: a review recorded later). */
  date: string;
  /** When it was saved (ISO timestamp); orders snapshots of the same date. */
  takenAt: string;
  map: PeerMap;
}

/** What the History panel lists for a snapshot without analysing its map again. */
export interface SnapshotSummary {
  coverage: number | null;
  people: number;
  links: number;
  openGaps: number;
}

export function summariseMap(map: PeerMap): SnapshotSummary {
  return {
    coverage: coverageScore(map),
    people: map.people.length,
    links: map.relationships.length,
    openGaps: analyseMap(map).gaps.length,
  };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export function checkLabel(text: string): Checked<string> {
  const label = cleanName(text);
  if (label === undefined)
    return { ok: false, reason: "Give the snapshot a label, e.g. Kick-off." };
  if (label.length > LIMITS.maxNameLength) {
    return { ok: false, reason: `Keep the label under ${LIMITS.maxNameLength} characters.` };
  }
  return { ok: true, value: label };
}

export function checkDate(text: string): Checked<string> {
  return isCalendarDate(text)
    ? { ok: true, value: text }
    : { ok: false, reason: "Enter a real date, e.g. 2026-03-12." };
}

/** Refuses another snapshot once a map has as many as it may keep. */
export function checkRoomFor(count: number): Checked<number> {
  return count < LIMITS.maxSnapshotsPerMap
    ? { ok: true, value: count + 1 }
    : {
        ok: false,
        reason: `This map already has ${LIMITS.maxSnapshotsPerMap} snapshots, the most it can keep. Delete an old one in History, then save again.`,
      };
}

/** The local calendar day of a moment, YYYY-MM-DD (a review's default date: today). */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

type Ordered = Pick<Snapshot, "date" | "takenAt">;

/** Oldest first: by review date, then by when saved. */
export const byDate = (a: Ordered, b: Ordered): number =>
  a.date === b.date ? compareText(a.takenAt, b.takenAt) : compareText(a.date, b.date);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "12 Mar 2026", the same in every locale, from YYYY-MM-DD. */
export function dayText(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
  return `${day} ${months[(month ?? 1) - 1] ?? ""} ${year}`;
}

export interface TrendPoint {
  label: string;
  date: string;
  coverage: number | null;
}

/** Coverage over time: every snapshot by date, then now. */
export function coverageTrend(
  snapshots: readonly (Ordered & { label: string; coverage: number | null })[],
  now: { date: string; coverage: number | null },
): TrendPoint[] {
  const points = [...snapshots]
    .sort(byDate)
    .map(({ label, date, coverage }) => ({ label, date, coverage }));
  return [...points, { label: "Now", ...now }];
}

/** The name of a map restored from a snapshot: "<map> (<label>)", kept within the name limit. */
export function restoredName(mapName: string, label: string): string {
  const name = `${mapName} (${label})`;
  return name.length <= LIMITS.maxNameLength ? name : `${name.slice(0, LIMITS.maxNameLength - 1)}…`;
}
