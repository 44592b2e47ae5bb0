/** One member by id; re-renders only when that member changes (not when others join or rename). */
import type { MemberView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The member with `id`, or null when there is no id or the board does not know them. */
export function useMember(id: string | null | undefined): MemberView | null {
  const { store } = useBoardContext();
  return useTracked(() => store.getMember(id), [store, id]);
}
