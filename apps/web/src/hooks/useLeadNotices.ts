/**
 * This member's lead notices (offers to answer, leads taken from them, answers to their
 * offers), from the document via `leadNotices`. Records that were already in the log when
 * the board opened, or are older than ten minutes, are history, not news. Dismissals are
 * device-local and last for this page.
 */
import type { LogEntry } from '@roundtable/model';
import { useCallback, useMemo, useState } from 'react';
import { leadNotices, type LeadNotice } from '../notices.js';
import { useBoardContext } from './boardContext.js';
import { useBoardLog } from './useBoardLog.js';
import { useSectionLeads } from './useSectionLeads.js';

const FRESH_MS = 10 * 60 * 1_000;

/** Notices to show and a way to dismiss one. */
export function useLeadNotices(): { notices: LeadNotice[]; dismiss: (key: string) => void } {
  const { member, store, connection } = useBoardContext();
  const log = useBoardLog();
  const sections = useSectionLeads();
  const [baseline] = useState(() => new Set(store.getLog().map((e) => e.id)));
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const me = member?.id ?? null;

  const notices = useMemo(() => {
    if (me === null) return [];
    const since = connection.clock.now() - FRESH_MS;
    const isNew = (e: LogEntry) => !baseline.has(e.id) && e.at > since;
    return leadNotices({ me, log, sections, isNew, dismissed });
  }, [me, log, sections, dismissed, baseline, connection]);

  const dismiss = useCallback((key: string) => setDismissed((d) => new Set([...d, key])), []);
  return { notices, dismiss };
}
