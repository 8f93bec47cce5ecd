import { type CSSProperties, useEffect, useId, useRef, useState } from "react";
import { MAX_LENGTH } from "../../domain/mapLimits";
import type { OrgKey } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";
import { requireName } from "../shared/fieldRules";
import { TextField } from "../shared/TextField";
import { normaliseHex } from "./colour";

const LEGENDS: Readonly<Record<OrgKey, string>> = {
  a: "Our organisation (left)",
  b: "Partner organisation (right)",
};

const nameRequired = requireName("An organisation needs a name.");
const requireHex = (value: string) =>
  normaliseHex(value) ? null : "Use a colour code like #2563eb.";

/** Save a colour unless it is already the stored one (so closing the picker unchanged adds no undo step). */
function saveColour(org: OrgKey, color: string) {
  const state = useMapStore.getState();
  if (state.map && state.map.orgs[org].color.toLowerCase() !== color.toLowerCase()) {
    state.updateOrg(org, { color });
  }
}

/** One organisation: name, and colour as a picker plus its hex code. */
export function OrgSettings({ org }: { org: OrgKey }) {
  const organisation = useMapStore((s) => s.map?.orgs[org]);
  const colourId = useId();
  const colourRef = useRef<HTMLInputElement>(null);
  // While the picker is open the colour previews here; the map changes once, when it closes.
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    const input = colourRef.current;
    if (!input) return;
    // React's onChange is the DOM "input" event (every drag step); "change" fires once.
    const onChange = () => {
      setPreview(null);
      saveColour(org, input.value);
    };
    input.addEventListener("change", onChange);
    return () => input.removeEventListener("change", onChange);
  }, [org]);

  if (!organisation) return null;
  const colour = preview ?? organisation.color;

  return (
    <fieldset
      className="settings-group settings-org"
      style={{ "--settings-org": colour } as CSSProperties}
    >
      <legend className="settings-legend">
        <span className="settings-swatch" aria-hidden="true" />
        {LEGENDS[org]}
      </legend>
      <TextField
        label="Name"
        value={organisation.name}
        validate={nameRequired}
        maxLength={MAX_LENGTH.name}
        onCommit={(name) => useMapStore.getState().updateOrg(org, { name })}
      />
      <div className="settings-colour">
        <div className="field">
          <label className="field-label" htmlFor={colourId}>
            Colour
          </label>
          <input
            ref={colourRef}
            id={colourId}
            type="color"
            className="settings-colour-input"
            value={colour}
            onChange={(event) => setPreview(event.target.value)}
            onBlur={() => {
              if (preview) {
                setPreview(null);
                saveColour(org, preview);
              }
            }}
          />
        </div>
        <TextField
          label="Hex code"
          className="settings-hex"
          value={organisation.color}
          validate={requireHex}
          onCommit={(value) => {
            const hex = normaliseHex(value);
            if (hex) saveColour(org, hex);
          }}
        />
      </div>
    </fieldset>
  );
}
