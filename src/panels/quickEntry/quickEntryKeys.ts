/**
 * What the quick-entry bar does with each of its keys. Which key press is which shortcut is
 * decided by the one shortcut table (src/app/shortcuts.ts, the rows for the quick-entry bar),
 * which the shell hands to the bar; the keyboard help lists the same rows.
 */

export type QuickEntryShortcutId = "quickTier" | "quickOrg" | "quickAdd" | "quickCancelList";

/** The parts of a key press the bar looks at (a KeyboardEvent, or a plain object in tests). */
export interface QuickKeyPress {
  key: string;
  code?: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Where the key was pressed. */
export interface QuickKeyContext {
  /** On the tier list or the organisation switch, where a digit types nothing. */
  onChoice: boolean;
  /** On a button, which keeps its own Enter. */
  onButton: boolean;
  /** Mid-composition (an input method's Enter confirms the word, not the form). */
  composing: boolean;
  /** A pasted list's preview is open. */
  previewing: boolean;
}

export type QuickEntryAction =
  | { type: "tier"; index: number }
  | { type: "toggleOrg" }
  | { type: "add" }
  | { type: "cancelList" };

/** The tier's number, by key position with Alt (Option+1 on a Mac types "¡"), else by the key. */
const digitOf = (press: QuickKeyPress): number | undefined => {
  const digit = press.altKey ? /^Digit([1-9])$/.exec(press.code ?? "")?.[1] : press.key;
  return digit && /^[1-9]$/.test(digit) ? Number(digit) : undefined;
};

/** One handler per shortcut of the bar; undefined when, here, the key keeps its default. */
export const QUICK_ENTRY_HANDLERS: Record<
  QuickEntryShortcutId,
  (press: QuickKeyPress, where: QuickKeyContext) => QuickEntryAction | undefined
> = {
  quickTier: (press, where) => {
    // A digit alone is typed into the name or title; on a choice it picks the tier.
    if (!press.altKey && !where.onChoice) return undefined;
    const digit = digitOf(press);
    return digit === undefined ? undefined : { type: "tier", index: digit - 1 };
  },
  quickOrg: () => ({ type: "toggleOrg" }),
  quickAdd: (_, where) => (where.onButton || where.composing ? undefined : { type: "add" }),
  quickCancelList: (_, where) => (where.previewing ? { type: "cancelList" } : undefined),
};
