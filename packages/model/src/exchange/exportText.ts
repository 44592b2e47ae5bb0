/**
 * Small text helpers shared by the exports and the session log's sentences (which the web app
 * shows too): times in UTC (exports are read anywhere, so no local zone), durations, names,
 * phase labels, Markdown escaping and the text histogram of a round.
 */
import { capitalised } from '../core/text.js';
import { KANER_LEVELS } from '../kinds/agreement/levels.js';

/** "2026-11-22 06:53 UTC". */
export function utcTime(ms: number): string {
  if (!Number.isFinite(ms)) return 'an unknown time';
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "06:53" (UTC), for rows of one session. */
export function utcClock(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(11, 16) : '--:--';
}

/** "45 s", "12 min", "1 h 05 min". */
export function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * A length someone set, exactly, as people say it: "45 s", "5 min", "1 min 30 s", "1 h 30 min"
 * (a timer's length or the time added to it, where 90 s must not read as 2 min).
 */
export function exactDuration(ms: number): string {
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
  const parts: [number, string][] = [[Math.floor(seconds / 3600), 'h'], [Math.floor(seconds / 60) % 60, 'min'], [seconds % 60, 's']];
  return parts.filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}`).join(' ') || '0 s';
}

/** A phase id as people read it, e.g. "cluster" -> "Cluster". */
export function phaseLabel(phase: string): string {
  return capitalised(phase);
}

/** "Ada", "Ada and Grace", "Ada, Grace and Linus". */
export function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "1 card", "3 cards". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** User text made inert in Markdown: one line, markup characters escaped. */
export function mdInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^([-+]|\d+\.)(?=\s)/, '\\$1');
}

/** User text as a Markdown block quote (lines kept). */
export function mdQuote(text: string): string {
  const lines = text.trim().split(/\r?\n/);
  return lines.map((line) => `> ${line.trim() === '' ? '' : mdInline(line)}`.trimEnd()).join('\n');
}

/** A round's counts as a fixed-width text histogram, one line per level (for a code block). */
export function textHistogram(counts: readonly number[], width = 20): string {
  const max = Math.max(1, ...counts.map((n) => (Number.isFinite(n) ? n : 0)));
  const labelWidth = Math.max(...KANER_LEVELS.map((l) => l.label.length));
  return KANER_LEVELS.map((level, i) => {
    const n = Math.max(0, Math.floor(counts[i] ?? 0));
    const bar = '█'.repeat(Math.round((n / max) * width)) || (n > 0 ? '▏' : '');
    return `${level.level} ${level.label.padEnd(labelWidth)} ${bar.padEnd(width)} ${n}`.trimEnd();
  }).join('\n');
}
