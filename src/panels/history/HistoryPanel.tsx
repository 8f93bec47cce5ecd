import "./history.css";
import { percentText } from "../../domain/coverage";
import { byDate, dayText, type TrendPoint } from "../../domain/snapshots";
import { CompareTwo } from "./CompareTwo";
import { CoverageTrend } from "./CoverageTrend";

/** A snapshot as listed (its summary, not its map). */
export interface HistoryItem {
  id: string;
  label: string;
  date: string;
  takenAt: string;
  coverage: number | null;
  people: number;
  links: number;
  openGaps: number;
}

export interface HistoryPanelProps {
  /** undefined while loading. */
  items: readonly HistoryItem[] | undefined;
  trend: readonly TrendPoint[];
  viewingId: string | undefined;
  onSave: () => void;
  onOpen: (id: string) => void;
  onCompareWithNow: (id: string) => void;
  /** Two snapshots, in either order: the earlier is compared with the later. */
  onCompare: (firstId: string, secondId: string) => void;
  onRestore: (id: string) => void;
  onRename: (id: string) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The map's snapshots, newest first, with the coverage trend; what to do with each. */
export function HistoryPanel(props: HistoryPanelProps) {
  const { items, trend, viewingId } = props;
  const newestFirst = items ? [...items].sort(byDate).reverse() : undefined;
  return (
    <section className="panel history-panel" aria-labelledby="history-title">
      <div className="history-head">
        <h2 id="history-title">History</h2>
        <button
          type="button"
          className="btn btn-sm"
          onClick={props.onSave}
          disabled={viewingId !== undefined}
        >
          Save snapshot
        </button>
        <button
          type="button"
          className="btn btn-sm"
          onClick={props.onClose}
          aria-label="Close History"
        >
          Close
        </button>
      </div>
      {newestFirst && newestFirst.length > 0 && (
        <CoverageTrend points={trend} width={260} height={72} />
      )}
      {newestFirst && newestFirst.length > 1 && (
        <CompareTwo items={newestFirst} onCompare={props.onCompare} />
      )}
      {newestFirst === undefined && <p className="history-empty">Loading snapshots…</p>}
      {newestFirst?.length === 0 && (
        <p className="history-empty">
          No snapshots yet. Save one at each review (Ctrl/Cmd+S) to see how the alliance moves.
        </p>
      )}
      <ol className="history-list" aria-label="Snapshots, newest first">
        {newestFirst?.map((item) => (
          <li
            key={item.id}
            className={item.id === viewingId ? "history-item is-viewing" : "history-item"}
          >
            <div className="history-item-title">
              <strong>{item.label}</strong> <span>{dayText(item.date)}</span>
            </div>
            <p className="history-item-counts">
              Coverage {percentText(item.coverage)} · {plural(item.people, "person", "people")} ·{" "}
              {plural(item.links, "link", "links")} ·{" "}
              {plural(item.openGaps, "open gap", "open gaps")}
            </p>
            <div className="history-item-actions">
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => props.onOpen(item.id)}
                disabled={item.id === viewingId}
                aria-label={`Open ${item.label}`}
              >
                Open
              </button>
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => props.onCompareWithNow(item.id)}
                aria-label={`Compare ${item.label} with now`}
              >
                Compare with now
              </button>
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => props.onRestore(item.id)}
                aria-label={`Restore ${item.label} as a new map`}
              >
                Restore as new map
              </button>
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => props.onRename(item.id)}
                aria-label={`Rename ${item.label}`}
              >
                Rename
              </button>
              <button
                type="button"
                className="btn btn-sm btn-danger"
                onClick={() => props.onDelete(item.id)}
                aria-label={`Delete ${item.label}`}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
