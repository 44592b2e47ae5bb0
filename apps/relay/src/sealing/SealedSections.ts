/**
 * The relay's side of sealed content (DESIGN §4): it reveals a brainstorm's drafts and closes
 * its dot vote, opening sealed items with the board's secret key and writing the plain result
 * through the model's operations (`revealDrafts`, `writeTally`) as one transaction on the
 * room's document, committed before it is relayed (Room.applyLocal). The board is loaded for
 * the request if nobody is connected. Items that do not open are skipped with one log line each.
 *
 * Late drafts: a room is watched from its load on; when a client's update adds a draft to a
 * section that has been revealed (its author was offline), the relay reveals it on arrival.
 * Only updates from this relay's own connections trigger it, so with several relays exactly
 * one (the one the author is connected to) reveals it.
 */
import { revealDrafts, revealRound, selectAgreement, selectBrainstormSettings, selectMembers, selectSection, writeTally, type SkippedItem } from '@roundtable/model';
import { createOpener } from '@roundtable/sealing';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { Connection } from '../Connection.js';
import type { Room } from '../Room.js';
import type { Rooms } from '../Rooms.js';
import type { BoardKeys } from './BoardKeys.js';

/** What a reveal or tally request gets back: an HTTP status and a JSON body. */
export type SealedOutcome = { status: 200; body: Record<string, unknown> } | { status: 400 | 403 | 404 | 409 | 500 | 503; body: { error: string } };

export interface SealedSectionsDeps {
  rooms: Rooms;
  keys: BoardKeys;
  log: Logger;
  /** The relay's clock (ms since the epoch): the time written on reveals and tallies. */
  now?: () => number;
}

type Action = 'reveal' | 'lateReveal' | 'tally' | 'revealRound';

const failure = (status: 400 | 403 | 404 | 409 | 500 | 503, error: string): SealedOutcome => ({ status, body: { error } });

export class SealedSections {
  private readonly pendingLate = new Set<string>();
  private readonly now: () => number;

  constructor(private readonly deps: SealedSectionsDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Reveals the drafts of a brainstorm section (an edit-token request). `by`: the member asking, if known. */
  reveal(boardId: string, sectionId: string, by: string | null): Promise<SealedOutcome> {
    return this.run('reveal', boardId, sectionId, by);
  }

  /** Closes the dot vote of a brainstorm section and writes the tally (an edit-token request). */
  tally(boardId: string, sectionId: string, by: string | null): Promise<SealedOutcome> {
    return this.run('tally', boardId, sectionId, by);
  }

  /**
   * Reveals the open round of an agreement section (an edit-token request): the ballots are
   * opened, one per member (the latest), and the result is written through `revealRound`.
   */
  revealRound(boardId: string, sectionId: string, by: string | null): Promise<SealedOutcome> {
    return this.run('revealRound', boardId, sectionId, by);
  }

  /** Watches a loaded room for drafts that arrive after their section's reveal (Rooms' onLoad). */
  watch(room: Room): void {
    const onTransaction = (transaction: Y.Transaction): void => {
      if (!(transaction.origin instanceof Connection)) return;
      for (const type of transaction.changed.keys()) {
        const section = type.parent;
        if (!(type instanceof Y.Map) || !(section instanceof Y.Map) || section.get('drafts') !== type) continue;
        const sectionId = section.get('id');
        if (typeof section.get('revealedAt') === 'number' && type.size > 0 && typeof sectionId === 'string') this.scheduleLate(room.boardId, sectionId);
      }
    };
    room.onLiveDoc((doc) => doc.on('afterTransaction', onTransaction));
    // Drafts stored but not revealed when the relay stopped (a crash between the two) are revealed now.
    room.readCommitted((doc) =>
      doc.getMap('sections').forEach((section, sectionId) => {
        if (section instanceof Y.Map && typeof section.get('revealedAt') === 'number' && (section.get('drafts') as Y.Map<unknown> | undefined)?.size) {
          this.scheduleLate(room.boardId, sectionId);
        }
      }),
    );
  }

  private scheduleLate(boardId: string, sectionId: string): void {
    const key = `${boardId}/${sectionId}`;
    if (this.pendingLate.has(key)) return;
    this.pendingLate.add(key);
    // After the current turn: the draft's update is queued to the group commit before the reveal's.
    setImmediate(() => {
      void this.run('lateReveal', boardId, sectionId, null)
        .then((outcome) => {
          if (outcome.status !== 200) this.deps.log.warn({ boardId, sectionId, status: outcome.status, error: outcome.body.error }, 'late drafts not revealed');
        })
        .finally(() => this.pendingLate.delete(key));
    });
  }

  private async run(action: Action, boardId: string, sectionId: string, by: string | null): Promise<SealedOutcome> {
    const key = await this.deps.keys.keyPair(boardId);
    if (!key.ok) {
      this.deps.log.error({ boardId }, key.error);
      return failure(500, key.error);
    }
    const room = await this.deps.rooms.acquire(boardId);
    if (!room) return failure(404, 'no such board');
    try {
      if (action === 'revealRound') return await this.revealRoundIn(room, boardId, sectionId, by, createOpener(boardId, key.value.secretKey));
      const section = selectSection(room.doc, sectionId);
      if (!section || section.kind !== 'brainstorm') return failure(404, `this board has no brainstorm section "${sectionId}"`);
      if (by !== null && !selectMembers(room.doc).some((m) => m.id === by)) return failure(400, `"${by}" is not a member of this board`);
      const revealed = selectBrainstormSettings(room.doc, sectionId)?.revealedAt != null;
      if (action === 'reveal' && section.phase !== 'write' && section.phase !== 'reveal') {
        return failure(409, revealed ? `the drafts were revealed already (this section is in the ${section.phase} phase)` : `drafts are revealed from the write or reveal phase (this section is in the ${section.phase} phase)`);
      }
      if (action === 'tally' && section.phase !== 'vote') return failure(409, `the vote is not open (this section is in the ${section.phase} phase)`);
      const open = createOpener(boardId, key.value.secretKey);
      const at = this.now();
      if (action === 'tally') {
        const result = await room.applyLocal((doc) => writeTally(doc, { sectionId, by, at, open }));
        if (!result.ok) return failure(409, result.error);
        this.logSkipped(boardId, sectionId, result.value.skipped);
        this.deps.log.info({ boardId, sectionId, ballots: result.value.tally.ballots, skipped: result.value.skipped.length }, 'dot vote tallied');
        return { status: 200, body: { ballots: result.value.tally.ballots, skipped: result.value.skipped.length } };
      }
      const result = await room.applyLocal((doc) => revealDrafts(doc, { sectionId, by, at, open }));
      if (!result.ok) return failure(409, result.error);
      this.logSkipped(boardId, sectionId, result.value.skipped);
      if (result.value.revealed > 0 || result.value.first) {
        this.deps.log.info({ boardId, sectionId, revealed: result.value.revealed, skipped: result.value.skipped.length, late: action === 'lateReveal' }, 'drafts revealed');
      }
      return { status: 200, body: { revealed: result.value.revealed, skipped: result.value.skipped.length } };
    } catch (error) {
      this.deps.log.error({ err: error, boardId, sectionId, action }, 'could not store a reveal or tally');
      return failure(503, 'could not store the result; try again');
    } finally {
      this.deps.rooms.release(room);
    }
  }

  private async revealRoundIn(room: Room, boardId: string, sectionId: string, by: string | null, open: ReturnType<typeof createOpener>): Promise<SealedOutcome> {
    const agreement = selectAgreement(room.doc, sectionId);
    if (!agreement) return failure(404, `this board has no agreement section "${sectionId}"`);
    if (by !== null && !selectMembers(room.doc).some((m) => m.id === by)) return failure(400, `"${by}" is not a member of this board`);
    if (!agreement.openRound) return failure(409, 'no round is open: the votes of the last round were revealed already');
    const at = this.now();
    // `by` names who asked (for the log) and must hold the section's lead powers; the edit token was checked.
    const result = await room.applyLocal((doc) => revealRound(doc, { sectionId, by, at, open }));
    if (!result.ok) return failure(result.error.startsWith('only the lead') ? 403 : 409, result.error);
    this.logSkipped(boardId, sectionId, result.value.skipped);
    this.deps.log.info({ boardId, sectionId, round: result.value.number, ballots: result.value.result.ballots, skipped: result.value.skipped.length }, 'round revealed');
    return { status: 200, body: { round: result.value.number, ballots: result.value.result.ballots, met: result.value.verdict.met, skipped: result.value.skipped.length } };
  }

  private logSkipped(boardId: string, sectionId: string, skipped: readonly SkippedItem[]): void {
    for (const item of skipped) this.deps.log.warn({ boardId, sectionId, itemId: item.itemId }, `sealed item skipped: ${item.reason}`);
  }
}
