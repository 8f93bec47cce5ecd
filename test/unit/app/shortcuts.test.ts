import { describe, expect, it } from "vitest";
import { type KeyPress, SHORTCUTS, shortcutFor } from "../../../src/app/shortcuts";

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
    const named: Record<string, KeyPress> = {
      Delete: press("Delete"),
      Backspace: press("Backspace"),
      Esc: press("Escape"),
    };
    for (const shortcut of SHORTCUTS) {
      for (const key of shortcut.keys) {
        const event = named[key] ?? (/^\d$/.test(key) ? press(key) : undefined);
        if (event) expect(shortcutFor(event)?.id).toBe(shortcut.id);
      }
    }
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
