/**
 * This member's lead notices (offers to answer, leads taken from them, answers to their
 * offers), from the document via `leadNotices`. Records that were already in the log when
 * the board opened, or are older than ten minutes, are history, not news. Dismissals are
 * device-local and last for this page.
 */
import type { LogEntry } from '@roundtable/model';
import { useCallback, useState } from 'react';
import { leadNotices, type LeadNotice } from '../notices.js';
import { shallowEqual } from '../store/shallowEqual.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

const FRESH_MS = 10 * 60 * 1_000;

/** Notices to show and a way to dismiss one. */
export function useLeadNotices(): { notices: LeadNotice[]; dismiss: (key: string) => void } {
  const { member, store, connection } = useBoardContext();
  const [baseline] = useState(() => new Set(store.getLog().map((e) => e.id)));
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const me = member?.id ?? null;

  // Tracked over the log and the leads, but kept identical while the notices are the same:
  // a log record that concerns nobody here re-renders nothing.
  const notices = useTracked(
    () => {
      if (me === null) return [];
      const since = connection.clock.now() - FRESH_MS;
      const isNew = (e: LogEntry) => !baseline.has(e.id) && e.at > since;
      return leadNotices({ me, log: store.getLog(), sections: store.getSectionLeads(), isNew, dismissed });
    },
    [me, dismissed, baseline, store, connection],
    sameNotices,
  );

  const dismiss = useCallback((key: string) => setDismissed((d) => new Set([...d, key])), []);
  return { notices, dismiss };
}

const sameNotices = (a: LeadNotice[], b: LeadNotice[]): boolean => a.length === b.length && a.every((n, i) => shallowEqual(n, b[i]));
