import { describe, expect, it } from "vitest";
import {
  helpSections,
  type KeyPress,
  SHORTCUT_GROUPS,
  SHORTCUTS,
  type Shortcut,
  shortcutFor,
} from "../../../src/app/shortcuts";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("the shortcut table", () => {
  it("gives each id once", () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("tells undo from redo by Shift, and accepts Cmd as well as Ctrl", () => {
    expect(shortcutFor(press("z", { ctrlKey: true }))?.id).toBe("undo");
    expect(shortcutFor(press("z", { metaKey: true }))?.id).toBe("undo");
    expect(shortcutFor(press("Z", { ctrlKey: true, shiftKey: true }))?.id).toBe("redo");
    expect(shortcutFor(press("y", { ctrlKey: true }))?.id).toBe("redo");
  });

  it("rates with 1–5 only, and never with a modifier held", () => {
    for (const key of ["1", "2", "3", "4", "5"]) expect(shortcutFor(press(key))?.id).toBe("rate");
    expect(shortcutFor(press("6"))).toBeUndefined();
    expect(shortcutFor(press("1", { ctrlKey: true }))).toBeUndefined();
  });

  it("matches each key it shows to people", () => {
    const named: Record<string, string> = {
      Esc: "Escape",
      "→": "ArrowRight",
      "←": "ArrowLeft",
      Space: " ",
    };
    // "Ctrl/Cmd+Shift+Z" as the key press it names (Ctrl standing for both); a range ("1–9")
    // by its first key, and an Alt key by its position, as on a Mac where Option+O types "ø".
    const pressOf = (shown: string): KeyPress => {
      const parts = shown.split("+");
      const last = (parts.at(-1) ?? "").split("–")[0] ?? "";
      const mods = parts.slice(0, -1);
      const shiftKey = mods.includes("Shift") || last === "?";
      const altKey = mods.includes("Alt");
      const key = named[last] ?? (/^[A-Z]$/.test(last) && !shiftKey ? last.toLowerCase() : last);
      const code = /^[0-9]$/.test(last) ? `Digit${last}` : `Key${last.toUpperCase()}`;
      return press(altKey ? "ø" : key, {
        ctrlKey: mods.some((m) => m.startsWith("Ctrl")),
        shiftKey,
        altKey,
        code,
      });
    };
    let checked = 0;
    for (const shortcut of SHORTCUTS) {
      for (const key of shortcut.keys) {
        expect(shortcutFor(pressOf(key), shortcut.when ?? "editing")?.id, key).toBe(shortcut.id);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});

describe("present mode's keys", () => {
  it("take Esc to leave present mode while presenting, and to clear the selection otherwise", () => {
    expect(shortcutFor(press("Escape"), "presenting")?.id).toBe("leavePresent");
    expect(shortcutFor(press("Escape"), "editing")?.id).toBe("clearSelection");
  });

  it("reveal, hide, show all and add only while presenting; P presents only from the editor", () => {
    expect(shortcutFor(press("ArrowRight"), "presenting")?.id).toBe("revealNext");
    expect(shortcutFor(press(" "), "presenting")?.id).toBe("revealNext");
    expect(shortcutFor(press("ArrowLeft"), "presenting")?.id).toBe("hideLast");
    expect(shortcutFor(press("A", { shiftKey: true }), "presenting")?.id).toBe("showAll");
    expect(shortcutFor(press("n"), "presenting")?.id).toBe("addPerson");
    for (const key of ["ArrowRight", " ", "ArrowLeft", "a", "n"]) {
      expect(shortcutFor(press(key), "editing")).toBeUndefined();
    }
    expect(shortcutFor(press("p"), "editing")?.id).toBe("present");
    expect(shortcutFor(press("p"), "presenting")).toBeUndefined();
    expect(shortcutFor(press("p", { ctrlKey: true }), "editing")).toBeUndefined();
  });

  it("rate, undo and open the help in both modes", () => {
    for (const mode of ["editing", "presenting"] as const) {
      expect(shortcutFor(press("4"), mode)?.id).toBe("rate");
      expect(shortcutFor(press("z", { ctrlKey: true }), mode)?.id).toBe("undo");
      expect(shortcutFor(press("?", { shiftKey: true }), mode)?.id).toBe("keyboardHelp");
    }
  });
});

describe("the keyboard help", () => {
  it("lists every row of the table once, under its group, in the table's order", () => {
    const sections = helpSections();
    const listed = sections.flatMap((section) => section.shortcuts);
    expect(listed).toHaveLength(SHORTCUTS.length);
    expect(new Set(listed)).toEqual(new Set(SHORTCUTS));
    for (const section of sections) {
      expect(section.shortcuts.every((s) => s.group === section.group)).toBe(true);
      const order = section.shortcuts.map((s) => SHORTCUTS.indexOf(s));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(sections.map((s) => s.group)).toEqual(
      SHORTCUT_GROUPS.filter((g) => SHORTCUTS.some((s) => s.group === g)),
    );
  });

  it("follows the table it is given: a row added there is listed, in its group", () => {
    const extra: Shortcut = {
      ...SHORTCUTS[0],
      id: "undo",
      keys: ["U"],
      matches: () => false,
      description: "A new row",
      group: "Help",
    };
    const help = helpSections([...SHORTCUTS, extra]);
    expect(help.find((s) => s.group === "Help")?.shortcuts).toContain(extra);
  });

  it("opens find with Ctrl/Cmd+K or /, and focuses with F, never with a modifier held", () => {
    expect(shortcutFor(press("k", { ctrlKey: true }))?.id).toBe("find");
    expect(shortcutFor(press("K", { metaKey: true }))?.id).toBe("find");
    expect(shortcutFor(press("/"))?.id).toBe("find");
    expect(shortcutFor(press("k"))).toBeUndefined();
    expect(shortcutFor(press("f"))?.id).toBe("focusPerson");
    expect(shortcutFor(press("F", { shiftKey: true }))?.id).toBe("focusPerson");
    expect(shortcutFor(press("f", { ctrlKey: true }))).toBeUndefined();
  });
});

describe("link mode's key", () => {
  it("L starts linking in the editor and while presenting, never with a modifier held", () => {
    expect(shortcutFor(press("l"))?.id).toBe("link");
    expect(shortcutFor(press("L", { shiftKey: true }))?.id).toBe("link");
    expect(shortcutFor(press("l", { ctrlKey: true }))).toBeUndefined();
    // Present mode is the editor with its chrome hidden: the room links people live.
    expect(shortcutFor(press("l"), "presenting")?.id).toBe("link");
    expect(shortcutFor(press("l", { ctrlKey: true }), "presenting")).toBeUndefined();
  });

  it("is listed in the keyboard help under Editing, saying how to cancel", () => {
    const editing = helpSections().find((section) => section.group === "Editing");
    const row = editing?.shortcuts.find((shortcut) => shortcut.id === "link");
    expect(row?.keys).toEqual(["L"]);
    expect(row?.description).toMatch(/Esc cancels/);
  });
});
