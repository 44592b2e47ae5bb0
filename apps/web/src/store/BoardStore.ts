/**
 * Snapshot caches over a board document for `useSyncExternalStore`. Every getter returns
 * the same object until the data it selects changes, so a remote edit to one section
 * re-renders that section's component only. Reads go through the model's readers
 * (`readSection`, `selectMembers`, ...).
 *
 * Work per document update is proportional to what the update touched: `observeDeep` on
 * each root marks what changed (the ids of the sections touched, or "members", "log",
 * "meta"), and getters re-read only that, lazily, on their next call. A rename of one
 * section out of 300 re-reads that one section; the ordered id list is re-sorted only when
 * a section appears, disappears or changes its order key.
 */
import {
  readSection,
  roots,
  selectLog,
  selectMembers,
  selectMeta,
  selectSpotlight,
  type BoardMeta,
  type BoardRoots,
  type LeadOffer,
  type LogEntry,
  type MemberView,
  type SectionView,
  type SpotlightView,
} from '@roundtable/model';
import type * as Y from 'yjs';
import { reuseArray, shallowEqual, twoLevelEqual } from './shallowEqual.js';

/** The lead-related fields of one section (what lead notices need), stable per section. */
export interface SectionLead {
  id: string;
  lead: string | null;
  offer: LeadOffer | null;
}

const byOrder = (a: SectionView, b: SectionView): number =>
  a.order !== b.order ? (a.order < b.order ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Cached, referentially stable reads of one board document. */
export class BoardStore {
  private readonly roots: BoardRoots;
  private readonly listeners = new Set<() => void>();

  /** Valid sections by id (invalid or absent ones are not in the map). */
  private readonly sections = new Map<string, SectionView>();
  /** Section ids touched since the last flush. */
  private readonly dirtySections = new Set<string>();
  /** Bumped whenever some section's snapshot changes (for derived lists). */
  private sectionsGen = 0;
  private orderDirty = true;
  private sectionIds: readonly string[] = [];

  private metaDirty = true;
  private membersDirty = true;
  private logDirty = true;
  private metaGen = 0;

  private meta: BoardMeta | undefined;
  private members: readonly MemberView[] | undefined;
  private log: readonly LogEntry[] | undefined;
  private agenda: { gen: number; value: readonly SectionView[] } | undefined;
  private leads: { gen: number; value: readonly SectionLead[] } | undefined;
  private spotlight: { gen: number; metaGen: number; value: SpotlightView | null } | undefined;

  constructor(private readonly doc: Y.Doc) {
    this.roots = roots(doc);
    this.roots.sections.forEach((_value, id) => this.dirtySections.add(id));
    this.roots.sections.observeDeep(this.onSections);
    this.roots.meta.observeDeep(this.onMeta);
    this.roots.members.observeDeep(this.onMembers);
    this.roots.log.observeDeep(this.onLog);
    doc.on('update', this.onUpdate);
  }

  // Observers run inside the transaction's cleanup, before the doc's 'update' event, so the
  // dirty marks are in place by the time subscribers read.
  private readonly onSections = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    for (const event of events) {
      if (event.target === this.roots.sections) {
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged) this.dirtySections.add(key);
      } else {
        const id = event.path[0];
        if (typeof id === 'string') this.dirtySections.add(id);
      }
    }
  };
  private readonly onMeta = (): void => {
    this.metaDirty = true;
  };
  private readonly onMembers = (): void => {
    this.membersDirty = true;
  };
  private readonly onLog = (): void => {
    this.logDirty = true;
  };

  private readonly onUpdate = (): void => {
    for (const listener of [...this.listeners]) listener();
  };

  /** Subscribes to document changes (any change; getters decide what is new). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Re-reads the sections touched since the last call; keeps equal snapshots identical. */
  private flushSections(): void {
    if (this.dirtySections.size === 0) return;
    for (const id of this.dirtySections) {
      const prev = this.sections.get(id);
      const next = readSection(id, this.roots.sections.get(id));
      if (next === null) {
        if (prev) {
          this.sections.delete(id);
          this.orderDirty = true;
          this.sectionsGen += 1;
        }
      } else if (!prev || !twoLevelEqual(prev, next)) {
        if (!prev || prev.order !== next.order) this.orderDirty = true;
        this.sections.set(id, next);
        this.sectionsGen += 1;
      }
    }
    this.dirtySections.clear();
  }

  /** The board's title and metadata. */
  readonly getMeta = (): BoardMeta => {
    if (this.metaDirty || !this.meta) {
      const next = selectMeta(this.doc);
      if (!this.meta || !shallowEqual(this.meta, next)) {
        this.meta = next;
      }
      this.metaDirty = false;
      this.metaGen += 1;
    }
    return this.meta;
  };

  /** Section ids in agenda order; a new array only when the order or membership changes. */
  readonly getSectionIds = (): readonly string[] => {
    this.flushSections();
    if (this.orderDirty) {
      const next = [...this.sections.values()].sort(byOrder).map((s) => s.id);
      if (!shallowEqual(this.sectionIds, next)) this.sectionIds = next;
      this.orderDirty = false;
    }
    return this.sectionIds;
  };

  /** One section, or null when it does not exist (removed, or never valid). */
  getSection(id: string): SectionView | null {
    this.flushSections();
    return this.sections.get(id) ?? null;
  }

  /** One section's title, or null; a string, so subscribers re-render only when it changes. */
  getSectionTitle(id: string | null): string | null {
    return id === null ? null : (this.getSection(id)?.title ?? null);
  }

  /** The full agenda in order (a new array whenever any section changes). */
  readonly getSections = (): readonly SectionView[] => {
    const ids = this.getSectionIds();
    if (!this.agenda || this.agenda.gen !== this.sectionsGen) {
      const list = ids.map((id) => this.sections.get(id)).filter((s): s is SectionView => s !== undefined);
      this.agenda = { gen: this.sectionsGen, value: reuseArray(this.agenda?.value, list, (s) => s.id) };
    }
    return this.agenda.value;
  };

  /**
   * Every section's lead and pending offer, in agenda order; the same array until a lead or
   * an offer changes or a section comes or goes (a rename leaves it alone).
   */
  readonly getSectionLeads = (): readonly SectionLead[] => {
    const ids = this.getSectionIds();
    if (!this.leads || this.leads.gen !== this.sectionsGen) {
      const list: SectionLead[] = [];
      for (const id of ids) {
        const s = this.sections.get(id);
        if (s) list.push({ id, lead: s.lead, offer: s.offer });
      }
      const prev = this.leads?.value;
      const value = prev && prev.length === list.length && list.every((l, i) => twoLevelEqual(l, prev[i])) ? prev : reuseArray(prev, list, (l) => l.id);
      this.leads = { gen: this.sectionsGen, value };
    }
    return this.leads.value;
  };

  /** Members the board remembers, by name. */
  readonly getMembers = (): readonly MemberView[] => {
    if (this.membersDirty || !this.members) {
      this.members = reuseArray(this.members, selectMembers(this.doc), (m) => m.id);
      this.membersDirty = false;
    }
    return this.members;
  };

  /** The session log in document order. */
  readonly getLog = (): readonly LogEntry[] => {
    if (this.logDirty || !this.log) {
      this.log = reuseArray(this.log, selectLog(this.doc), (e) => e.id);
      this.logDirty = false;
    }
    return this.log;
  };

  /** The active spotlight (which section everyone is asked to follow to), or null. */
  readonly getSpotlight = (): SpotlightView | null => {
    this.getMeta();
    this.flushSections();
    const slot = this.spotlight;
    if (slot && slot.gen === this.sectionsGen && slot.metaGen === this.metaGen) return slot.value;
    const next = selectSpotlight(this.doc);
    const value = slot && shallowEqual(slot.value, next) ? slot.value : next;
    this.spotlight = { gen: this.sectionsGen, metaGen: this.metaGen, value };
    return value;
  };

  /** Stops listening to the document. */
  destroy(): void {
    this.roots.sections.unobserveDeep(this.onSections);
    this.roots.meta.unobserveDeep(this.onMeta);
    this.roots.members.unobserveDeep(this.onMembers);
    this.roots.log.unobserveDeep(this.onLog);
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }
}
