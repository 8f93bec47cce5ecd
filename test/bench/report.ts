/** The results table: figures, the bare baseline, their ratio, and the target with ✓ / ≈ / ✗. */

export type Target =
  /** ours / bare at most `max` (✓); at most `acceptable` is the least acceptable (≈). */
  | { kind: "ratio"; max: number; acceptable?: number; label: string }
  /** ours at most `max`, in the row's unit. */
  | { kind: "abs"; max: number; label: string };

export interface Row {
  scenario: string;
  map: string;
  unit: "ms" | "KB";
  /** null: not measured (e.g. the feature does not exist yet). */
  ours: number | null;
  bare?: number | null;
  note?: string;
  target?: Target;
}

export const ratioOf = (row: Row): number | null =>
  row.ours !== null && row.bare != null && row.bare > 0 ? row.ours / row.bare : null;

/** "✓" met, "≈" only the least acceptable met, "✗" missed, "n/a" nothing to judge, "" no target. */
export function verdict(row: Row): string {
  const { target } = row;
  if (!target) return "";
  if (row.ours === null) return "n/a";
  if (target.kind === "abs") return row.ours <= target.max ? "✓" : "✗";
  const ratio = ratioOf(row);
  if (ratio === null) return "n/a";
  if (ratio <= target.max) return "✓";
  return target.acceptable !== undefined && ratio <= target.acceptable ? "≈" : "✗";
}

const fmt = (value: number | null | undefined, unit: string): string =>
  value === null || value === undefined ? "-" : `${value.toFixed(1)} ${unit}`;

export function tableLines(rows: readonly Row[]): string[][] {
  return rows.map((row) => {
    const ratio = ratioOf(row);
    return [
      row.scenario,
      row.map,
      row.ours === null ? "n/a" : fmt(row.ours, row.unit),
      fmt(row.bare, row.unit),
      ratio === null ? "-" : `${ratio.toFixed(2)}x`,
      row.target?.label ?? "",
      verdict(row),
      row.note ?? "",
    ];
  });
}

export const HEADER = ["Scenario", "Map", "Peermap", "Bare RF", "Ratio", "Target", "", "Notes"];

export function printTable(rows: readonly Row[]): void {
  const lines = [HEADER, ...tableLines(rows)];
  const widths = HEADER.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  console.log(render(HEADER));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines.slice(1)) console.log(render(line));
  console.log("✓ target met, ≈ only the least acceptable met, ✗ missed. Ratio = Peermap / bare.");
}

/** The same table in Markdown, for docs/performance.md. */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replaceAll("|", "\\|");
  const lines = [HEADER, HEADER.map(() => "---"), ...tableLines(rows)];
  return lines.map((cells) => `| ${cells.map(esc).join(" | ")} |`).join("\n");
}
