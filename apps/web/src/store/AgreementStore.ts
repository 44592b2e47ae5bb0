/**
 * The agreement sections' collections (issue 9), fed from the sections root by one
 * `observeDeep` route and flushed with the rest of `BoardStore`:
 *  - `sections`    section id -> the model's `AgreementView` (proposal, rule, rounds with who has
 *                  voted or the revealed result and verdict, outcome, commitments); only a change
 *                  inside that agreement section re-reads it;
 *  - `commitments` `BOARD_COMMITMENTS` -> every commitment on the board, oldest first (the list
 *                  per board); re-read only when an agreement section changed.
 * Ballots are sealed: while a round is open the view holds who voted (named rounds) or how many
 * (anonymous ones), never a level or a comment, because the document holds none.
 */
import { readAgreement, selectCommitments, type AgreementView, type CommitmentView } from '@roundtable/model';
import * as Y from 'yjs';
import type { KeysOfEvent } from './feedFromMap.js';
import { KeyedCollection } from './KeyedCollection.js';
import type { Batch } from './KeyedListeners.js';

/** The key of the board-wide commitments list. */
export const BOARD_COMMITMENTS = 'board';

const json = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The agreement collections of one board document. */
export class AgreementStore {
  readonly sections: KeyedCollection<AgreementView>;
  readonly commitments: KeyedCollection<readonly CommitmentView[]>;

  constructor(
    private readonly doc: Y.Doc,
    private readonly root: Y.Map<unknown>,
  ) {
    // Lazy: only the agreement on screen (and the commitments, when shown) are read after a change.
    this.sections = new KeyedCollection({ read: (id) => readAgreement(id, this.root.get(id)), equal: json, lazy: true });
    this.commitments = new KeyedCollection<readonly CommitmentView[]>({ read: () => selectCommitments(this.doc), equal: json, lazy: true });
    this.sections.invalidateAll(root.keys());
    this.commitments.invalidate(BOARD_COMMITMENTS);
    this.flush(new Set());
  }

  /** An agreement section, or one that was (removed: its record must be dropped too). */
  private isAgreement(sectionId: string): boolean {
    const map = this.root.get(sectionId);
    return (map instanceof Y.Map && map.get('kind') === 'agreement') || this.sections.peek(sectionId) !== undefined;
  }

  /** The route for the sections root's events: marks the agreement sections an event touched. */
  readonly route: KeysOfEvent = (event) => {
    const first = event.path[0];
    const ids = typeof first === 'string' ? [first] : [...((event as Y.YMapEvent<unknown>).keysChanged ?? [])];
    for (const id of ids) {
      if (!this.isAgreement(id)) continue;
      this.sections.invalidate(id);
      this.commitments.invalidate(BOARD_COMMITMENTS);
    }
    return [];
  };

  /** Re-reads what changed; listeners go into `batch`. */
  flush(batch: Batch): void {
    this.sections.flush(batch);
    this.commitments.flush(batch);
  }

  /** The agreement section `sectionId` (tracked), or null. */
  get(sectionId: string): AgreementView | null {
    return this.sections.get(sectionId) ?? null;
  }

  /** Every commitment on the board (tracked). */
  getBoardCommitments(): readonly CommitmentView[] {
    return this.commitments.get(BOARD_COMMITMENTS) ?? [];
  }

  /** Drops every listener (the store is being destroyed). */
  clear(): void {
    this.sections.clear();
    this.commitments.clear();
  }
}
