/** Every member the board remembers (pickers); rows should use `useMember(id)` instead. */
import type { MemberView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Members by name; re-renders when any member changes. */
export function useMembers(): readonly MemberView[] {
  const { store } = useBoardContext();
  return useTracked(() => store.getMembers(), [store]);
}
