/**
 * The web app's store over one board document: keyed collections built from the model's
 * readers, with incremental indexes and notifications routed by key (DESIGN §6,
 * CONVENTIONS 12). A remote rename of one section wakes the listeners of that section's key
 * only; a new log record wakes the log list (and the remembered title of its section);
 * a member's new colour wakes that member's readers.
 *
 * How a transaction flows in: `observeDeep` on each root marks which keys may have changed
 * (the section ids under `event.path[0]` / `keysChanged`, the member ids, the log delta, the
 * meta); on the doc's `afterTransaction` (which Yjs emits after every observer) each
 * collection re-reads only those keys, derived indexes update from the change feed, and then
 * the listeners of every changed key run once. Reads are plain getters that report the key
 * they read (`tracking.ts`), so `useTracked` and the action hooks subscribe to exactly that.
 *
 * Adding a collection (cards, clusters, votes): a `KeyedCollection` with the model's reader,
 * fed from its root by `feedFromMap`, flushed in `onAfterTransaction`, plus `Index`es by the
 * fields the UI groups by (cards by cluster, votes by card).
 */
import {
  readMember,
  readSection,
  readSpotlight,
  roots,
  selectMeta,
  type BoardMeta,
  type BoardRoots,
  type LeadOffer,
  type LogEntry,
  type MemberView,
  type SectionView,
  type SpotlightView,
} from '@roundtable/model';
import * as Y from 'yjs';
import { AgreementStore } from './AgreementStore.js';
import { BrainstormStore } from './BrainstormStore.js';
import { feedFromMap } from './feedFromMap.js';
import { Index } from './Index.js';
import { KeyedCollection } from './KeyedCollection.js';
import { runBatch, type Batch } from './KeyedListeners.js';
import { LogCollection } from './LogCollection.js';
import { shallowEqual } from './shallowEqual.js';

/** The lead-related fields of one section (what lead notices need), stable per section. */
export interface SectionLead {
  id: string;
  lead: string | null;
  offer: LeadOffer | null;
}

/** The group of the agenda index that holds every section. */
export const AGENDA = 'agenda';
/** The group of the members index that holds every member, by name. */
export const ALL_MEMBERS = 'all';

type MetaRecord = { kind: 'meta'; value: BoardMeta } | { kind: 'spotlight'; value: SpotlightView | null };

/** Keyed, referentially stable reads of one board document. */
export class BoardStore {
  private readonly roots: BoardRoots;
  /** Valid sections by id. */
  readonly sections: KeyedCollection<SectionView>;
  /** Section ids in agenda order (group `AGENDA`): changes on add, remove and reorder only. */
  readonly agenda: Index<SectionView>;
  /** Each section's lead and offer: wakes on lead changes, not on renames. */
  readonly leads: KeyedCollection<SectionLead>;
  /** Members by id. */
  readonly members: KeyedCollection<MemberView>;
  /** Member ids by name (group `ALL_MEMBERS`). */
  readonly memberOrder: Index<MemberView>;
  /** The session log, appended incrementally. */
  readonly log: LogCollection;
  /** Board metadata (`meta`) and the raw spotlight (`spotlight`). */
  readonly meta: KeyedCollection<MetaRecord>;
  /** Brainstorm cards, clusters, layouts and sealed-item progress (`BrainstormStore`). */
  readonly brainstorm: BrainstormStore;
  /** Agreement sections and the board's commitments (`AgreementStore`). */
  readonly agreement: AgreementStore;
  private readonly stops: (() => void)[] = [];
  private leadsList: { version: number; ids: readonly string[]; value: readonly SectionLead[] } | null = null;
  private membersList: { version: number; ids: readonly string[]; value: readonly MemberView[] } | null = null;

  constructor(private readonly doc: Y.Doc) {
    this.roots = roots(doc);
    const { sections, members, meta, log } = this.roots;

    this.sections = new KeyedCollection({ read: (id) => readSection(id, sections.get(id)) });
    this.sections.invalidateAll(sections.keys());
    this.sections.flush(new Set());
    this.agenda = new Index(this.sections, { groupOf: () => AGENDA, sortKey: (s) => s.order });
    this.leads = this.sections.project((s) => ({ id: s.id, lead: s.lead, offer: s.offer }));

    this.members = new KeyedCollection({ read: (id) => readMember(id, members.get(id)), equal: shallowEqual });
    this.members.invalidateAll(members.keys());
    this.members.flush(new Set());
    this.memberOrder = new Index(this.members, { groupOf: () => ALL_MEMBERS, sortKey: (m) => m.name.toLocaleLowerCase() });

    this.meta = new KeyedCollection<MetaRecord>({
      read: (key) =>
        key === 'meta' ? { kind: 'meta', value: selectMeta(doc) } : key === 'spotlight' ? { kind: 'spotlight', value: readSpotlight(meta.get('spotlight')) } : null,
      equal: (a, b) => a.kind === b.kind && shallowEqual(a.value, b.value),
    });
    this.meta.invalidateAll(['meta', 'spotlight']);
    this.meta.flush(new Set());

    this.log = new LogCollection(log);
    this.brainstorm = new BrainstormStore(doc, sections as unknown as Y.Map<unknown>);
    this.agreement = new AgreementStore(doc, sections as unknown as Y.Map<unknown>);
    const onBrainstorm = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
      for (const event of events) {
        this.brainstorm.route(event, sections as unknown as Y.AbstractType<unknown>);
        this.agreement.route(event, sections as unknown as Y.AbstractType<unknown>);
      }
    };
    sections.observeDeep(onBrainstorm);
    this.stops.push(() => sections.unobserveDeep(onBrainstorm));

    this.stops.push(feedFromMap(sections, this.sections), feedFromMap(members, this.members));
    const onMeta = () => this.meta.invalidateAll(['meta', 'spotlight']);
    meta.observeDeep(onMeta);
    this.stops.push(() => meta.unobserveDeep(onMeta));
    doc.on('afterTransaction', this.onAfterTransaction);
  }

  // Yjs emits afterTransaction after every observer of the transaction has run: every dirty
  // mark is in place, so each collection flushes once and listeners see a consistent store.
  private readonly onAfterTransaction = (): void => {
    const batch: Batch = new Set();
    this.sections.flush(batch);
    this.members.flush(batch);
    this.meta.flush(batch);
    this.log.flush(batch);
    this.brainstorm.flush(batch);
    this.agreement.flush(batch);
    runBatch(batch);
  };

  /** The board's title and metadata (tracked: key `meta`). */
  getMeta(): BoardMeta {
    const record = this.meta.get('meta');
    return record?.kind === 'meta' ? record.value : selectMeta(this.doc);
  }

  /** Section ids in agenda order; the same array until a section comes, goes or moves. */
  getSectionIds(): readonly string[] {
    return this.agenda.get(AGENDA);
  }

  /** One section, or null when it does not exist (removed, or never valid). */
  getSection(id: string | null): SectionView | null {
    return id === null ? null : (this.sections.get(id) ?? null);
  }

  /** One section's title, or null. */
  getSectionTitle(id: string | null): string | null {
    return this.getSection(id)?.title ?? null;
  }

  /** The 0-based agenda position of section `id`, or -1. */
  getSectionIndex(id: string): number {
    return this.getSectionIds().indexOf(id);
  }

  /**
   * Every section's lead and pending offer, in agenda order; the same array until a lead or an
   * offer changes or a section comes, goes or moves (a rename leaves it alone).
   */
  getSectionLeads(): readonly SectionLead[] {
    const ids = this.getSectionIds();
    this.leads.readVersion();
    const cached = this.leadsList;
    if (cached && cached.version === this.leads.version && cached.ids === ids) return cached.value;
    const value = ids.map((id) => this.leads.peek(id)).filter((l): l is SectionLead => l !== undefined);
    this.leadsList = { version: this.leads.version, ids, value: cached && shallowEqual(cached.value, value) ? cached.value : value };
    return this.leadsList.value;
  }

  /** One member, or null when the board does not know them. */
  getMember(id: string | null | undefined): MemberView | null {
    return id ? (this.members.get(id) ?? null) : null;
  }

  /** Every member the board remembers, by name; a new array when any member changes. */
  getMembers(): readonly MemberView[] {
    const ids = this.memberOrder.get(ALL_MEMBERS);
    this.members.readVersion();
    const cached = this.membersList;
    if (cached && cached.version === this.members.version && cached.ids === ids) return cached.value;
    const value = ids.map((id) => this.members.peek(id)).filter((m): m is MemberView => m !== undefined);
    this.membersList = { version: this.members.version, ids, value: cached && shallowEqual(cached.value, value) ? cached.value : value };
    return this.membersList.value;
  }

  /** The session log in document order (tracked: the entry list). */
  getLog(): readonly LogEntry[] {
    return this.log.getEntries();
  }

  /** The title a log sentence uses for `sectionId`: its live title, else the one the log remembers. */
  getLogTitle(sectionId: string): string | null {
    return this.getSectionTitle(sectionId) ?? this.log.rememberedTitle(sectionId);
  }

  /** The active spotlight, or null (also when its section has been removed). */
  getSpotlight(): SpotlightView | null {
    const record = this.meta.get('spotlight');
    const spotlight = record?.kind === 'spotlight' ? record.value : null;
    if (spotlight === null || this.getSection(spotlight.sectionId) === null) return null;
    return spotlight;
  }

  /** Stops listening to the document. */
  destroy(): void {
    for (const stop of this.stops) stop();
    this.doc.off('afterTransaction', this.onAfterTransaction);
    this.agenda.destroy();
    this.memberOrder.destroy();
    this.log.destroy();
    this.sections.clear();
    this.leads.clear();
    this.members.clear();
    this.meta.clear();
    this.brainstorm.clear();
    this.agreement.clear();
  }
}
