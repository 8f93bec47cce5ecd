/**
 * What counts as a name. A name made only of spaces or invisible characters (zero-width space,
 * byte-order mark, direction marks, word joiner, soft hyphen…) would make an invisible card or
 * an empty heading, so every name (person, tier, organisation, map) treats it as empty.
 */

/** Whitespace plus Unicode's default-ignorable code points, which render as nothing. */
const INVISIBLE_ONLY = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

export const isBlankName = (text: string): boolean => INVISIBLE_ONLY.test(text);

/** The name as stored (trimmed), or undefined when nothing visible is left. */
export const cleanName = (text: string): string | undefined => {
  const trimmed = text.trim();
  return isBlankName(trimmed) ? undefined : trimmed;
};

/** Free text as stored (trimmed), or undefined for none: an emptied field is cleared. */
export const cleanText = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};
