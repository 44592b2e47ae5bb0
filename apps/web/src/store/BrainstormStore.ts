/**
 * The brainstorm sections' collections (DESIGN §6, CONVENTIONS 12), fed from the sections
 * root by one `observeDeep` route and flushed with the rest of `BoardStore`:
 *  - `cards`   card id -> the card's plain fields (text, colour, author): a remote edit of one
 *              card's text wakes that card's component only;
 *  - `clusters` cluster id -> the cluster record (its name);
 *  - `layouts` section id -> columns of item ids (loose card ids, clusters with their card
 *              ids) and the settings, resolved by the model's `readBrainstormState`; it changes
 *              only when a position, a column or a setting does (not on a text edit), so a
 *              column's list re-renders only when its items move;
 *  - `progress` section id -> the sealed items' counts ("N drafts from M people", "N of M have
 *              voted"), the drafts' ids/authors and the tally.
 * Cards by column and by cluster are the layout's id arrays, kept identical while unchanged.
 */
import {
  readBrainstormState,
  readCard,
  readCluster,
  selectDrafts,
  selectDraftSummary,
  selectTally,
  selectVoteProgress,
  type BrainstormSettings,
  type CardView,
  type ClusterView,
  type DraftSummary,
  type TallyView,
} from '@roundtable/model';
import * as Y from 'yjs';
import type { KeysOfEvent } from './feedFromMap.js';
import { KeyedCollection } from './KeyedCollection.js';
import type { Batch } from './KeyedListeners.js';

/** One item of a column: a loose card, or a cluster with its cards (ids only). */
export type LayoutItem = { type: 'card'; id: string } | { type: 'cluster'; id: string; cards: readonly string[] };

/** A column of a brainstorm as ids. */
export interface LayoutColumn {
  id: string;
  title: string;
  items: readonly LayoutItem[];
}

/** A brainstorm section's layout and settings. */
export interface BrainstormLayout {
  sectionId: string;
  settings: BrainstormSettings;
  columns: readonly LayoutColumn[];
}

/** A card with the section it belongs to. */
export interface CardRecord extends CardView {
  sectionId: string;
}

/** What may be known of a section's sealed items. */
export interface BrainstormProgress {
  sectionId: string;
  drafts: DraftSummary;
  /** Every sealed draft's id, column and author (null when anonymous). */
  draftList: readonly { id: string; column: string | null; author: string | null }[];
  voted: number;
  voters: readonly string[] | null;
  tally: TallyView | null;
}

const json = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The brainstorm collections of one board document. */
export class BrainstormStore {
  readonly cards: KeyedCollection<CardRecord>;
  readonly clusters: KeyedCollection<ClusterView & { sectionId: string }>;
  readonly layouts: KeyedCollection<BrainstormLayout>;
  readonly progress: KeyedCollection<BrainstormProgress>;
  /** Which section a card or cluster id was last seen in (ids are random, unique per board). */
  private readonly home = new Map<string, string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly sections: Y.Map<unknown>,
  ) {
    // Lazy: a board reads the cards, groups, layout and sealed counts that are on screen, not
    // every brainstorm's (a 2,000-card board mounts its columns a screenful at a time).
    this.cards = new KeyedCollection({ read: (id) => this.readCardRecord(id), equal: json, lazy: true });
    this.clusters = new KeyedCollection({ read: (id) => this.readClusterRecord(id), equal: json, lazy: true });
    this.layouts = new KeyedCollection({ read: (id) => this.readLayout(id), equal: json, lazy: true });
    this.progress = new KeyedCollection({ read: (id) => this.readProgress(id), equal: json, lazy: true });
    for (const sectionId of sections.keys()) this.invalidateSection(sectionId, true);
    this.flush(new Set());
  }

  private nested(sectionId: string, field: 'cards' | 'clusters'): Y.Map<unknown> | null {
    const section = this.sections.get(sectionId);
    if (!(section instanceof Y.Map) || section.get('kind') !== 'brainstorm') return null;
    const map = section.get(field);
    return map instanceof Y.Map ? map : null;
  }

  private readCardRecord(id: string): CardRecord | null {
    const sectionId = this.home.get(id);
    if (sectionId === undefined) return null;
    const card = readCard(id, this.nested(sectionId, 'cards')?.get(id));
    return card ? { ...card, sectionId } : null;
  }

  private readClusterRecord(id: string): (ClusterView & { sectionId: string }) | null {
    const sectionId = this.home.get(id);
    if (sectionId === undefined) return null;
    const cluster = readCluster(id, this.nested(sectionId, 'clusters')?.get(id));
    return cluster ? { ...cluster, sectionId } : null;
  }

  private readLayout(sectionId: string): BrainstormLayout | null {
    const section = this.sections.get(sectionId);
    if (!(section instanceof Y.Map) || section.get('kind') !== 'brainstorm') return null;
    const state = readBrainstormState(section);
    return {
      sectionId,
      settings: state.settings,
      columns: state.columns.map((c) => ({
        id: c.id,
        title: c.title,
        items: c.items.map((item): LayoutItem => (item.type === 'card' ? { type: 'card', id: item.card.id } : { type: 'cluster', id: item.cluster.id, cards: item.cards.map((k) => k.id) })),
      })),
    };
  }

  private readProgress(sectionId: string): BrainstormProgress | null {
    const section = this.sections.get(sectionId);
    if (!(section instanceof Y.Map) || section.get('kind') !== 'brainstorm') return null;
    const votes = selectVoteProgress(this.doc, sectionId);
    return {
      sectionId,
      drafts: selectDraftSummary(this.doc, sectionId),
      draftList: selectDrafts(this.doc, sectionId).map((d) => ({ id: d.id, column: d.column, author: d.author })),
      voted: votes.voted,
      voters: votes.voters,
      tally: selectTally(this.doc, sectionId),
    };
  }

  /** Marks a whole section (its layout, progress, and with `items` every card and cluster) dirty. */
  private invalidateSection(sectionId: string, items: boolean): void {
    this.layouts.invalidate(sectionId);
    this.progress.invalidate(sectionId);
    if (!items) return;
    for (const field of ['cards', 'clusters'] as const) {
      const map = this.nested(sectionId, field);
      map?.forEach((_, id) => {
        this.home.set(id, sectionId);
        (field === 'cards' ? this.cards : this.clusters).invalidate(id);
      });
    }
  }

  /** The route for the sections root's events: which keys of which collection may have changed. */
  readonly route: KeysOfEvent = (event) => {
    const [sectionId, field, itemId] = event.path;
    const keysChanged = (event as Y.YMapEvent<unknown>).keysChanged ?? new Set<string>();
    if (sectionId === undefined) {
      for (const id of keysChanged) this.invalidateSection(id, true);
      return [];
    }
    if (typeof sectionId !== 'string') return [];
    if (field === undefined) {
      // A setting, the tally, the phase, or a nested collection replaced wholesale.
      this.invalidateSection(sectionId, keysChanged.has('cards') || keysChanged.has('clusters'));
      return [];
    }
    if (field === 'cards' || field === 'clusters') {
      const collection = field === 'cards' ? this.cards : this.clusters;
      const ids = typeof itemId === 'string' ? [itemId] : keysChanged;
      for (const id of ids) {
        this.home.set(id, sectionId);
        collection.invalidate(id);
      }
      // A text or colour edit cannot move anything: leave the layout alone then.
      const moved = typeof itemId !== 'string' || event.path.length > 3 || keysChanged.has('pos') || keysChanged.has('mergedInto');
      if (moved) this.layouts.invalidate(sectionId);
    } else if (field === 'drafts' || field === 'dots' || field === 'tally') {
      this.progress.invalidate(sectionId);
    }
    return [];
  };

  /** Re-reads what changed; listeners go into `batch`. */
  flush(batch: Batch): void {
    this.cards.flush(batch);
    this.clusters.flush(batch);
    this.layouts.flush(batch);
    this.progress.flush(batch);
  }

  /** Drops every record (the store is being destroyed). */
  clear(): void {
    this.cards.clear();
    this.clusters.clear();
    this.layouts.clear();
    this.progress.clear();
  }
}
