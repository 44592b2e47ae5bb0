/** Timer read-outs: "05:00", "1:02:03"; whole seconds rounded up so 0:00 means time is up. */

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
