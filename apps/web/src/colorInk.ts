/**
 * Readable text on a colour chosen by a person (avatar initials on a member's colour): WCAG 2.1
 * relative luminance and contrast ratio, and the ink (white, near-black or black) to write with.
 */

const WHITE = '#ffffff';
const NEAR_BLACK = '#111118';
const BLACK = '#000000';
/** AA for normal-size text. */
const AA_TEXT = 4.5;

/** Relative luminance (WCAG 2.1) of `#rrggbb`; 0 for anything else. */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return 0;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (WCAG 2.1) between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const cache = new Map<string, string>();

/**
 * The text colour for `background`: white where it reaches 4.5:1 (the look of most avatars),
 * else near-black, else black. One of white and black always reaches 4.58:1, so every colour a
 * member may pick gets AA initials.
 */
export function inkOn(background: string): string {
  let ink = cache.get(background);
  if (ink === undefined) {
    ink = [WHITE, NEAR_BLACK].find((c) => contrastRatio(c, background) >= AA_TEXT) ?? BLACK;
    cache.set(background, ink);
  }
  return ink;
}
