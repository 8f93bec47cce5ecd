import "./Toasts.css";
import { memo, useEffect, useState } from "react";
import { type Toast, useToasts } from "../../store/toasts";

const ToastItem = memo(function ToastItem({
  toast,
  onDismiss,
}: {
  toast: Toast;
  onDismiss: (id: number) => void;
}) {
  // Hovering or focusing a toast holds it, so nobody has to race the timer to press "Undo".
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (toast.timeout <= 0 || held) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), toast.timeout);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.timeout, held, onDismiss]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only hold the timer; the buttons inside are the controls.
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === "error" ? "alert" : "status"}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
    >
      <span className="toast-icon" aria-hidden="true">
        {toast.tone === "error" ? "!" : toast.tone === "success" ? "✓" : "i"}
      </span>
      <p className="toast-message">{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label="Dismiss"
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
});

/** Short messages, bottom left: errors stay until dismissed when their timeout is 0. */
export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toasts">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
      ))}
    </div>
  );
}
