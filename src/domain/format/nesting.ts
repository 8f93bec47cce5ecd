const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * How many levels of objects and lists a JSON text opens at its deepest, in one pass over its
 * characters (brackets inside strings do not count). It runs before JSON.parse so a hostile
 * file nested millions deep is refused before the parser, or any walk of what it returns,
 * spends time or stack on it. Works on text that is not valid JSON too: a stray closing
 * bracket never makes the depth negative.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      // An escape's next character (a quote, a backslash, the "u" of \uXXXX) is never special.
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) depth--;
  }
  return deepest;
}
