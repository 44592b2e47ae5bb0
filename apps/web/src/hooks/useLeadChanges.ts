/**
 * The model's reading of lead changes (`resolveLeadChanges` over the log and the sections'
 * leads): who lost a lead to a concurrent take, who had a lead taken while away.
 */
import { resolveLeadChanges, type LeadChanges } from '@roundtable/model';
import { useMemo } from 'react';
import { useBoardLog } from './useBoardLog.js';
import { useSectionLeads } from './useSectionLeads.js';

/** Lead changes, recomputed when the log or a lead changes. */
export function useLeadChanges(): LeadChanges {
  const log = useBoardLog();
  const sections = useSectionLeads();
  return useMemo(() => resolveLeadChanges(log, sections), [log, sections]);
}
