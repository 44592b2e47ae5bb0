/**
 * Typed transaction origins. Every named operation runs in one `doc.transact(fn, origin)`
 * whose origin is a `LocalOrigin` naming the operation; providers and stores use their own
 * origins. `Y.UndoManager` can then track exactly the local user's operations:
 * `trackedOrigins: new Set([LocalOrigin])` (Yjs matches an origin's constructor too).
 */
import type { OperationName } from '../catalog.js';

/** Origin of a change made by the local user through a named operation. */
export class LocalOrigin {
  constructor(readonly operation: OperationName) {}
}

export function isLocalOrigin(origin: unknown): origin is LocalOrigin {
  return origin instanceof LocalOrigin;
}
