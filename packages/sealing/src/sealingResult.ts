/**
 * Expected failures of sealing and opening are values (a hostile peer can write any bytes
 * into the document). Same shape as the model's `Result`, so the two compose structurally.
 */
export type SealResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A success. */
export function sealOk<T>(value: T): SealResult<T> {
  return { ok: true, value };
}

/** A failure with a message a person can act on. */
export function sealFail<T = never>(error: string): SealResult<T> {
  return { ok: false, error };
}
