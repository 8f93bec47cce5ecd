import { useEffect, useRef, useState } from "react";
import { percentText } from "../domain/coverage";
import type { MapNames } from "../domain/createMap";
import { MAX_LENGTH } from "../domain/mapLimits";
import { cleanName } from "../domain/names";
import { coverageTrend, localDay, type TrendPoint } from "../domain/snapshots";
import { CoverageTrend } from "../panels/history/CoverageTrend";
import {
  createStoredMap,
  deleteStoredMap,
  duplicateStoredMap,
  renameStoredMap,
  useMapList,
} from "../persistence/hooks";
import type { MapSummary } from "../persistence/rows";
import { type SnapshotListing, useAllSnapshots } from "../persistence/snapshots";
import { showToast } from "../store/toasts";
import "./home.css";
import { NewMapDialog } from "./NewMapDialog";
import { mapHref, navigate } from "./router";

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The list of maps kept in this browser: create, open, rename, duplicate, delete. */
export function HomeScreen({ onImport }: { onImport?: () => void }) {
  const maps = useMapList();
  const snapshots = useAllSnapshots();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  const create = async (kind: "blank" | "sample", names?: MapNames) => {
    setBusy(true);
    try {
      navigate(mapHref(await createStoredMap(kind, undefined, names)));
    } catch (error) {
      showToast(`Could not create the map: ${(error as Error).message}`, { tone: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="home">
      <header className="home-header">
        <div className="home-brand">
          <img src="/favicon.svg" alt="" width="36" height="36" />
          <div>
            <h1>Peermap</h1>
            <p>Map who knows whom across an alliance, and see the gaps at once.</p>
          </div>
        </div>
        <div className="home-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            aria-haspopup="dialog"
            onClick={() => setAsking(true)}
          >
            New map
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => create("sample")}>
            Open the sample alliance
          </button>
          {onImport && (
            <button type="button" className="btn" onClick={onImport}>
              Import
            </button>
          )}
        </div>
      </header>
      <section className="home-list" aria-labelledby="home-maps-heading">
        <h2 id="home-maps-heading">Your maps</h2>
        {maps === undefined ? (
          <p className="home-empty">Loading your maps…</p>
        ) : maps.length === 0 ? (
          <div className="home-empty">
            <p>
              No maps yet. Start a new map, or open the sample alliance to see how Peermap works.
            </p>
          </div>
        ) : (
          <ul className="map-cards">
            {maps.map((summary) => (
              <MapCard key={summary.id} summary={summary} trend={trendOf(summary, snapshots)} />
            ))}
          </ul>
        )}
      </section>
      <NewMapDialog
        open={asking}
        busy={busy}
        onClose={() => setAsking(false)}
        onCreate={(names) => void create("blank", names)}
      />
    </main>
  );
}

/** Coverage at each of the map's snapshots, then now; none for a map without snapshots. */
function trendOf(
  summary: MapSummary,
  snapshots: SnapshotListing[] | undefined,
): TrendPoint[] | undefined {
  const own = snapshots?.filter((snapshot) => snapshot.mapId === summary.id) ?? [];
  if (own.length === 0) return undefined;
  const now = { date: localDay(new Date(summary.updatedAt)), coverage: summary.coverage };
  return coverageTrend(own, now);
}

function MapCard({ summary, trend }: { summary: MapSummary; trend?: TrendPoint[] }) {
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (renaming) input.current?.select();
  }, [renaming]);

  const rename = async (value: string) => {
    const name = cleanName(value);
    if (!name) {
      setError("A map needs a name.");
      return;
    }
    setRenaming(false);
    setError("");
    if (name !== summary.name) await renameStoredMap(summary.id, name);
  };

  const remove = async () => {
    if (!window.confirm(`Delete "${summary.name}"? You can undo this for a few seconds.`)) return;
    const restore = await deleteStoredMap(summary.id);
    showToast(`Deleted "${summary.name}".`, {
      tone: "info",
      timeout: 8000,
      action: { label: "Undo", run: () => void restore() },
    });
  };

  const duplicate = async () => {
    await duplicateStoredMap(summary.id);
    showToast(`Made a copy of "${summary.name}".`, { tone: "success" });
  };

  return (
    <li className="map-card">
      <div className="map-card-main">
        {renaming ? (
          <form
            className="map-card-rename"
            onSubmit={(e) => {
              e.preventDefault();
              void rename(input.current?.value ?? "");
            }}
          >
            <label className="visually-hidden" htmlFor={`rename-${summary.id}`}>
              New name for {summary.name}
            </label>
            <input
              id={`rename-${summary.id}`}
              ref={input}
              className="input"
              defaultValue={summary.name}
              maxLength={MAX_LENGTH.name}
              onKeyDown={(e) => e.key === "Escape" && setRenaming(false)}
              aria-invalid={error ? true : undefined}
            />
            <button type="submit" className="btn btn-sm btn-primary">
              Save
            </button>
            <button type="button" className="btn btn-sm" onClick={() => setRenaming(false)}>
              Cancel
            </button>
            {error && (
              <span className="error-text" role="alert">
                {error}
              </span>
            )}
          </form>
        ) : (
          <h3 className="map-card-name">
            <a href={mapHref(summary.id)}>{summary.name}</a>
          </h3>
        )}
        <p className="map-card-orgs">
          <span
            className="swatch"
            style={{ background: summary.orgs.a.color }}
            aria-hidden="true"
          />
          {summary.orgs.a.name}
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">and</span>
          <span
            className="swatch"
            style={{ background: summary.orgs.b.color }}
            aria-hidden="true"
          />
          {summary.orgs.b.name}
        </p>
      </div>
      <dl className="map-card-stats">
        <div>
          <dt>Coverage</dt>
          <dd>
            {percentText(summary.coverage)}{" "}
            {trend && <CoverageTrend points={trend} width={56} height={16} spark />}
          </dd>
        </div>
        <div>
          <dt>People</dt>
          <dd>{summary.peopleCount}</dd>
        </div>
        <div>
          <dt>Relationships</dt>
          <dd>{summary.relationshipCount}</dd>
        </div>
        <div>
          <dt>Last edited</dt>
          <dd>{when.format(new Date(summary.updatedAt))}</dd>
        </div>
      </dl>
      <div className="map-card-actions">
        <a
          className="btn btn-primary btn-sm"
          href={mapHref(summary.id)}
          aria-label={`Open ${summary.name}`}
        >
          Open
        </a>
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => setRenaming(true)}
          aria-label={`Rename ${summary.name}`}
        >
          Rename
        </button>
        <button
          type="button"
          className="btn btn-sm"
          onClick={duplicate}
          aria-label={`Duplicate ${summary.name}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="btn btn-sm btn-danger"
          onClick={remove}
          aria-label={`Delete ${summary.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
