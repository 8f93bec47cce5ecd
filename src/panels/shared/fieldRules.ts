/** Field validators that match what the edits accept, so a field says why before saving. */
import { tooLong } from "../../domain/mapLimits";
import { isBlankName } from "../../domain/names";

/** `message` when the name has nothing visible (the edit would refuse it). */
export const requireName =
  (message: string) =>
  (value: string): string | null =>
    isBlankName(value) ? message : null;

/**
 * The limit's sentence when `value` is longer than `max`. maxLength stops typing at the limit,
 * but a value stored before the limit was enforced can be longer; it must be shortened to save.
 */
export const withinLimit =
  (label: string, max: number) =>
  (value: string): string | null =>
    tooLong(label, value, max) ?? null;
