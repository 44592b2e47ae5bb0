/**
 * Feeding keyed collections from Y types: which keys of a collection a Y event touched, and
 * `feedFromMap`, which invalidates exactly those keys. Its own file so the stores that use it
 * (BoardStore, BrainstormStore) do not import each other.
 */
import type * as Y from 'yjs';

/** Which keys of a collection one Y event may have changed. */
export type KeysOfEvent = (event: Y.YEvent<Y.AbstractType<unknown>>, observed: Y.AbstractType<unknown>) => Iterable<string>;

/**
 * The default for a map of records (sections, members): a change at the map itself touches
 * the keys it added, removed or replaced; a change inside a record touches that record's key
 * (`event.path[0]`). Nested collections pass their own (e.g. cards: the id after `'cards'`).
 */
export const recordKeys: KeysOfEvent = (event, observed) => {
  if (event.target === observed) return (event as Y.YMapEvent<unknown>).keysChanged;
  const key = event.path[0];
  return typeof key === 'string' ? [key] : [];
};

/**
 * Feeds `collection` from `type` (observeDeep): every key `keysOf` finds in an event is
 * invalidated, to be re-read at the next flush. Returns the unobserve function.
 */
export function feedFromMap<T>(type: Y.Map<T>, collection: { invalidate(key: string): void }, keysOf: KeysOfEvent = recordKeys): () => void {
  const observed = type as unknown as Y.AbstractType<unknown>;
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    for (const event of events) for (const key of keysOf(event, observed)) collection.invalidate(key);
  };
  type.observeDeep(observer);
  return () => type.unobserveDeep(observer);
}
