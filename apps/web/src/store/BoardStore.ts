/**
 * Snapshot caches over a board document for `useSyncExternalStore`. Every getter returns
 * the same object until the data it selects changes, so a remote edit to one section
 * re-renders that section's component only. Reads go through the model's selectors.
 */
import {
  selectLog,
  selectMembers,
  selectMeta,
  selectSection,
  selectSections,
  selectSpotlight,
  type BoardMeta,
  type SpotlightView,
  type LogEntry,
  type MemberView,
  type SectionView,
} from '@roundtable/model';
import type * as Y from 'yjs';
import { reuseArray, shallowEqual, twoLevelEqual } from './shallowEqual.js';

interface Cached<T> {
  version: number;
  value: T;
}

/** Cached, referentially stable reads of one board document. */
export class BoardStore {
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private meta: Cached<BoardMeta> | undefined;
  private sectionIds: Cached<readonly string[]> | undefined;
  private readonly sections = new Map<string, Cached<SectionView | null>>();
  private agenda: Cached<readonly SectionView[]> | undefined;
  private members: Cached<readonly MemberView[]> | undefined;
  private log: Cached<readonly LogEntry[]> | undefined;
  private spotlight: Cached<SpotlightView | null> | undefined;

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', this.onUpdate);
  }

  private readonly onUpdate = (): void => {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  };

  /** Subscribes to document changes (any change; getters decide what is new). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private cached<T>(slot: Cached<T> | undefined, compute: () => T, equal: (a: T, b: T) => boolean): Cached<T> {
    if (slot && slot.version === this.version) return slot;
    const next = compute();
    if (slot && equal(slot.value, next)) return { version: this.version, value: slot.value };
    return { version: this.version, value: next };
  }

  /** The board's title and metadata. */
  readonly getMeta = (): BoardMeta => {
    this.meta = this.cached(this.meta, () => selectMeta(this.doc), shallowEqual);
    return this.meta.value;
  };

  /** Section ids in agenda order; a new array only when the order or membership changes. */
  readonly getSectionIds = (): readonly string[] => {
    this.sectionIds = this.cached(this.sectionIds, () => selectSections(this.doc).map((s) => s.id), shallowEqual);
    return this.sectionIds.value;
  };

  /** One section, or null when it does not exist (removed, or never valid). */
  getSection(id: string): SectionView | null {
    const slot = this.cached(this.sections.get(id), () => selectSection(this.doc, id), twoLevelEqual);
    this.sections.set(id, slot);
    return slot.value;
  }

  /** The full agenda (for places that need every title, like presence labels). */
  readonly getSections = (): readonly SectionView[] => {
    const prev = this.agenda?.value;
    this.agenda = this.cached(
      this.agenda,
      () => {
        const list = this.getSectionIds()
          .map((id) => this.getSection(id))
          .filter((s): s is SectionView => s !== null);
        return reuseArray(prev, list, (s) => s.id) as SectionView[];
      },
      Object.is,
    );
    return this.agenda.value;
  };

  /** Members the board remembers, by name. */
  readonly getMembers = (): readonly MemberView[] => {
    const prev = this.members?.value;
    this.members = this.cached(this.members, () => reuseArray(prev, selectMembers(this.doc), (m) => m.id) as MemberView[], Object.is);
    return this.members.value;
  };

  /** The session log in document order. */
  readonly getLog = (): readonly LogEntry[] => {
    const prev = this.log?.value;
    this.log = this.cached(this.log, () => reuseArray(prev, selectLog(this.doc), (e) => e.id) as LogEntry[], Object.is);
    return this.log.value;
  };

  /** The active spotlight (which section everyone is asked to follow to), or null. */
  readonly getSpotlight = (): SpotlightView | null => {
    this.spotlight = this.cached(this.spotlight, () => selectSpotlight(this.doc), shallowEqual);
    return this.spotlight.value;
  };

  /** Stops listening to the document. */
  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }
}
