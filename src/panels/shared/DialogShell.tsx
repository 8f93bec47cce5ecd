import "./dialog.css";
import { type CSSProperties, type ReactNode, useEffect, useId, useRef } from "react";

export interface DialogShellProps {
  open: boolean;
  /** Called whenever the dialog closes: a Close button, Escape, or `open` turning false. */
  onClose: () => void;
  title: string;
  /** A line under the title. */
  subtitle?: ReactNode;
  /** While busy, Escape does not close the dialog (the work would be lost half-way). */
  busy?: boolean;
  /** Widest the dialog gets, in px (it always fits the window). */
  maxWidth?: number;
  /** Put the keyboard on the first field at once, not on the scrolling body. */
  focusFirstField?: boolean;
  /** The Close button is the dialog's main action (nothing else to confirm). */
  primaryClose?: boolean;
  children: ReactNode;
  /** Buttons; a Close button is added at the end. */
  footer?: ReactNode;
}

/** A native modal <dialog> with a title, a scrolling body and a footer of buttons. */
export function DialogShell({
  open,
  onClose,
  title,
  subtitle,
  busy,
  maxWidth = 520,
  focusFirstField,
  primaryClose,
  children,
  footer,
}: DialogShellProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      if (focusFirstField) {
        dialog
          .querySelector<HTMLElement>(".dialog-body :is(input, select, textarea, button)")
          ?.focus();
      }
    } else if (!open && dialog.open) dialog.close();
  }, [open, focusFirstField]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      style={{ "--dialog-width": `${maxWidth}px` } as CSSProperties}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      onClose={onClose}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      {open && (
        <div className="dialog-frame">
          <header className="dialog-header">
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            {subtitle && <p className="dialog-subtitle">{subtitle}</p>}
          </header>
          <div className="dialog-body">{children}</div>
          <footer className="dialog-footer">
            {footer}
            <button
              type="button"
              className={primaryClose ? "btn btn-primary" : "btn"}
              disabled={busy}
              onClick={() => ref.current?.close()}
            >
              Close
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
