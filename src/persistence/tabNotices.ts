/** What a tab tells its user when another tab changed or removed the map open here. */
import { LIMITS } from "../domain/format";

const UNSAVED_SUFFIX = " (unsaved changes)";

/** The name of the map a tab's unsaved changes are kept in: "<name> (unsaved changes)". */
export const unsavedCopyName = (name: string): string =>
  `${name.slice(0, LIMITS.maxNameLength - UNSAVED_SUFFIX.length).trimEnd()}${UNSAVED_SUFFIX}`;

export const mapGoneNotice = (name: string, pending: boolean): string =>
  `"${name}" was deleted in another tab. It stays open here${
    pending
      ? ", and your unsaved changes save it again."
      : "; it is saved again only if you change it."
  }`;

export const relationshipsDroppedNotice = (count: number): string =>
  count === 1
    ? "A relationship you changed was not saved: a person in it was deleted in another tab."
    : `${count} relationships you changed were not saved: a person in them was deleted in another tab.`;

/** `keptAs`: the map the unsaved changes were stored in, if there were any. */
export const replacedNotice = (name: string, keptAs?: string): string =>
  `"${name}" was replaced by an import in another tab.${
    keptAs ? ` Your unsaved changes were kept as a separate map, "${keptAs}".` : ""
  }`;

export const replacedCopyFailedNotice = (name: string, reason: string): string =>
  `"${name}" was replaced by an import in another tab, and your unsaved changes could not be kept as a copy (${reason}); they stay here.`;

export const replacedUnreadableNotice = (name: string): string =>
  `"${name}" was replaced by an import in another tab and could not be read again: reload the page.`;
