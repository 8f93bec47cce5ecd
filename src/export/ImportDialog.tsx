import { type DragEvent, useEffect, useId, useMemo, useState } from "react";
import { parseRoster, type RosterChoices } from "../domain/csv/roster";
import { applyRosterImport, planRosterImport } from "../domain/csv/rosterApply";
import { formatErrorText } from "../domain/format";
import type { Snapshot } from "../domain/snapshots";
import { DialogShell } from "../panels/shared/DialogShell";
import { importStoredMap, openStoredMap, replaceStoredMap, useMapList } from "../persistence/hooks";
import { importSnapshots } from "../persistence/snapshots";
import { useMapStore } from "../store/mapStore";
import { showToast } from "../store/toasts";
import "./export.css";
import { type ImportFileResult, readImportFile } from "./importFile";
import { type ImportChoice, storeImportedMap } from "./importMap";
import { RosterImportPreview } from "./RosterImportPreview";

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** A map file was stored under this id: open it. */
  onImportedMap: (id: string) => void;
  /** A file to read at once, e.g. one dropped on the window (see useFileDrop). */
  file?: File | null;
}

/** Problems listed in the alert; the rest are counted. */
const SHOWN_ERRORS = 5;

type State =
  | { step: "choose" }
  | { step: "reading"; name: string }
  | { step: "read"; name: string; result: ImportFileResult };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function ImportError({ result }: { result: Extract<ImportFileResult, { kind: "error" }> }) {
  const more = result.errorCount - Math.min(result.errors.length, SHOWN_ERRORS);
  return (
    <div className="export-alert" role="alert">
      <p>{result.message}</p>
      {result.errors.length > 0 && (
        <ul>
          {result.errors.slice(0, SHOWN_ERRORS).map((error) => (
            <li key={`${error.path}:${error.message}`}>{formatErrorText(error)}</li>
          ))}
          {more > 0 && <li>…and {plural(more, "more problem")}.</li>}
        </ul>
      )}
      <p>Nothing was changed.</p>
    </div>
  );
}

/** The map is stored by then: a failure here keeps it, and says its snapshots are missing. */
async function storeSnapshots(snapshots: readonly Snapshot[]): Promise<void> {
  const stored = await importSnapshots(snapshots);
  if (!stored.ok) {
    showToast(`The map was imported, but not all of its snapshots: ${stored.reason}`, {
      tone: "error",
      timeout: 0,
    });
  }
}

/**
 * "Import": a Peermap map file (.json) becomes a stored map (as a copy, or replacing the
 * stored map with the same id); a spreadsheet of people (.csv) is previewed and added to the
 * open map in one undoable step. A bad file changes nothing and says what is wrong.
 */
export function ImportDialog({ open, onClose, onImportedMap, file }: ImportDialogProps) {
  const [state, setState] = useState<State>({ step: "choose" });
  const [choice, setChoice] = useState<ImportChoice>("copy");
  const [createTiers, setCreateTiers] = useState(true);
  const [choices, setChoices] = useState<RosterChoices>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const openMap = useMapStore((s) => s.map);
  const storedMaps = useMapList();
  const inputId = useId();

  const read = async (picked: File) => {
    setState({ step: "reading", name: picked.name });
    setFailure(null);
    setChoice("copy");
    setChoices({});
    const result = await readImportFile(picked, useMapStore.getState().map);
    // New tiers are offered ticked only when some value found no close tier.
    setCreateTiers(result.kind !== "roster" || result.preview.newTiers.length > 0);
    setState({ step: "read", name: picked.name, result });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: read a newly handed file once
  useEffect(() => {
    if (open && file) void read(file);
  }, [open, file]);
  useEffect(() => {
    if (!open) {
      setState({ step: "choose" });
      setFailure(null);
      setBusy(false);
    }
  }, [open]);

  const result = state.step === "read" ? state.result : null;
  // Read again with the user's answers; the open map itself is not touched until "Add".
  const preview = useMemo(
    () =>
      result?.kind === "roster" && openMap ? parseRoster(result.text, openMap, choices) : null,
    [result, openMap, choices],
  );
  const plan = useMemo(
    () => (preview ? planRosterImport(preview, createTiers) : null),
    [preview, createTiers],
  );
  const existing =
    result?.kind === "map" ? storedMaps?.find((m) => m.id === result.map.id) : undefined;

  const importMap = async ({ map, snapshots }: Extract<ImportFileResult, { kind: "map" }>) => {
    setBusy(true);
    setFailure(null);
    try {
      const wasOpen = useMapStore.getState().map?.id === map.id;
      const storage = { importStoredMap, replaceStoredMap, importSnapshots: storeSnapshots };
      const id = await storeImportedMap(map, existing !== undefined, choice, storage, snapshots);
      // Replacing the open map stopped saving it; show the new version in its place.
      if (wasOpen && id === map.id) await openStoredMap(id);
      showToast(`Imported "${map.name}".`, { tone: "success" });
      onImportedMap(id);
      onClose();
    } catch (error) {
      setFailure(
        `Could not store the map: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    } finally {
      setBusy(false);
    }
  };

  const addPeople = (text: string) => {
    const current = useMapStore.getState().map;
    if (!current) return;
    // Read again against the map as it is now, in case it changed since the preview.
    const next = applyRosterImport(current, parseRoster(text, current, choices), { createTiers });
    const added = next.people.length - current.people.length;
    if (added > 0) useMapStore.getState().replaceMap(next);
    showToast(
      `Added ${plural(added, "person", "people")} to the map, each in their tier. Undo takes ${added === 1 ? "it" : "them all"} back.`,
      { tone: "success" },
    );
    onClose();
  };

  const onDrop = (event: DragEvent) => {
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return;
    event.preventDefault();
    void read(dropped);
  };

  let footer = null;
  if (result?.kind === "map") {
    footer = (
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy || storedMaps === undefined}
        onClick={() => void importMap(result)}
      >
        {busy ? "Importing…" : "Import map"}
      </button>
    );
  } else if (result?.kind === "roster" && plan && preview) {
    footer = (
      <button
        type="button"
        className="btn btn-primary"
        disabled={plan.add.length === 0 || preview.errors.length > 0 || !openMap}
        onClick={() => addPeople(result.text)}
      >
        Add {plural(plan.add.length, "person", "people")}
      </button>
    );
  }

  return (
    <DialogShell
      open={open}
      onClose={onClose}
      title="Import"
      busy={busy}
      maxWidth={result?.kind === "roster" ? 960 : 520}
      footer={footer}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file button does the same */}
      <div
        className={`import-drop${over ? " is-over" : ""}`}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes("Files")) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label className="btn" htmlFor={inputId}>
          Choose a file…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onChange={(event) => {
            const picked = event.target.files?.[0];
            event.target.value = "";
            if (picked) void read(picked);
          }}
        />
        <p className="export-hint">
          or drop it here. A Peermap map (.json) opens as a map of its own; a spreadsheet of people
          (.csv with a header row, say from Excel or an HR system) adds them to the open map: you
          choose which column is which before anything changes.
        </p>
      </div>

      {state.step === "reading" && (
        <p className="export-status" role="status">
          Reading {state.name}…
        </p>
      )}
      {result?.kind === "error" && <ImportError result={result} />}
      {result?.kind === "map" && (
        <>
          <p className="import-summary">
            <strong>{result.map.name}</strong>: {result.map.orgs.a.name} × {result.map.orgs.b.name},{" "}
            {plural(result.map.people.length, "person", "people")},{" "}
            {plural(result.map.relationships.length, "relationship")}.
          </p>
          {result.warnings.length > 0 && (
            <p className="export-hint">
              Fixed while reading: {result.warnings.slice(0, 3).map(formatErrorText).join("; ")}
            </p>
          )}
          {existing && (
            <fieldset className="export-group">
              <legend>"{existing.name}" is already stored in this browser</legend>
              <label className="export-choice">
                <input
                  type="radio"
                  name="import-choice"
                  checked={choice === "copy"}
                  disabled={busy}
                  onChange={() => setChoice("copy")}
                />
                Import as a copy
              </label>
              <label className="export-choice">
                <input
                  type="radio"
                  name="import-choice"
                  checked={choice === "replace"}
                  disabled={busy}
                  onChange={() => setChoice("replace")}
                />
                Replace the stored map
              </label>
            </fieldset>
          )}
        </>
      )}
      {preview && plan && openMap && (
        <RosterImportPreview
          fileName={state.step === "read" ? state.name : ""}
          preview={preview}
          plan={plan}
          orgs={openMap.orgs}
          tiers={openMap.tiers}
          onChoicesChange={setChoices}
          createTiers={createTiers}
          onCreateTiersChange={setCreateTiers}
        />
      )}
      {failure && (
        <p className="export-alert" role="alert">
          {failure}
        </p>
      )}
    </DialogShell>
  );
}
