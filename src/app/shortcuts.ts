/**
 * Every keyboard shortcut, once: the key handler (useHotkeys) matches keys against this table
 * and the keyboard help lists it, so the help cannot drift from the keys.
 */

export type ShortcutId =
  | "undo"
  | "redo"
  | "rate"
  | "delete"
  | "clearSelection"
  | "find"
  | "focusPerson";

export interface Shortcut {
  id: ShortcutId;
  /** The keys as shown to people, one entry per alternative ("Ctrl/Cmd+Z"). */
  keys: readonly string[];
  /** What it does, as a facilitator would say it. */
  description: string;
  group: "Editing" | "History" | "Selection" | "Find and focus";
  /** Whether a key press is this shortcut. */
  matches: (event: KeyPress) => boolean;
}

/** The parts of a KeyboardEvent the table looks at (a plain object in unit tests). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const mod = (e: KeyPress) => e.ctrlKey || e.metaKey;
const plain = (e: KeyPress) => !e.ctrlKey && !e.metaKey && !e.altKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: "undo",
    keys: ["Ctrl/Cmd+Z"],
    description: "Undo",
    group: "History",
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "z",
  },
  {
    id: "redo",
    keys: ["Ctrl/Cmd+Shift+Z", "Ctrl+Y"],
    description: "Redo",
    group: "History",
    matches: (e) =>
      mod(e) && ((e.shiftKey && e.key.toLowerCase() === "z") || e.key.toLowerCase() === "y"),
  },
  {
    id: "rate",
    keys: ["1", "2", "3", "4", "5"],
    description: "Rate the selected relationship (1 Strained … 5 Trusted)",
    group: "Editing",
    matches: (e) => plain(e) && /^[1-5]$/.test(e.key),
  },
  {
    id: "delete",
    keys: ["Delete", "Backspace"],
    description: "Delete the selected people or relationships",
    group: "Editing",
    matches: (e) => plain(e) && (e.key === "Delete" || e.key === "Backspace"),
  },
  {
    id: "clearSelection",
    keys: ["Esc"],
    description: "Clear the focus, or else the selection",
    group: "Selection",
    matches: (e) => e.key === "Escape",
  },
  {
    id: "find",
    keys: ["Ctrl/Cmd+K", "/"],
    description: "Find a person by name, title, organisation or tier",
    group: "Find and focus",
    matches: (e) =>
      (mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "k") ||
      (plain(e) && e.key === "/"),
  },
  {
    id: "focusPerson",
    keys: ["F"],
    description: "Focus on the selected person (dims the rest); F again clears it",
    group: "Find and focus",
    matches: (e) => plain(e) && e.key.toLowerCase() === "f",
  },
];

/** The first shortcut a key press is, if any. */
export function shortcutFor(event: KeyPress): Shortcut | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.matches(event));
}
