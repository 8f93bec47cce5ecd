/** Colour text as typed by a person ("2563EB", "#abc") to the #rrggbb the model stores. */
export function normaliseHex(input: string): string | null {
  const value = input.trim().replace(/^#/, "").toLowerCase();
  if (/^[0-9a-f]{6}$/.test(value)) return `#${value}`;
  if (/^[0-9a-f]{3}$/.test(value)) {
    return `#${[...value].map((digit) => digit + digit).join("")}`;
  }
  return null;
}
