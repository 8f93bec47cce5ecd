import { create } from "zustand";

export type ToastTone = "info" | "error" | "success";

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  /** An optional button, e.g. "Undo" after a delete. */
  action?: { label: string; run: () => void };
  /** Milliseconds before it goes by itself; errors stay until dismissed when 0. */
  timeout: number;
}

interface ToastState {
  toasts: Toast[];
  show: (message: string, options?: Partial<Omit<Toast, "id" | "message">>) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short messages for the user ("Ada and Grace are already connected."), shown by <Toasts />. */
export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  show: (message, options) => {
    const id = nextId++;
    const toast: Toast = {
      id,
      message,
      tone: options?.tone ?? "info",
      timeout: options?.timeout ?? 5000,
    };
    if (options?.action) toast.action = options.action;
    // Keep the newest few so a burst of refused edits cannot bury the canvas.
    set((s) => ({ toasts: [...s.toasts.filter((t) => t.message !== message).slice(-3), toast] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export const showToast = (
  message: string,
  options?: Partial<Omit<Toast, "id" | "message">>,
): number => useToasts.getState().show(message, options);
