import { isBlankName } from "../../domain/names";

/** A field validator: `message` when the name has nothing visible (the edit would refuse it). */
export const requireName =
  (message: string) =>
  (value: string): string | null =>
    isBlankName(value) ? message : null;
