/**
 * Every keyboard shortcut, once: the key handlers (useHotkeys, and the quick-entry bar for its
 * own rows) match keys against this table and the keyboard help lists it, so the help cannot
 * drift from the keys.
 */
import type { QuickEntryShortcutId } from "../panels/quickEntry/quickEntryKeys";

/** The editor's shortcuts, handled by useHotkeys. */
export type EditorShortcutId =
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

export type ShortcutId = EditorShortcutId | QuickEntryShortcutId;

/**
 * Where a shortcut applies: the editor, present mode (the editor with its chrome hidden), or
 * the quick-entry bar (its fields, where the editor's own keys are typed as text).
 */
export type ShortcutMode = "editing" | "presenting" | "quickEntry";

/** The help lists the groups in this order. */
export const SHORTCUT_GROUPS = [
  "Editing",
  "Selection",
  "Find and focus",
  "History",
  "Presenting",
  "Quick entry",
  "Help",
] as const;

export interface Shortcut<Id extends ShortcutId = ShortcutId> {
  id: Id;
  /** The keys as shown to people, one entry per alternative ("Ctrl/Cmd+Z"). */
  keys: readonly string[];
  /** What it does, as a facilitator would say it. */
  description: string;
  group: (typeof SHORTCUT_GROUPS)[number];
  /** Only in this mode; a shortcut without one works in the editor and in present mode. */
  when?: ShortcutMode;
  /** Whether a key press is this shortcut. */
  matches: (event: KeyPress) => boolean;
}

/** The parts of a KeyboardEvent the table looks at (a plain object in unit tests). */
export interface KeyPress {
  key: string;
  /** The key's position ("Digit1"), for Alt shortcuts: Option+1 on a Mac types "¡". */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const mod = (e: KeyPress) => e.ctrlKey || e.metaKey;
const plain = (e: KeyPress) => !e.ctrlKey && !e.metaKey && !e.altKey;

const EDITOR_SHORTCUTS: readonly Shortcut<EditorShortcutId>[] = [
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

const byPosition = (e: KeyPress, code: RegExp) =>
  e.altKey && !e.ctrlKey && !e.metaKey && code.test(e.code ?? "");

/** The quick-entry bar's keys; what each does is in src/panels/quickEntry/quickEntryKeys.ts. */
const QUICK_ENTRY_SHORTCUTS: readonly Shortcut<QuickEntryShortcutId>[] = [
  {
    id: "quickTier",
    keys: ["Alt+1–9"],
    description:
      "Pick the tier by its number (on the tier list or the organisation switch, 1–9 alone)",
    group: "Quick entry",
    when: "quickEntry",
    matches: (e) =>
      byPosition(e, /^Digit[1-9]$/) ||
      (!e.altKey && !e.ctrlKey && !e.metaKey && /^[1-9]$/.test(e.key)),
  },
  {
    id: "quickOrg",
    keys: ["Alt+O"],
    description: "Switch to the other organisation",
    group: "Quick entry",
    when: "quickEntry",
    matches: (e) => byPosition(e, /^KeyO$/),
  },
  {
    id: "quickAdd",
    keys: ["Enter"],
    description: "Add the person (from any field), or the pasted list; the bar stays ready",
    group: "Quick entry",
    when: "quickEntry",
    matches: (e) => e.key === "Enter",
  },
  {
    id: "quickCancelList",
    keys: ["Esc"],
    description: "Cancel a pasted list before it is added",
    group: "Quick entry",
    when: "quickEntry",
    matches: (e) => e.key === "Escape",
  },
];

export const SHORTCUTS: readonly Shortcut[] = [...EDITOR_SHORTCUTS, ...QUICK_ENTRY_SHORTCUTS];

const applies = (shortcut: Shortcut, mode: ShortcutMode) =>
  shortcut.when === mode || (shortcut.when === undefined && mode !== "quickEntry");

/** The first shortcut a key press is in this mode, if any. */
export function shortcutFor(event: KeyPress, mode: ShortcutMode = "editing"): Shortcut | undefined {
  return SHORTCUTS.find((shortcut) => applies(shortcut, mode) && shortcut.matches(event));
}

/** The editor's shortcut a key press is (useHotkeys). */
export function editorShortcutFor(
  event: KeyPress,
  mode: "editing" | "presenting",
): Shortcut<EditorShortcutId> | undefined {
  return EDITOR_SHORTCUTS.find((shortcut) => applies(shortcut, mode) && shortcut.matches(event));
}

/** The quick-entry bar's shortcut a key press is, handed to the bar by the editor screen. */
export function quickEntryShortcutFor(event: KeyPress): QuickEntryShortcutId | undefined {
  return QUICK_ENTRY_SHORTCUTS.find((shortcut) => shortcut.matches(event))?.id;
}

/** The keys the quick-entry bar's hint line shows for one of its shortcuts. */
export const quickEntryKeysOf = (id: QuickEntryShortcutId): readonly string[] =>
  QUICK_ENTRY_SHORTCUTS.find((shortcut) => shortcut.id === id)?.keys ?? [];

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
