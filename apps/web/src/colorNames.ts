/**
 * Colour names for people, not hex codes: "Teal", "Indigo". A colour is named after the
 * nearest of a few reference hues (greys by lightness), so a palette retuned for contrast keeps
 * its names without a table to update.
 */

/** Reference hues (degrees) and their names, after the palette's colours. */
const HUES: readonly [number, string][] = [
  [0, 'Red'],
  [25, 'Orange'],
  [45, 'Yellow'],
  [142, 'Green'],
  [173, 'Teal'],
  [199, 'Sky blue'],
  [239, 'Indigo'],
  [271, 'Purple'],
  [330, 'Pink'],
];

/** Hue (0–360), saturation and lightness (0–1) of `#rrggbb`, or null for anything else. */
function hsl(hex: string): { h: number; s: number; l: number } | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x as string, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: h * 60, s, l };
}

/** A person-readable name of a `#rrggbb` colour ("Teal"); "Colour" when it is not one. */
export function colorName(hex: string): string {
  const c = hsl(hex);
  if (!c) return 'Colour';
  if (c.s < 0.25) return c.l < 0.2 ? 'Black' : c.l > 0.85 ? 'White' : c.s > 0.1 ? 'Slate' : 'Grey';
  const distance = (h: number) => Math.min(Math.abs(c.h - h), 360 - Math.abs(c.h - h));
  let best = HUES[0] as [number, string];
  for (const entry of HUES) if (distance(entry[0]) < distance(best[0])) best = entry;
  return best[1];
}
