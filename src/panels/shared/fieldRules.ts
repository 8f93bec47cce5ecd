/** Field validators that match what the edits accept, so a field says why before saving. */
import { MAX_LENGTH, tooLong } from "../../domain/mapLimits";
import { isBlankName } from "../../domain/names";

/** `message` when the name has nothing visible, the limit's sentence when it is too long. */
export const requireName =
  (message: string, label = "A name") =>
  (value: string): string | null =>
    isBlankName(value) ? message : (tooLong(label, value, MAX_LENGTH.name) ?? null);

/**
 * The limit's sentence when `value` is longer than `max`. maxLength stops typing at the limit,
 * but a value stored before the limit was enforced can be longer; it must be shortened to save.
 */
export const withinLimit =
  (label: string, max: number) =>
  (value: string): string | null =>
    tooLong(label, value, max) ?? null;
