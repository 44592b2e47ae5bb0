/** A few members by id (e.g. the people named in notices), re-rendering only when one of them changes. */
import type { MemberView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

const sameMembers = (a: ReadonlyMap<string, MemberView>, b: ReadonlyMap<string, MemberView>): boolean =>
  a.size === b.size && [...a].every(([id, m]) => b.get(id) === m);

/** The known members among `ids`, by id (unknown ids are left out). */
export function useMembersById(ids: readonly string[]): ReadonlyMap<string, MemberView> {
  const { store } = useBoardContext();
  const key = ids.join('\u0000');
  return useTracked(
    () => {
      const found = new Map<string, MemberView>();
      for (const id of key ? key.split('\u0000') : []) {
        const m = store.getMember(id);
        if (m) found.set(id, m);
      }
      return found as ReadonlyMap<string, MemberView>;
    },
    [store, key],
    sameMembers,
  );
}
