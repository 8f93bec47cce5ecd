import { useId } from "react";
import { useAudience } from "./audience";
import "./partnerSwitch.css";

export const PARTNER_SWITCH_LABEL = "For the partner's eyes";
const WHAT_IT_DOES = "Leaves out notes, emails and links inside one organisation.";

/**
 * The "For the partner's eyes" switch, the same one wherever an export starts; `explained`
 * spells out what it leaves out (where there is room), otherwise a tooltip does.
 */
export function PartnerSafeSwitch({ explained = false }: { explained?: boolean }) {
  const forPartner = useAudience((s) => s.forPartner);
  const setForPartner = useAudience((s) => s.setForPartner);
  const hintId = useId();
  return (
    <span className={`partner-switch${forPartner ? " is-on" : ""}`}>
      <label title={explained ? undefined : WHAT_IT_DOES}>
        <input
          type="checkbox"
          role="switch"
          checked={forPartner}
          aria-checked={forPartner}
          onChange={(event) => setForPartner(event.target.checked)}
          aria-describedby={hintId}
        />
        {PARTNER_SWITCH_LABEL}
      </label>
      <span id={hintId} className={explained ? "partner-switch-hint" : "visually-hidden"}>
        {WHAT_IT_DOES}
      </span>
    </span>
  );
}
