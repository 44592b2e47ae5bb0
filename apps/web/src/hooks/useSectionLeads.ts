/** Every section's lead and pending offer; re-renders on lead changes, not on renames. */
import type { SectionLead } from '../store/BoardStore.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Leads and offers per section, in agenda order. */
export function useSectionLeads(): readonly SectionLead[] {
  const { store } = useBoardContext();
  return useTracked(() => store.getSectionLeads(), [store]);
}
