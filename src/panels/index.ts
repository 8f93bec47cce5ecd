/** The editor's side panels, dialog and message overlay. */
export { GapsPanel } from "./gaps/GapsPanel";
export { Inspector } from "./inspector/Inspector";
export { QuickEntryBar } from "./quickEntry/QuickEntryBar";
export { Roster } from "./roster/Roster";
export { MapSettingsDialog, type MapSettingsDialogProps } from "./settings/MapSettingsDialog";
export { Toasts } from "./toasts/Toasts";
