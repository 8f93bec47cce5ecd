import { memo } from "react";
import type { Gap, GapSeverity } from "../../domain/gaps";
import { SEVERITY_NAMES } from "../../domain/gaps";
import { SubjectActions } from "../actions/SubjectActions";
import { sameGap } from "./gapList";

/** Distinct shapes per severity (circle, triangle, "i"), so colour is never the only cue. */
export function SeverityIcon({ severity }: { severity: GapSeverity }) {
  return (
    <svg
      className={`gaps-icon gaps-icon-${severity}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
    >
      {severity === "critical" && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M8 3.8v5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
          <circle cx="8" cy="11.8" r="1.2" fill="#fff" />
        </>
      )}
      {severity === "warning" && (
        <>
          <path d="M8 1 15.5 14.5H.5Z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 5.8v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.2" r="1.1" fill="#fff" />
        </>
      )}
      {severity === "info" && (
        <>
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="8" cy="4.9" r="1.1" fill="currentColor" />
          <path d="M8 7.4v4.4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

export interface GapItemProps {
  gap: Gap;
  /** The selection is exactly this gap's people. */
  active: boolean;
  onActivate: (gap: Gap) => void;
}

export const GapItem = memo(
  function GapItem({ gap, active, onActivate }: GapItemProps) {
    return (
      <li className={`gaps-item gaps-item-${gap.severity}`}>
        <button
          type="button"
          className={active ? "gaps-row is-active" : "gaps-row"}
          aria-current={active ? "true" : undefined}
          onClick={() => onActivate(gap)}
        >
          <SeverityIcon severity={gap.severity} />
          <span className="gaps-message">
            <span className="visually-hidden">{SEVERITY_NAMES[gap.severity]}: </span>
            {gap.message}
          </span>
        </button>
        <SubjectActions about={{ kind: "gap", id: gap.id }} label={gap.message} />
      </li>
    );
  },
  (p, q) => p.active === q.active && p.onActivate === q.onActivate && sameGap(p.gap, q.gap),
);
