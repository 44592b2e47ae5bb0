/**
 * Requests a page starts before the app needs their answers (prefetch.ts: a board's state and
 * its link's access check), one per key, each handed over once to the part of the app that
 * uses it, with its answer readable without waiting once it has one.
 */

/** A started request: its promise, and its answer once it has one. */
export type EarlyRequest<T> = { readonly promise: Promise<T> } & ({ readonly settled: false } | { readonly settled: true; readonly answer: T });

export class EarlyRequests<T> {
  private readonly started = new Map<string, EarlyRequest<T>>();

  /** Starts `request` for `key` unless one was started already. */
  start(key: string, request: () => Promise<T>): void {
    if (this.started.has(key)) return;
    const entry: { promise: Promise<T>; settled: boolean; answer?: T } = { promise: request(), settled: false };
    // A failure is the taker's to handle (it awaits `promise`); this side only records answers.
    entry.promise.then(
      (answer) => {
        entry.answer = answer;
        entry.settled = true;
      },
      () => undefined,
    );
    this.started.set(key, entry as EarlyRequest<T>);
  }

  /** `key`'s request, left in place. */
  peek(key: string): EarlyRequest<T> | undefined {
    return this.started.get(key);
  }

  /** `key`'s request, handed over once (a later take gets nothing). */
  take(key: string): EarlyRequest<T> | undefined {
    const entry = this.started.get(key);
    this.started.delete(key);
    return entry;
  }
}
