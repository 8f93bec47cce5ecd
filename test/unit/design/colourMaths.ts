/**
 * Colour maths for the palette tests: WCAG 2.2 relative luminance and contrast, alpha blending,
 * colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0) and
 * CIE76 ΔE in Lab. Written from the published formulas, so the tests do not trust the tokens.
 */
export type Rgb = readonly [number, number, number];
export interface Rgba {
  rgb: Rgb;
  alpha: number;
}

const map3 = (v: Rgb, f: (c: number, i: number) => number): Rgb => [
  f(v[0], 0),
  f(v[1], 1),
  f(v[2], 2),
];

/** "#abc", "#aabbcc" or "rgba(r, g, b, a)", channels 0–255. */
export function parseColour(text: string): Rgba {
  const hex = text.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (hex) {
    const h = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
    const n = Number.parseInt(h, 16);
    return { rgb: [(n >> 16) & 255, (n >> 8) & 255, n & 255], alpha: 1 };
  }
  const fn = text.match(
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/,
  );
  if (!fn) throw new Error(`not a colour: ${text}`);
  return { rgb: [Number(fn[1]), Number(fn[2]), Number(fn[3])], alpha: Number(fn[4] ?? 1) };
}

/** `top` at `alpha` over an opaque `bottom`, as a browser composites in sRGB. */
export function over(top: Rgb, alpha: number, bottom: Rgb): Rgb {
  return map3(top, (c, i) => c * alpha + (bottom[i] ?? 0) * (1 - alpha));
}

const toLinear = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toGamma = (l: number): number => {
  const c = Math.min(1, Math.max(0, l));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

export function luminance(rgb: Rgb): number {
  const [r, g, b] = map3(rgb, toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const MACHADO = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
} as const;
export type Deficiency = keyof typeof MACHADO;

/** How `rgb` looks to someone with the given dichromacy (matrix applied in linear RGB). */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const lin = map3(rgb, toLinear);
  const m = MACHADO[deficiency];
  return map3(lin, (_, i) =>
    toGamma(m[i as 0 | 1 | 2].reduce((sum, k, j) => sum + k * lin[j as 0 | 1 | 2], 0)),
  );
}

function lab(rgb: Rgb): Rgb {
  const [r, g, b] = map3(rgb, toLinear);
  const xyz: Rgb = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ];
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = map3(xyz, f);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference: about 2.3 is just noticeable, above 20 reads as another colour. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [la, lb] = [lab(a), lab(b)];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}
