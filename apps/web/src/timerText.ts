/**
 * Timer read-outs: "05:00", "1:02:03"; whole seconds rounded up so 0:00 means time is up. And
 * the duration picker's rules: which duration is picked, and what the face previews.
 */
import type { TimerView } from '@roundtable/model';

/** The duration presets, in minutes. */
export const TIMER_PRESETS = [1, 3, 5, 10] as const;
const MINUTE = 60_000;
const DEFAULT_MINUTES = 5;

/** `ms` left as mm:ss (h:mm:ss from an hour), counting a started second as a whole one. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1_000));
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${String(minutes).padStart(2, '0')}:${ss}`;
}

/** Parses a custom duration in minutes ("2", "1.5", "0,5") to ms; NaN when it is not a number. */
export function parseMinutes(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 60_000);
}

/** A picked duration: a preset (minutes) or custom minutes as typed. */
export type DurationPick = { preset: number } | { custom: string };

/** The pick that follows the shared timer: its duration (a preset, else custom minutes), or 5 min. */
export function pickFromTimer(timer: Pick<TimerView, 'durationMs'> | null): DurationPick {
  if (!timer) return { preset: DEFAULT_MINUTES };
  const minutes = timer.durationMs / MINUTE;
  return (TIMER_PRESETS as readonly number[]).includes(minutes) ? { preset: minutes } : { custom: String(Math.round(minutes * 100) / 100) };
}

/** The picked duration in ms (NaN for custom text that is not a number). */
export function pickedMs(pick: DurationPick): number {
  return 'preset' in pick ? pick.preset * MINUTE : parseMinutes(pick.custom);
}

/**
 * What the timer face shows before a timer runs (none yet, or reset to idle): the picked
 * duration, so picking a preset after a Reset shows the new one; the timer's own duration while
 * the pick is not a valid duration.
 */
export function previewMs(pick: DurationPick, timer: Pick<TimerView, 'durationMs'> | null): number {
  const ms = pickedMs(pick);
  return Number.isFinite(ms) && ms > 0 ? ms : (timer?.durationMs ?? DEFAULT_MINUTES * MINUTE);
}
