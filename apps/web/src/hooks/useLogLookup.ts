/** Names and titles for log sentences: current members, else what the log remembers. */
import { useMemo } from 'react';
import { titlesFromLog, type LogLookup } from '../logText.js';
import { useBoardLog } from './useBoardLog.js';
import { useLeadChanges } from './useLeadChanges.js';
import { useMembers } from './useMembers.js';
import { useSectionTitle } from './useSectionTitle.js';

/**
 * A lookup for `describeLogEntry` / `logSentence`, rebuilt when members, the log or a lead change
 * (concurrent takes are read with the sections' leads: `useLeadChanges`).
 * Section titles here are the ones the log remembers; a log item lays the live title of its
 * own section over it with `useLiveTitle`, so a rename re-renders only the items about it.
 */
export function useLogLookup(): LogLookup {
  const members = useMembers();
  const log = useBoardLog();
  const leadChanges = useLeadChanges();
  return useMemo(() => {
    const names = new Map(members.map((m) => [m.id, m.name]));
    const titles = titlesFromLog(log);
    return { memberName: (id) => names.get(id) ?? null, sectionTitle: (id) => titles.get(id) ?? null, leadChanges };
  }, [members, log, leadChanges]);
}

/** `lookup` with section `sectionId`'s current title (when it still exists) in front. */
export function useLiveTitle(lookup: LogLookup, sectionId: string | undefined): LogLookup {
  const live = useSectionTitle(sectionId ?? null);
  return useMemo(
    () => (live === null ? lookup : { ...lookup, sectionTitle: (id: string) => (id === sectionId ? live : lookup.sectionTitle(id)) }),
    [lookup, live, sectionId],
  );
}
