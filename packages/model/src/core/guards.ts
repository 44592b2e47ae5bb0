/**
 * Small checks shared by readers and operations. A hostile or buggy peer can write anything
 * into a CRDT, so readers test every stored value with these before using it; operations use
 * them to refuse bad arguments before their transaction.
 */
import { fail, ok, type Result } from './result.js';

/** `value` when it is a string, else `fallback`. */
export function stringOr(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** `value` when it is a finite number, else null. */
export function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** True for a plain object (not null, not an array): the shape of a stored JSON record. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a non-empty string: a stored member id. */
export function isMemberId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * The time an operation stamps on the board: relay-corrected milliseconds since the epoch
 * (`Date.now()` + the offset from estimateClockOffset). The model never reads a clock itself.
 */
export function checkAt(at: unknown): Result<number> {
  return typeof at === 'number' && Number.isFinite(at) && at >= 0 ? ok(at) : fail('an operation needs the (relay-corrected) time it happens at');
}
