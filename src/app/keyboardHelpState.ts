import { create } from "zustand";

interface KeyboardHelpState {
  open: boolean;
  show: () => void;
  close: () => void;
}

/** The keyboard help overlay: opened by `?` and by the toolbar's "Keyboard shortcuts". */
export const useKeyboardHelp = create<KeyboardHelpState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));
