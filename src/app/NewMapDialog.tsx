import { type FormEvent, useEffect, useId, useState } from "react";
import { DEFAULT_MAP_NAME, type MapNames, mapNamesProblem } from "../domain/createMap";
import { MAX_LENGTH } from "../domain/mapLimits";
import { DEFAULT_ORGS } from "../domain/model";
import { DialogShell } from "../panels/shared/DialogShell";

export interface NewMapDialogProps {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onCreate: (names: MapNames) => void;
}

const FIELDS = [
  { key: "name", label: "Map name", placeholder: DEFAULT_MAP_NAME },
  { key: "a", label: "Your organisation", placeholder: DEFAULT_ORGS.a.name },
  { key: "b", label: "Partner organisation", placeholder: DEFAULT_ORGS.b.name },
] as const;

/**
 * "New map": the map's name and the two organisations' names, asked up front so the map opens
 * ready for the workshop. Enter creates, Escape cancels; a field left blank takes the name
 * shown in it.
 */
export function NewMapDialog({ open, busy, onClose, onCreate }: NewMapDialogProps) {
  const id = useId();
  const [names, setNames] = useState<MapNames>({});
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    if (open) {
      setNames({});
      setProblem(undefined);
    }
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refused = mapNamesProblem(names);
    setProblem(refused);
    if (!refused && !busy) onCreate(names);
  };

  return (
    <DialogShell
      open={open}
      onClose={onClose}
      title="New map"
      subtitle="Name the map and the two organisations whose people it maps."
      busy={busy}
      maxWidth={440}
      focusFirstField
      footer={
        <button type="submit" form={`${id}-form`} className="btn btn-primary" disabled={busy}>
          {busy ? "Creating…" : "Create map"}
        </button>
      }
    >
      <form id={`${id}-form`} className="new-map-form" onSubmit={submit} noValidate>
        {FIELDS.map((field) => (
          <label key={field.key} className="field">
            <span>{field.label}</span>
            <input
              value={names[field.key] ?? ""}
              placeholder={field.placeholder}
              maxLength={MAX_LENGTH.name}
              autoComplete="off"
              aria-invalid={problem && field.key !== "name" ? true : undefined}
              aria-describedby={problem && field.key !== "name" ? `${id}-problem` : `${id}-hint`}
              onChange={(event) => {
                setNames((typed) => ({ ...typed, [field.key]: event.target.value }));
                setProblem(undefined);
              }}
            />
          </label>
        ))}
        {problem ? (
          <p id={`${id}-problem`} role="alert" className="error-text">
            {problem}
          </p>
        ) : (
          <p id={`${id}-hint`} className="new-map-hint">
            A blank field takes the name shown in it. You can change all three later in Map
            settings.
          </p>
        )}
      </form>
    </DialogShell>
  );
}
