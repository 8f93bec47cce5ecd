import { describe, expect, it } from "vitest";
import { coverageScore } from "../../../src/domain/coverage";
import { LIMITS } from "../../../src/domain/format/limits";
import {
  byDate,
  checkDate,
  checkLabel,
  checkRoomFor,
  coverageTrend,
  dayText,
  localDay,
  restoredName,
  summariseMap,
} from "../../../src/domain/snapshots";
import { acmeMap } from "../persistence/helpers";

describe("snapshot rules", () => {
  it("takes a trimmed label and refuses a blank or overlong one", () => {
    expect(checkLabel("  Kick-off ")).toEqual({ ok: true, value: "Kick-off" });
    expect(checkLabel(" \u200b ").ok).toBe(false);
    expect(checkLabel("x".repeat(LIMITS.maxNameLength + 1)).ok).toBe(false);
  });

  it("takes real calendar dates only", () => {
    expect(checkDate("2026-03-12")).toEqual({ ok: true, value: "2026-03-12" });
    expect(checkDate("2026-02-30").ok).toBe(false);
    expect(checkDate("12/03/2026").ok).toBe(false);
  });

  it("has room up to the limit and says what to do at it", () => {
    expect(checkRoomFor(LIMITS.maxSnapshotsPerMap - 1).ok).toBe(true);
    const full = checkRoomFor(LIMITS.maxSnapshotsPerMap);
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.reason).toMatch(/Delete an old one/);
  });

  it("orders by review date, then by when saved", () => {
    const rows = [
      { date: "2026-06-01", takenAt: "2026-06-01T09:00:00Z" },
      { date: "2026-03-12", takenAt: "2026-06-02T09:00:00Z" },
      { date: "2026-06-01", takenAt: "2026-06-01T08:00:00Z" },
    ];
    expect([...rows].sort(byDate).map((r) => r.takenAt)).toEqual([
      "2026-06-02T09:00:00Z",
      "2026-06-01T08:00:00Z",
      "2026-06-01T09:00:00Z",
    ]);
  });

  it("reads dates the same everywhere", () => {
    expect(dayText("2026-03-12")).toBe("12 Mar 2026");
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });

  it("summarises with the domain's coverage and counts", () => {
    const map = acmeMap();
    expect(summariseMap(map)).toMatchObject({
      coverage: coverageScore(map),
      people: 3,
      links: 2,
    });
  });

  it("lists the trend by date, then now", () => {
    const trend = coverageTrend(
      [
        { label: "QBR", date: "2026-06-01", takenAt: "b", coverage: 80 },
        { label: "Kick-off", date: "2026-03-12", takenAt: "a", coverage: null },
      ],
      { date: "2026-07-01", coverage: 90 },
    );
    expect(trend.map((p) => [p.label, p.coverage])).toEqual([
      ["Kick-off", null],
      ["QBR", 80],
      ["Now", 90],
    ]);
  });

  it("names a restored map after its snapshot, within the name limit", () => {
    expect(restoredName("Acme x Globex", "Kick-off")).toBe("Acme x Globex (Kick-off)");
    expect(restoredName("x".repeat(LIMITS.maxNameLength), "QBR")).toHaveLength(
      LIMITS.maxNameLength,
    );
  });
});
