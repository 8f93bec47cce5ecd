import "./export.css";
import { type ReactNode, useEffect, useId, useRef } from "react";

export interface DialogShellProps {
  open: boolean;
  /** Called whenever the dialog closes: a Close button, Escape, or `open` turning false. */
  onClose: () => void;
  title: string;
  /** While busy, Escape does not close the dialog (the work would be lost half-way). */
  busy?: boolean;
  wide?: boolean;
  children: ReactNode;
  /** Buttons; a Close button is added at the end. */
  footer?: ReactNode;
}

/** A native modal <dialog> with a title, a scrolling body and a footer of buttons. */
export function DialogShell({
  open,
  onClose,
  title,
  busy,
  wide,
  children,
  footer,
}: DialogShellProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`export-dialog${wide ? " is-wide" : ""}`}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      onClose={onClose}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      {open && (
        <div className="export-dialog-frame">
          <header className="export-dialog-header">
            <h2 id={titleId} className="export-dialog-title">
              {title}
            </h2>
          </header>
          <div className="export-dialog-body">{children}</div>
          <footer className="export-dialog-footer">
            {footer}
            <button
              type="button"
              className="btn"
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
