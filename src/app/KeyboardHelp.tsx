import "./keyboardHelp.css";
import { Fragment, useEffect, useRef } from "react";
import { DialogShell } from "../panels/shared/DialogShell";
import { useKeyboardHelp } from "./keyboardHelpState";
import { helpSections } from "./shortcuts";

// Built from the very table the key handler matches, so the help cannot drift from the keys.
const SECTIONS = helpSections();

/** Tab and Shift+Tab go round the dialog's own controls, never out of it to the browser. */
function keepFocusInside(event: KeyboardEvent, dialog: HTMLDialogElement): void {
  if (event.key !== "Tab") return;
  const controls = [...dialog.querySelectorAll<HTMLElement>("button, [href], input")];
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = controls.at((at + (event.shiftKey ? -1 : 1)) % controls.length);
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** `?` or the toolbar's "Keyboard shortcuts": every shortcut, by group. */
export default function KeyboardHelp() {
  const open = useKeyboardHelp((s) => s.open);
  const close = useKeyboardHelp((s) => s.close);
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dialog = content.current?.closest("dialog");
    if (!open || !dialog) return;
    const onKeyDown = (event: KeyboardEvent) => keepFocusInside(event, dialog);
    dialog.addEventListener("keydown", onKeyDown);
    return () => dialog.removeEventListener("keydown", onKeyDown);
  }, [open]);
  return (
    <DialogShell open={open} onClose={close} title="Keyboard shortcuts" maxWidth={560} primaryClose>
      <div className="keyboard-help" ref={content}>
        {SECTIONS.map(({ group, shortcuts }) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {shortcuts.map((shortcut) => (
                <Fragment key={shortcut.id}>
                  <dt>
                    {shortcut.keys.map((key, i) => (
                      <Fragment key={key}>
                        {i > 0 && <span className="keyboard-help-or"> or </span>}
                        <kbd>{key}</kbd>
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{shortcut.description}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </DialogShell>
  );
}
