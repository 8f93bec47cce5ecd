import "./keyboardHelp.css";
import { Fragment } from "react";
import { DialogShell } from "../panels/shared/DialogShell";
import { useKeyboardHelp } from "./keyboardHelpState";
import { helpSections } from "./shortcuts";

// Built from the very table the key handler matches, so the help cannot drift from the keys.
const SECTIONS = helpSections();

/** `?` or the toolbar's "Keyboard shortcuts": every shortcut, by group. */
export default function KeyboardHelp() {
  const open = useKeyboardHelp((s) => s.open);
  const close = useKeyboardHelp((s) => s.close);
  return (
    <DialogShell open={open} onClose={close} title="Keyboard shortcuts" maxWidth={560} primaryClose>
      <div className="keyboard-help">
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
