/**
 * What this device knows about sealed items (DESIGN §4) that the document must not hold:
 *  - the board's public key, fetched from the relay (`GET /api/boards/:id/key`, never from the
 *    document) and cached per board in localStorage so drafts can be sealed offline after a
 *    reload; its short fingerprint is shown in the UI;
 *  - the author's own plaintext of each draft it sealed (`roundtable.sealed.<boardId>` in
 *    localStorage, keyed by draft id): the document holds only ciphertext, so this is how the
 *    author sees and edits their drafts after a reload or offline, while no one else can;
 *  - this member's own dot allocation per section (and, in anonymous sections, the random
 *    allocation id that replaces it), to show remaining dots and re-seal on every change;
 *  - this member's own ballot per agreement round (level, comment, and in anonymous rounds the
 *    random ballot id that replaces it when the vote changes): the document holds only the
 *    envelope, so this is how a voter sees "Your vote: 3" while the round is open.
 * A tracked source: readers subscribe to `key`, `draft:<id>`, `drafts`, `dots:<sectionId>` or
 * `ballot:<roundId>`.
 */
import type { CardColour } from '@roundtable/model';
import type { BoardSealer } from '@roundtable/sealing';
import { deviceStorage, readJson, writeJson } from '../storage/localJson.js';
import { KeyedListeners, runBatch, type Batch } from './KeyedListeners.js';
import { reportRead, type Source } from './tracking.js';

/** Where fetching the board key stands. */
export type BoardKeyState =
  | { status: 'loading' }
  | { status: 'ready'; fingerprint: string; sealer: BoardSealer }
  | { status: 'error'; message: string };

/** The author's plaintext of one of their drafts. */
export interface DraftText {
  sectionId: string;
  text: string;
  color: CardColour;
}

/** This member's dots in one section, and the allocation id they were sealed under. */
export interface MyDots {
  allocationId: string | null;
  dots: Readonly<Record<string, number>>;
}

/** This member's ballot in one round, as sealed (the level and comment never enter the document in plain form). */
export interface MyBallot {
  ballotId: string;
  level: number;
  comment: string;
  /** Relay time it was sealed at. */
  at: number;
}

interface Persisted {
  drafts: Record<string, DraftText>;
  dots: Record<string, MyDots>;
  ballots: Record<string, MyBallot>;
}

const NO_DOTS: MyDots = Object.freeze({ allocationId: null, dots: Object.freeze({}) });

/** Storage key of a board's device-held plaintexts. */
export const sealedStorageKey = (boardId: string) => `roundtable.sealed.${boardId}`;

function readPersisted(boardId: string): Persisted {
  const raw = readJson(deviceStorage(), sealedStorageKey(boardId));
  const out: Persisted = { drafts: {}, dots: {}, ballots: {} };
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as Partial<Persisted>;
  if (typeof r.drafts === 'object' && r.drafts !== null) {
    for (const [id, d] of Object.entries(r.drafts)) {
      if (d && typeof d.text === 'string' && typeof d.sectionId === 'string') out.drafts[id] = { sectionId: d.sectionId, text: d.text, color: d.color };
    }
  }
  if (typeof r.dots === 'object' && r.dots !== null) {
    for (const [id, d] of Object.entries(r.dots)) if (d && typeof d.dots === 'object' && d.dots !== null) out.dots[id] = { allocationId: typeof d.allocationId === 'string' ? d.allocationId : null, dots: d.dots };
  }
  if (typeof r.ballots === 'object' && r.ballots !== null) {
    for (const [id, b] of Object.entries(r.ballots)) {
      if (b && typeof b.ballotId === 'string' && typeof b.level === 'number') out.ballots[id] = { ballotId: b.ballotId, level: b.level, comment: typeof b.comment === 'string' ? b.comment : '', at: typeof b.at === 'number' ? b.at : 0 };
    }
  }
  return out;
}

/** The device side of sealing for one board. */
export class SealingStore implements Source {
  private readonly listeners = new KeyedListeners();
  private key: BoardKeyState = { status: 'loading' };
  private data: Persisted;

  constructor(readonly boardId: string) {
    this.data = readPersisted(boardId);
  }

  subscribe(key: string, listener: () => void): () => void {
    return this.listeners.subscribe(key, listener);
  }

  private notify(keys: string[]): void {
    const batch: Batch = new Set();
    for (const key of keys) this.listeners.collect(key, batch);
    runBatch(batch);
  }

  private persist(): void {
    writeJson(deviceStorage(), sealedStorageKey(this.boardId), this.data);
  }

  /** The board key's state (tracked). */
  getKey(): BoardKeyState {
    reportRead(this, 'key');
    return this.key;
  }

  /** Sets the key's state (the loader in `sealing/boardKey.ts`). */
  setKey(state: BoardKeyState): void {
    this.key = state;
    this.notify(['key']);
  }

  /** The plaintext this device keeps for draft `id`, or null (someone else's, or another device's). */
  getDraftText(id: string): DraftText | null {
    reportRead(this, `draft:${id}`);
    return this.data.drafts[id] ?? null;
  }

  /** Every draft id this device holds a plaintext for (tracked). */
  getDraftIds(): readonly string[] {
    reportRead(this, 'drafts');
    return Object.keys(this.data.drafts);
  }

  /** Remembers a draft's plaintext (after it was sealed into the document). */
  saveDraftText(id: string, text: DraftText): void {
    const isNew = !(id in this.data.drafts);
    this.data.drafts[id] = text;
    this.persist();
    this.notify(isNew ? [`draft:${id}`, 'drafts'] : [`draft:${id}`]);
  }

  /** Forgets a draft's plaintext (deleted, or shared early: the card now holds the text). */
  forgetDraft(id: string): void {
    if (!(id in this.data.drafts)) return;
    delete this.data.drafts[id];
    this.persist();
    this.notify([`draft:${id}`, 'drafts']);
  }

  /** This member's dots in section `sectionId` (tracked). */
  getMyDots(sectionId: string): MyDots {
    reportRead(this, `dots:${sectionId}`);
    return this.data.dots[sectionId] ?? NO_DOTS;
  }

  /** Remembers this member's dots after they were sealed into the document. */
  saveMyDots(sectionId: string, dots: MyDots): void {
    this.data.dots[sectionId] = { allocationId: dots.allocationId, dots: { ...dots.dots } };
    this.persist();
    this.notify([`dots:${sectionId}`]);
  }

  /** This member's ballot in round `roundId` as this device sealed it, or null (tracked). */
  getMyBallot(roundId: string): MyBallot | null {
    reportRead(this, `ballot:${roundId}`);
    return this.data.ballots[roundId] ?? null;
  }

  /** Remembers this member's ballot after it was sealed into the document. */
  saveMyBallot(roundId: string, ballot: MyBallot): void {
    this.data.ballots[roundId] = { ...ballot };
    this.persist();
    this.notify([`ballot:${roundId}`]);
  }
}
