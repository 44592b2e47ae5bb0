/**
 * The session's leadership summary and the board's revealed agreement rounds, for the session
 * summary dialog and the Export menu. Both read the whole board, so they are computed lazily:
 * marked stale on any document update and re-read only when a mounted reader asks (the dialog
 * is open, or the menu is being built), with the relay-corrected time as the summary's end.
 */
import { selectAgreement, selectLeadershipSummary, selectSections, type LeadershipSummary } from '@roundtable/model';
import type * as Y from 'yjs';

/** A revealed round, for its histogram's export items. */
export interface RevealedRound {
  sectionId: string;
  sectionTitle: string;
  roundId: string;
  number: number;
}

/** Lazily computed board-wide summaries of one document. */
export class SessionSummaryStore {
  private summary: LeadershipSummary | null = null;
  private rounds: RevealedRound[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly now: () => number,
  ) {
    doc.on('update', this.onUpdate);
  }

  private readonly onUpdate = (): void => {
    this.summary = null;
    this.rounds = null;
    for (const listener of this.listeners) listener();
  };

  /** Subscribes to document updates (for useSyncExternalStore). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The leadership summary up to now (stable until the document changes). */
  readonly getSummary = (): LeadershipSummary => (this.summary ??= selectLeadershipSummary(this.doc, { until: this.now() }));

  /** Every revealed round, in agenda order (stable until the document changes). */
  readonly getRevealedRounds = (): RevealedRound[] => {
    if (this.rounds) return this.rounds;
    const rounds: RevealedRound[] = [];
    for (const section of selectSections(this.doc)) {
      if (section.kind !== 'agreement') continue;
      for (const round of selectAgreement(this.doc, section.id)?.rounds ?? []) {
        if (round.result) rounds.push({ sectionId: section.id, sectionTitle: section.title, roundId: round.id, number: round.number });
      }
    }
    return (this.rounds = rounds);
  };

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }
}

const stores = new WeakMap<object, SessionSummaryStore>();

/** The summary store of an open board's document, created on first use (lives as long as the document). */
export function sessionSummaryStoreFor(connection: { doc: Y.Doc; clock: { now: () => number } }): SessionSummaryStore {
  let store = stores.get(connection.doc);
  if (!store) {
    store = new SessionSummaryStore(connection.doc, () => connection.clock.now());
    stores.set(connection.doc, store);
  }
  return store;
}
