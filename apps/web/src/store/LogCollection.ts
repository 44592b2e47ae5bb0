/**
 * The session log, read incrementally: the Y.Array's change delta is applied to a cached list
 * of parsed records (`readLogEntry` runs once per new record, never over the whole log again),
 * so an append costs one parse and one array copy. Besides the entries it keeps the section
 * titles the log remembers (the model's `titlesFromLog` / `titleRememberedBy`), keyed by
 * section, for sentences about sections that no longer exist.
 */
import { readLogEntry, titleRememberedBy, titlesFromLog, type LogEntry } from '@roundtable/model';
import type * as Y from 'yjs';
import { KeyedListeners, type Batch } from './KeyedListeners.js';
import { reportRead, type Source } from './tracking.js';

/** The key of the entry list itself. */
export const ENTRIES = 'entries';
const titleKey = (sectionId: string) => `title:${sectionId}`;

/** Incremental reads of the board's log. */
export class LogCollection implements Source {
  /** Parsed records aligned with the Y.Array (null where a record is invalid). */
  private readonly slots: (LogEntry | null)[];
  private entries: readonly LogEntry[];
  private readonly titles: Map<string, string>;
  private readonly listeners = new KeyedListeners();
  /** Records appended at the end since the last flush, or 'rebuild' after an insert elsewhere. */
  private pending: LogEntry[] | 'rebuild' | null = null;

  constructor(private readonly array: Y.Array<unknown>) {
    this.slots = array.toArray().map(readLogEntry);
    this.entries = this.slots.filter((e): e is LogEntry => e !== null);
    this.titles = titlesFromLog(this.entries);
    array.observe(this.onEvent);
  }

  // The delta must be read inside the observer (Yjs computes it from the transaction).
  private readonly onEvent = (event: Y.YArrayEvent<unknown>): void => {
    let index = 0;
    let appendedOnly = true;
    const appended: LogEntry[] = [];
    for (const op of event.changes.delta) {
      if (op.retain !== undefined) index += op.retain;
      else if (op.delete !== undefined) {
        this.slots.splice(index, op.delete);
        appendedOnly = false;
      } else if (Array.isArray(op.insert)) {
        const atEnd = index === this.slots.length;
        const parsed = op.insert.map(readLogEntry);
        this.slots.splice(index, 0, ...parsed);
        index += parsed.length;
        if (atEnd) {
          for (const e of parsed) if (e) appended.push(e);
        } else {
          appendedOnly = false;
        }
      }
    }
    if (!appendedOnly || this.pending === 'rebuild') this.pending = 'rebuild';
    else this.pending = [...(this.pending ?? []), ...appended];
  };

  /** Applies what the last transaction changed and adds the listeners to wake to `batch`. */
  flush(batch: Batch): void {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    const changedTitles = new Set<string>();
    if (pending === 'rebuild') {
      // A merge put records before others (two peers appended offline): re-filter the slots
      // (no re-parsing) and recompute the remembered titles.
      this.entries = this.slots.filter((e): e is LogEntry => e !== null);
      const titles = titlesFromLog(this.entries);
      for (const id of new Set([...titles.keys(), ...this.titles.keys()])) {
        if (titles.get(id) !== this.titles.get(id)) changedTitles.add(id);
      }
      this.titles.clear();
      for (const [id, title] of titles) this.titles.set(id, title);
    } else {
      if (pending.length === 0) return;
      this.entries = [...this.entries, ...pending];
      for (const e of pending) {
        const remembered = titleRememberedBy(e);
        if (remembered && this.titles.get(remembered.sectionId) !== remembered.title) {
          this.titles.set(remembered.sectionId, remembered.title);
          changedTitles.add(remembered.sectionId);
        }
      }
    }
    this.listeners.collect(ENTRIES, batch);
    for (const id of changedTitles) this.listeners.collect(titleKey(id), batch);
  }

  /** Every valid record in document order (the order every peer agrees on); tracked. */
  getEntries(): readonly LogEntry[] {
    reportRead(this, ENTRIES);
    return this.entries;
  }

  /** The last title the log recorded for `sectionId` (added or removed), or null; tracked per section. */
  rememberedTitle(sectionId: string): string | null {
    reportRead(this, titleKey(sectionId));
    return this.titles.get(sectionId) ?? null;
  }

  /** Calls `listener` when `key` (ENTRIES, or a section's remembered title) changes. */
  subscribe(key: string, listener: () => void): () => void {
    return this.listeners.subscribe(key, listener);
  }

  /** Listener count of `key` (tests). */
  listenerCount(key: string): number {
    return this.listeners.count(key);
  }

  /** Stops observing the array. */
  destroy(): void {
    this.array.unobserve(this.onEvent);
    this.listeners.clear();
  }
}
