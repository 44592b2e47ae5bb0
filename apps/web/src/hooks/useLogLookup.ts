/**
 * Names and titles for one log sentence, read per record: the author, the `from`/`to`
 * members and the section's title (live, else the one the log remembers). Each log row
 * subscribes to those keys only, so a new record renders one new row and a rename re-renders
 * only the rows about that section.
 */
import type { LogEntry, LogLookup } from '@roundtable/model';
import { useMemo } from 'react';
import { shallowEqual } from '../store/shallowEqual.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** What a log row shows besides the record itself. */
export interface LogEntryNames {
  /** The author's name and colour as the board knows them now, or null (system, or a forgotten member). */
  who: { name: string; color: string } | null;
  /** A lookup for the model's `describeLogEntry` over just this record's people and section. */
  lookup: LogLookup;
}

/**
 * What the model's `resolveLeadChanges` says about one 'lead.taken' record: the member whose
 * concurrent take won (`wonBy`), and the others it was also taken from (`alsoFrom`).
 */
export interface LeadChangeOf {
  wonBy?: string;
  alsoFrom?: readonly string[];
}

/**
 * The names and title `entry`'s sentence needs; re-renders only when one of them changes.
 * `changes` (for lead takes) names more people the sentence mentions.
 */
export function useLogEntryNames(entry: LogEntry, changes: LeadChangeOf = {}): LogEntryNames {
  const { store } = useBoardContext();
  const { wonBy } = changes;
  // A primitive key, so a recomputed (equal) list does not re-render the row.
  const alsoFromKey = (changes.alsoFrom ?? []).join(',');
  const read = useTracked(
    () => ({
      wonBy: wonBy ? (store.getMember(wonBy)?.name ?? null) : null,
      alsoFrom: alsoFromKey ? alsoFromKey.split(',').map((id) => store.getMember(id)?.name ?? '').join(',') : '',
      whoName: store.getMember(entry.by)?.name ?? null,
      whoColor: store.getMember(entry.by)?.color ?? null,
      from: entry.from ? (store.getMember(entry.from)?.name ?? null) : null,
      to: entry.to ? (store.getMember(entry.to)?.name ?? null) : null,
      title: entry.sectionId ? store.getLogTitle(entry.sectionId) : null,
    }),
    [store, entry, wonBy, alsoFromKey],
    shallowEqual,
  );
  return useMemo(() => {
    const names = new Map<string, string | null>();
    if (entry.from) names.set(entry.from, read.from);
    if (entry.to) names.set(entry.to, read.to);
    if (entry.by && read.whoName !== null) names.set(entry.by, read.whoName);
    if (wonBy) names.set(wonBy, read.wonBy);
    const alsoFrom = alsoFromKey ? alsoFromKey.split(',') : [];
    const alsoNames = read.alsoFrom.split(',');
    alsoFrom.forEach((id, i) => names.set(id, alsoNames[i] || null));
    return {
      who: read.whoName !== null && read.whoColor !== null ? { name: read.whoName, color: read.whoColor } : null,
      lookup: {
        memberName: (id) => names.get(id) ?? null,
        sectionTitle: (id) => (id === entry.sectionId ? read.title : null),
        leadChanges: {
          lostTo: new Map(wonBy ? [[entry.id, wonBy]] : []),
          alsoFrom: new Map(alsoFrom.length > 0 ? [[entry.id, alsoFrom]] : []),
        },
      },
    };
  }, [entry, read, wonBy, alsoFromKey]);
}
