/**
 * An agreement round's histogram as a standalone SVG file (and, drawn to a canvas by the web
 * app, a PNG): eight bars over Kaner's levels with their counts and short labels, a title and
 * the verdict. Fixed light colours and system fonts: it is a file to paste into slides and
 * documents, not a themed screen. Pure string building, every text escaped.
 */
import { KANER_LEVELS } from '../kinds/agreement/levels.js';

/** What to draw: the counts per level (index 0 is level 1), a title, a line under it. */
export interface HistogramInput {
  counts: readonly number[];
  title: string;
  subtitle?: string;
}

/** Width and height of the SVG, in CSS pixels. */
export const HISTOGRAM_SIZE = { width: 720, height: 400 } as const;

/** Bar colours: greens for support, grey for abstain, ambers and reds for concerns. */
const TONES = ['#15803d', '#16a34a', '#65a30d', '#94a3b8', '#d97706', '#ea580c', '#dc2626', '#991b1b'];
const SHORT = ['Endorse', 'Minor point', 'Reservations', 'Abstain', 'More talk', "Won't block", 'Disagree', 'Veto'];

/** Text made safe inside SVG (XML) content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** The histogram as SVG text. */
export function histogramSvg(input: HistogramInput): string {
  const { width, height } = HISTOGRAM_SIZE;
  const counts = KANER_LEVELS.map((_, i) => Math.max(0, Math.floor(Number.isFinite(input.counts[i]) ? (input.counts[i] as number) : 0)));
  const max = Math.max(1, ...counts);
  const left = 40;
  const top = input.subtitle ? 92 : 72;
  const bottom = height - 64;
  const slot = (width - left * 2) / 8;
  const barWidth = slot * 0.64;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d">`,
    `<title id="t">${xmlEscape(input.title)}</title>`,
    `<desc id="d">${xmlEscape(KANER_LEVELS.map((l, i) => `${l.level} ${l.label}: ${counts[i]}`).join('; '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="#0f172a">`,
    `<text x="${left}" y="40" font-size="20" font-weight="600">${xmlEscape(input.title)}</text>`,
  ];
  if (input.subtitle) parts.push(`<text x="${left}" y="66" font-size="14" fill="#475569">${xmlEscape(input.subtitle)}</text>`);
  parts.push(`<line x1="${left}" x2="${width - left}" y1="${bottom}" y2="${bottom}" stroke="#cbd5e1"/>`);
  counts.forEach((n, i) => {
    const x = left + slot * i + (slot - barWidth) / 2;
    const h = ((bottom - top - 20) * n) / max;
    const cx = (x + barWidth / 2).toFixed(1);
    parts.push(`<rect x="${x.toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" rx="4" fill="${TONES[i]}"/>`);
    parts.push(`<text x="${cx}" y="${(bottom - h - 8).toFixed(1)}" font-size="15" font-weight="600" text-anchor="middle">${n}</text>`);
    parts.push(`<text x="${cx}" y="${bottom + 22}" font-size="14" font-weight="600" text-anchor="middle">${i + 1}</text>`);
    parts.push(`<text x="${cx}" y="${bottom + 42}" font-size="11" fill="#475569" text-anchor="middle">${xmlEscape(SHORT[i] as string)}</text>`);
  });
  parts.push('</g>', '</svg>');
  return `${parts.join('\n')}\n`;
}
