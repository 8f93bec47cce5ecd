/** File names for exports: `<map name>-<YYYY-MM-DD>.<ext>`, safe on every desktop OS. */

/** Characters Windows, macOS or Linux refuse in a file name, control characters, and spaces around them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const UNSAFE = /\s*[<>:"/\\|?*\u0000-\u001f\u007f]+\s*/g;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM = 100;

/** The local calendar date of `date` as YYYY-MM-DD (what the user's calendar says today). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `<map name>-<YYYY-MM-DD>.<ext>`: unsafe characters become "-", runs of spaces and dashes
 * shrink, leading and trailing dots and spaces go, long names are cut, and a name with nothing
 * left becomes "peermap". `date` is a Date (its local day) or an already formatted day.
 */
export function safeFileName(mapName: string, date: Date | string, ext: string): string {
  let stem = mapName
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(UNSAFE, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[\s.-]+|[\s.-]+$/g, "");
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/[\s.-]+$/, "");
  if (!stem) stem = "peermap";
  if (RESERVED.test(stem)) stem = `${stem}-map`;
  const day = typeof date === "string" ? date : localDate(date);
  return `${stem}-${day}.${ext.replace(/^\.+/, "")}`;
}
