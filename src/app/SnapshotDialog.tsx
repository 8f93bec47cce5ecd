import { type FormEvent, useId, useState } from "react";
import { MAX_LENGTH } from "../domain/mapLimits";
import { checkDate, checkLabel, dayText, localDay } from "../domain/snapshots";
import { DialogShell } from "../panels/shared/DialogShell";
import { renameSnapshot, saveSnapshot } from "../persistence/snapshots";
import { useMapStore } from "../store/mapStore";
import { showToast } from "../store/toasts";
import { type SnapshotDialog as Dialog, useSnapshotUi } from "./snapshotState";

/** "Save snapshot" (label and review date, today by default) and "Rename snapshot". */
export function SnapshotDialog() {
  const dialog = useSnapshotUi((s) => s.dialog);
  const close = () => useSnapshotUi.setState({ dialog: null });
  return dialog ? <SnapshotForm dialog={dialog} onClose={close} /> : null;
}

function SnapshotForm({ dialog, onClose }: { dialog: Dialog; onClose: () => void }) {
  const id = useId();
  const saving = dialog.kind === "save";
  const [label, setLabel] = useState(saving ? "" : dialog.label);
  const [date, setDate] = useState(() => localDay(new Date()));
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkLabel(label);
    const day = checkDate(date);
    if (!checked.ok || (saving && !day.ok)) {
      setProblem(!checked.ok ? checked.reason : !day.ok ? day.reason : undefined);
      return;
    }
    setBusy(true);
    const map = useMapStore.getState().map;
    const result = saving
      ? map
        ? await saveSnapshot(map, checked.value, date)
        : { ok: false as const, reason: "No map is open." }
      : await renameSnapshot(dialog.id, checked.value);
    setBusy(false);
    if (!result.ok) return setProblem(result.reason);
    showToast(
      saving
        ? `Saved snapshot "${checked.value}" (${dayText(date)}). Find it in History.`
        : `Renamed the snapshot to "${checked.value}".`,
      { tone: "success" },
    );
    onClose();
  };

  return (
    <DialogShell
      open
      onClose={onClose}
      title={saving ? "Save snapshot" : "Rename snapshot"}
      subtitle={
        saving ? "A frozen copy of the map as it is now, to compare with later reviews." : undefined
      }
      busy={busy}
      maxWidth={420}
      focusFirstField
      footer={
        <button type="submit" form={`${id}-form`} className="btn btn-primary" disabled={busy}>
          {saving ? (busy ? "Saving…" : "Save snapshot") : "Rename"}
        </button>
      }
    >
      <form id={`${id}-form`} className="new-map-form" onSubmit={submit} noValidate>
        <label className="field">
          <span>Label</span>
          <input
            value={label}
            placeholder="e.g. Kick-off, QBR Q3 2026"
            maxLength={MAX_LENGTH.name}
            autoComplete="off"
            required
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setLabel(event.target.value);
              setProblem(undefined);
            }}
          />
        </label>
        {saving && (
          <label className="field">
            <span>Date of the review</span>
            <input
              type="date"
              value={date}
              required
              onChange={(event) => {
                setDate(event.target.value);
                setProblem(undefined);
              }}
            />
          </label>
        )}
        {problem && (
          <p id={`${id}-problem`} role="alert" className="error-text">
            {problem}
          </p>
        )}
      </form>
    </DialogShell>
  );
}
