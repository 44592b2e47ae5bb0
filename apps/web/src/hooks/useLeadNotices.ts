/**
 * This member's lead notices (offers to answer, leads they lost, answers to their offers),
 * from the document via `leadNotices` and the model's `resolveLeadChanges`. A lost lead is
 * told until taken back or dismissed, whenever it was lost (a take while this member was away
 * is news when they return); answers to offers are news only if they happened while the board
 * was open and in the last ten minutes. Dismissals are remembered on this device per board.
 */
import { resolveLeadChanges, type LogEntry } from '@roundtable/model';
import { useCallback, useState } from 'react';
import { leadNotices, type LeadNotice } from '../notices.js';
import { loadDismissed, saveDismissed } from '../storage/dismissedNotices.js';
import { deviceStorage } from '../storage/localJson.js';
import { shallowEqual } from '../store/shallowEqual.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

const FRESH_MS = 10 * 60 * 1_000;

/** Notices to show and a way to dismiss one. */
export function useLeadNotices(): { notices: LeadNotice[]; dismiss: (key: string) => void } {
  const { member, store, connection, boardId } = useBoardContext();
  const [baseline] = useState(() => new Set(store.getLog().map((e) => e.id)));
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => loadDismissed(deviceStorage(), boardId));
  const me = member?.id ?? null;

  // Tracked over the log and the leads, but kept identical while the notices are the same:
  // a log record that concerns nobody here re-renders nothing.
  const notices = useTracked(
    () => {
      if (me === null) return [];
      const since = connection.clock.now() - FRESH_MS;
      const isNew = (e: LogEntry) => !baseline.has(e.id) && e.at > since;
      const log = store.getLog();
      const sections = store.getSectionLeads();
      const { losses } = resolveLeadChanges(log, sections);
      return leadNotices({ me, log, sections, losses, isNew, dismissed });
    },
    [me, dismissed, baseline, store, connection],
    sameNotices,
  );

  const dismiss = useCallback((key: string) => setDismissed((d) => saveDismissed(deviceStorage(), boardId, d, key)), [boardId]);
  return { notices, dismiss };
}

const sameNotices = (a: LeadNotice[], b: LeadNotice[]): boolean => a.length === b.length && a.every((n, i) => shallowEqual(n, b[i]));
