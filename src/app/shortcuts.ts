/**
 * Every keyboard shortcut, once: the key handler (useHotkeys) matches keys against this table
 * and the keyboard help lists it, so the help cannot drift from the keys.
 */

export type ShortcutId =
  | "undo"
  | "redo"
  | "rate"
  | "delete"
  | "link"
  | "clearSelection"
  | "find"
  | "focusPerson"
  | "present"
  | "leavePresent"
  | "revealNext"
  | "hideLast"
  | "showAll"
  | "addPerson"
  | "keyboardHelp"
  | "saveSnapshot";

/** Where a shortcut applies: the editor, or present mode (the editor with its chrome hidden). */
export type ShortcutMode = "editing" | "presenting";

/** The help lists the groups in this order. */
export const SHORTCUT_GROUPS = [
  "Editing",
  "Selection",
  "Find and focus",
  "History",
  "Presenting",
  "Help",
] as const;

export interface Shortcut {
  id: ShortcutId;
  /** The keys as shown to people, one entry per alternative ("Ctrl/Cmd+Z"). */
  keys: readonly string[];
  /** What it does, as a facilitator would say it. */
  description: string;
  group: (typeof SHORTCUT_GROUPS)[number];
  /** Only in this mode; a shortcut without one works in both. */
  when?: ShortcutMode;
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
    id: "saveSnapshot",
    keys: ["Ctrl/Cmd+S"],
    description: "Save a snapshot of the map (for a review: Kick-off, QBR…)",
    group: "History",
    when: "editing",
    matches: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "s",
  },
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
    id: "link",
    keys: ["L"],
    description:
      "Link the selected person (or the next one clicked) to the next one clicked, then rate it; Esc cancels",
    group: "Editing",
    when: "editing",
    matches: (e) => plain(e) && e.key.toLowerCase() === "l",
  },
  {
    id: "present",
    keys: ["P"],
    description: "Present the map full screen, without the panels",
    group: "Presenting",
    when: "editing",
    matches: (e) => plain(e) && e.key.toLowerCase() === "p",
  },
  {
    id: "leavePresent",
    keys: ["Esc"],
    description: "Leave present mode",
    group: "Presenting",
    when: "presenting",
    matches: (e) => e.key === "Escape",
  },
  {
    id: "revealNext",
    keys: ["→", "Space"],
    description: "Reveal the next tier",
    group: "Presenting",
    when: "presenting",
    matches: (e) => plain(e) && (e.key === "ArrowRight" || e.key === " "),
  },
  {
    id: "hideLast",
    keys: ["←"],
    description: "Hide the last tier revealed",
    group: "Presenting",
    when: "presenting",
    matches: (e) => plain(e) && e.key === "ArrowLeft",
  },
  {
    id: "showAll",
    keys: ["A"],
    description: "Show all tiers",
    group: "Presenting",
    when: "presenting",
    matches: (e) => plain(e) && e.key.toLowerCase() === "a",
  },
  {
    id: "addPerson",
    keys: ["N"],
    description: "Add a person to the tier in view",
    group: "Presenting",
    when: "presenting",
    matches: (e) => plain(e) && e.key.toLowerCase() === "n",
  },
  {
    id: "keyboardHelp",
    keys: ["?"],
    description: "Show these keyboard shortcuts",
    group: "Help",
    matches: (e) => plain(e) && e.key === "?",
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

/** The first shortcut a key press is in this mode, if any. */
export function shortcutFor(event: KeyPress, mode: ShortcutMode = "editing"): Shortcut | undefined {
  return SHORTCUTS.find((shortcut) => (shortcut.when ?? mode) === mode && shortcut.matches(event));
}

export interface HelpSection {
  group: Shortcut["group"];
  shortcuts: Shortcut[];
}

/** The keyboard help's content: every row of the table, by group, in the table's order. */
export function helpSections(shortcuts: readonly Shortcut[] = SHORTCUTS): HelpSection[] {
  return SHORTCUT_GROUPS.map((group) => ({
    group,
    shortcuts: shortcuts.filter((shortcut) => shortcut.group === group),
  })).filter((section) => section.shortcuts.length > 0);
}
