/** Names and titles for log sentences: current members and sections, else what the log remembers. */
import { useMemo } from 'react';
import { titlesFromLog, type LogLookup } from '../logText.js';
import { useBoardLog } from './useBoardLog.js';
import { useMembers } from './useMembers.js';
import { useSections } from './useSections.js';

/** A lookup for `describeLogEntry` / `logSentence`, rebuilt when members, sections or the log change. */
export function useLogLookup(): LogLookup {
  const members = useMembers();
  const sections = useSections();
  const log = useBoardLog();
  return useMemo(() => {
    const names = new Map(members.map((m) => [m.id, m.name]));
    const titles = titlesFromLog(log);
    for (const s of sections) titles.set(s.id, s.title);
    return { memberName: (id) => names.get(id) ?? null, sectionTitle: (id) => titles.get(id) ?? null };
  }, [members, sections, log]);
}
