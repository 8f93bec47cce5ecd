import { describe, expect, it } from "vitest";
import {
  helpSections,
  type KeyPress,
  quickEntryKeysOf,
  quickEntryShortcutFor,
  SHORTCUTS,
  shortcutFor,
} from "../../../src/app/shortcuts";
import {
  QUICK_ENTRY_HANDLERS,
  type QuickEntryShortcutId,
  type QuickKeyContext,
} from "../../../src/panels/quickEntry/quickEntryKeys";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const inField: QuickKeyContext = {
  onChoice: false,
  onButton: false,
  composing: false,
  previewing: false,
};
const onChoice = { ...inField, onChoice: true };
const previewing = { ...inField, previewing: true };

/** The quick-entry bar's dispatch: the table's row, then its handler. */
const act = (event: KeyPress, where: QuickKeyContext = inField) => {
  const id = quickEntryShortcutFor(event);
  return id && QUICK_ENTRY_HANDLERS[id](event, where);
};

const quickRows = SHORTCUTS.filter((s) => s.when === "quickEntry");

describe("the quick-entry bar's keys", () => {
  it("are rows of the one shortcut table, each with a handler that acts on the key it shows", () => {
    // The press each shown key stands for, and a place where it must act.
    const examples: Record<QuickEntryShortcutId, [KeyPress, QuickKeyContext]> = {
      quickTier: [press("¡", { altKey: true, code: "Digit1" }), inField],
      quickOrg: [press("ø", { altKey: true, code: "KeyO" }), inField],
      quickAdd: [press("Enter"), inField],
      quickCancelList: [press("Escape"), previewing],
    };
    expect(quickRows.map((row) => row.id).sort()).toEqual(Object.keys(examples).sort());
    expect(Object.keys(QUICK_ENTRY_HANDLERS).sort()).toEqual(Object.keys(examples).sort());
    for (const row of quickRows) {
      const [event, where] = examples[row.id as QuickEntryShortcutId];
      expect(row.matches(event), row.id).toBe(true);
      expect(quickEntryShortcutFor(event), row.id).toBe(row.id);
      expect(act(event, where), row.id).toBeDefined();
    }
  });

  it("pick the tier by Alt and the digit's position, or by the digit alone on a choice", () => {
    for (let n = 1; n <= 9; n++) {
      expect(act(press("x", { altKey: true, code: `Digit${n}` }))).toEqual({
        type: "tier",
        index: n - 1,
      });
    }
    expect(act(press("3"), onChoice)).toEqual({ type: "tier", index: 2 });
    // Typed into the name or title, a digit is text.
    expect(act(press("3"))).toBeUndefined();
    expect(act(press("x", { altKey: true, code: "Digit0" }))).toBeUndefined();
    expect(act(press("x", { altKey: true, ctrlKey: true, code: "Digit2" }))).toBeUndefined();
  });

  it("switch the organisation with Alt+O, add with Enter unless on a button or composing", () => {
    expect(act(press("ø", { altKey: true, code: "KeyO" }))).toEqual({ type: "toggleOrg" });
    expect(act(press("o"))).toBeUndefined();
    expect(act(press("Enter"))).toEqual({ type: "add" });
    expect(act(press("Enter"), onChoice)).toEqual({ type: "add" });
    expect(act(press("Enter"), { ...inField, onButton: true })).toBeUndefined();
    expect(act(press("Enter"), { ...inField, composing: true })).toBeUndefined();
  });

  it("cancel a pasted list with Esc only while its preview is open", () => {
    expect(act(press("Escape"), previewing)).toEqual({ type: "cancelList" });
    expect(act(press("Escape"))).toBeUndefined();
  });

  it("never act in the editor or present mode, and the editor's keys never act in the bar", () => {
    for (const mode of ["editing", "presenting"] as const) {
      expect(shortcutFor(press("x", { altKey: true, code: "Digit2" }), mode)).toBeUndefined();
      expect(shortcutFor(press("ø", { altKey: true, code: "KeyO" }), mode)).toBeUndefined();
      expect(shortcutFor(press("Enter"), mode)).toBeUndefined();
    }
    for (const key of ["l", "p", "f", "?", "/"]) {
      expect(shortcutFor(press(key), "quickEntry")).toBeUndefined();
    }
    expect(shortcutFor(press("z", { ctrlKey: true }), "quickEntry")).toBeUndefined();
  });

  it("are listed in the keyboard help under Quick entry, and their keys in the bar's hint", () => {
    const section = helpSections().find((s) => s.group === "Quick entry");
    expect(section?.shortcuts.map((s) => s.id)).toEqual(quickRows.map((s) => s.id));
    expect(section?.shortcuts.flatMap((s) => s.keys)).toEqual(
      expect.arrayContaining(["Alt+1–9", "Alt+O", "Enter"]),
    );
    expect(quickEntryKeysOf("quickTier")).toEqual(["Alt+1–9"]);
    expect(quickEntryKeysOf("quickOrg")).toEqual(["Alt+O"]);
  });
});
