import { useSaveStatus } from "../persistence/hooks";

/** "Saved", "Saving…" or "Not saved: <reason>": the one thing a worried facilitator looks for. */
export function SaveStatus() {
  const status = useSaveStatus();
  if (status === "saving") {
    return (
      <output className="save-status is-saving" aria-live="polite">
        Saving…
      </output>
    );
  }
  if (status === "saved") {
    return (
      <output className="save-status" aria-live="polite">
        Saved
      </output>
    );
  }
  return (
    <output className="save-status is-error" aria-live="assertive">
      Not saved: {status.error}
    </output>
  );
}
