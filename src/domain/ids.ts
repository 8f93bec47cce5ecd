const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A short random id (about 62 bits), URL- and file-safe. `crypto.getRandomValues`
 * is a language-level global in browsers and Node alike, so this stays free of I/O.
 */
export function newId(prefix = ""): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let id = prefix;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
