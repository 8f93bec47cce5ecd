import { create } from "zustand";

interface ImportDialogState {
  open: boolean;
  /** A file dropped on the window, handed to the dialog to read at once. */
  file: File | null;
  show: (file?: File) => void;
  close: () => void;
}

/** One import dialog for the whole app: opened from the home screen, the toolbar or a drop. */
export const useImportDialog = create<ImportDialogState>()((set) => ({
  open: false,
  file: null,
  show: (file) => set({ open: true, file: file ?? null }),
  close: () => set({ open: false, file: null }),
}));
