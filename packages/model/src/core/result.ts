/** Expected failures of an operation are values, not exceptions (CONVENTIONS §7). */
export type Result<T = void> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
