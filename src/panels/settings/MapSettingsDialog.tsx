import "./MapSettingsDialog.css";
import { useId } from "react";
import { MAX_LENGTH } from "../../domain/mapLimits";
import { isStrength, STRENGTHS, strengthLabel } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";
import { DialogShell } from "../shared/DialogShell";
import { requireName } from "../shared/fieldRules";
import { TextField } from "../shared/TextField";
import { OrgSettings } from "./OrgSettings";
import { TierSettings } from "./TierSettings";

export interface MapSettingsDialogProps {
  open: boolean;
  /** Called whenever the dialog closes: Close button, Escape, or `open` turning false. */
  onClose: () => void;
}

const nameRequired = requireName("A map needs a name.");

function SettingsBody() {
  const name = useMapStore((s) => s.map?.name);
  const threshold = useMapStore((s) => s.map?.settings.healthyThreshold);
  const ids = { threshold: useId(), thresholdHint: useId() };
  if (name === undefined || threshold === undefined) {
    return <p className="settings-hint">No map is open.</p>;
  }
  return (
    <>
      <TextField
        label="Map name"
        value={name}
        validate={nameRequired}
        maxLength={MAX_LENGTH.name}
        onCommit={(value) => useMapStore.getState().renameMap(value)}
      />
      <div className="settings-orgs">
        <OrgSettings org="a" />
        <OrgSettings org="b" />
      </div>
      <TierSettings />
      <div className="field settings-threshold">
        <label className="field-label" htmlFor={ids.threshold}>
          Healthy from
        </label>
        <select
          id={ids.threshold}
          value={threshold}
          aria-describedby={ids.thresholdHint}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (isStrength(value)) useMapStore.getState().setHealthyThreshold(value);
          }}
        >
          {STRENGTHS.map((strength) => (
            <option key={strength} value={strength}>
              {strengthLabel(strength)}
            </option>
          ))}
        </select>
        <p id={ids.thresholdHint} className="settings-hint">
          A relationship counts as healthy from this strength up.
        </p>
      </div>
    </>
  );
}

/**
 * Map name, organisations, tiers and the healthy threshold, as a modal dialog. Every edit
 * applies at once and is its own undo step; invalid input is explained and not applied.
 */
export function MapSettingsDialog({ open, onClose }: MapSettingsDialogProps) {
  return (
    <DialogShell
      open={open}
      onClose={onClose}
      title="Map settings"
      subtitle="Changes apply at once. Undo takes back one change at a time."
      maxWidth={600}
      focusFirstField
      primaryClose
    >
      <SettingsBody />
    </DialogShell>
  );
}
