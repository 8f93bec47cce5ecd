import { useId, useState } from "react";
import { dayText } from "../../domain/snapshots";
import type { HistoryItem } from "./HistoryPanel";

interface CompareTwoProps {
  /** Newest first, at least two. */
  items: readonly HistoryItem[];
  onCompare: (firstId: string, secondId: string) => void;
}

/** Picks two snapshots to compare; by default the two latest reviews. */
export function CompareTwo({ items, onCompare }: CompareTwoProps) {
  const id = useId();
  const [from, setFrom] = useState<string | undefined>(undefined);
  const [to, setTo] = useState<string | undefined>(undefined);
  const known = (value: string | undefined) => items.some((item) => item.id === value);
  // A pick whose snapshot was deleted (here or in another tab) falls back to the default.
  const fromId = known(from) ? from : items[1]?.id;
  const toId = known(to) ? to : items[0]?.id;
  const options = items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.label} ({dayText(item.date)})
    </option>
  ));
  return (
    <form
      className="history-compare"
      aria-label="Compare two snapshots"
      onSubmit={(event) => {
        event.preventDefault();
        if (fromId && toId && fromId !== toId) onCompare(fromId, toId);
      }}
    >
      <label htmlFor={`${id}-from`}>Compare</label>
      <select id={`${id}-from`} value={fromId} onChange={(e) => setFrom(e.target.value)}>
        {options}
      </select>
      <label htmlFor={`${id}-to`}>with</label>
      <select id={`${id}-to`} value={toId} onChange={(e) => setTo(e.target.value)}>
        {options}
      </select>
      <button type="submit" className="btn btn-sm" disabled={!fromId || fromId === toId}>
        Compare
      </button>
    </form>
  );
}
