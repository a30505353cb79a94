/**
 * How colours look to people with a colour-vision deficiency, and how far apart two colours are
 * then: used to check that map fills stay distinguishable (e.g. coastal land from the sea).
 * Hand-written because none of the declared dependencies simulates colour vision (d3-color
 * converts to Lab but has no simulation); the matrices are published ones, quoted below.
 */

export type Rgb = readonly [number, number, number];
export type Vision = 'normal' | 'protan' | 'deutan' | 'tritan';

/**
 * Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", IEEE TVCG 15(6), severity 1.0 (protanopia, deuteranopia, tritanopia);
 * applied to linear RGB.
 */
const MACHADO: Record<Exclude<Vision, 'normal'>, readonly number[]> = {
  protan: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deutan: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritan: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

/** '#rrggbb' → [r, g, b] in 0–255; throws on anything else. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`invalid colour: "${hex}", expected #rrggbb`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** `top` drawn with `opacity` over `under` (what the map shows for a half-transparent fill). */
export function over(top: Rgb, opacity: number, under: Rgb): Rgb {
  return top.map((c, i) => c * opacity + under[i] * (1 - opacity)) as unknown as Rgb;
}

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** The colour as seen with `vision` (sRGB 0–255). */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  const m = MACHADO[vision];
  const l = rgb.map(toLinear);
  return [0, 1, 2].map((r) => toSrgb(clamp(m[r * 3] * l[0] + m[r * 3 + 1] * l[1] + m[r * 3 + 2] * l[2]))) as unknown as Rgb;
}

/** CIE L*a*b* (D65) of an sRGB colour. */
export function lab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear);
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116));
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference (ΔE*ab): about 2.3 is just noticeable, above 10 clearly different at a glance. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest ΔE between `a` and `b` over normal vision and the three dichromacies. */
export function minDeltaE(a: Rgb, b: Rgb): { deltaE: number; vision: Vision } {
  const all = (['normal', 'protan', 'deutan', 'tritan'] as const).map((vision) => ({ vision, deltaE: deltaE(simulate(a, vision), simulate(b, vision)) }));
  return all.reduce((x, y) => (y.deltaE < x.deltaE ? y : x));
}
