import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { selectLog } from '../../core/readers.js';
import { takeLead } from '../../sections/leadership.js';
import { selectSection } from '../../sections/readers.js';
import { MEMBERS, boardWithMembers } from '../../testing/board.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { testOpener, testSealer } from '../../testing/sealing.js';
import { selectAgreement, selectCommitments } from './agreementReaders.js';
import { acceptCommitment, addCommitment, declineCommitment, proposeCommitment, setCommitmentDone } from './commitments.js';
import { recordOutcome } from './outcome.js';
import { setProposal } from './proposal.js';
import { revealRound } from './revealRound.js';
import { castBallot, openRound } from './rounds.js';

const [A, B, C] = MEMBERS;

function decidedBoard() {
  const { doc, sectionIds } = boardWithMembers();
  const sectionId = sectionIds[2]!;
  takeLead(doc, { sectionId, by: A, at: 1 });
  setProposal(doc, { sectionId, by: A, at: 2, text: 'Pair on reviews' });
  openRound(doc, { sectionId, by: A, at: 3 });
  castBallot(doc, { sectionId, by: B, at: 4, level: 1, seal: testSealer });
  revealRound(doc, { sectionId, by: A, at: 5, open: testOpener });
  return { doc, sectionId };
}
const id = (r: { ok: boolean; value?: unknown }) => (r.ok ? (r.value as string) : '');

describe('outcome', () => {
  it('records adopted / not adopted / postponed with a note, linked to the last round, into the log', () => {
    const { doc, sectionId } = decidedBoard();
    expect(recordOutcome(doc, { sectionId, by: B, at: 6, decision: 'adopted' })).toEqual({ ok: false, error: 'only the lead of this section can record the outcome' });
    expect(recordOutcome(doc, { sectionId, by: A, at: 6, decision: 'maybe' as never }).ok).toBe(false);
    expect(recordOutcome(doc, { sectionId, by: A, at: 6, decision: 'adopted', note: ' from next sprint ' }).ok).toBe(true);
    const view = selectAgreement(doc, sectionId)!;
    expect(view.outcome).toEqual({ decision: 'adopted', note: 'from next sprint', at: 6, by: A, roundId: view.rounds[0]!.id });
    expect(selectSection(doc, sectionId)?.phase).toBe('decide');
    expect(selectLog(doc).filter((e) => e.type === 'decision').map((e) => e.detail)).toEqual(['Adopted: from next sprint']);
  });
});

describe('commitments', () => {
  it('own commitments, proposals accepted or declined, marked done and reopened', () => {
    const { doc, sectionId } = decidedBoard();
    const own = addCommitment(doc, { sectionId, by: B, at: 7, text: 'I will  write the checklist', due: 'Friday' });
    expect(own.ok).toBe(true);
    const toC = proposeCommitment(doc, { sectionId, by: A, at: 8, to: C, text: 'book the room', due: '2025-07-01' });
    const toB = proposeCommitment(doc, { sectionId, by: A, at: 9, to: B, text: 'ask legal' });
    expect(acceptCommitment(doc, { sectionId, by: B, at: 10, commitmentId: id(toC) })).toEqual({ ok: false, error: 'only the member it was proposed to can answer it' });
    expect(setCommitmentDone(doc, { sectionId, by: C, at: 10, commitmentId: id(toC), done: true })).toEqual({ ok: false, error: 'it is not accepted yet' });
    expect(acceptCommitment(doc, { sectionId, by: C, at: 10, commitmentId: id(toC) }).ok).toBe(true);
    expect(declineCommitment(doc, { sectionId, by: B, at: 11, commitmentId: id(toB) }).ok).toBe(true);
    expect(acceptCommitment(doc, { sectionId, by: B, at: 11, commitmentId: id(toB) })).toEqual({ ok: false, error: 'you already declined it' });
    expect(setCommitmentDone(doc, { sectionId, by: A, at: 12, commitmentId: id(own), done: true }).ok).toBe(true); // the lead may
    expect(setCommitmentDone(doc, { sectionId, by: C, at: 12, commitmentId: id(own), done: false })).toEqual({ ok: false, error: 'only its owner, whoever proposed it, or the lead can mark a commitment done' });
    expect(setCommitmentDone(doc, { sectionId, by: B, at: 13, commitmentId: id(own), done: false }).ok).toBe(true);
    expect(setCommitmentDone(doc, { sectionId, by: C, at: 14, commitmentId: id(toC), done: true }).ok).toBe(true);
    expect(selectCommitments(doc).map((c) => [c.text, c.due, c.owner, c.createdBy, c.state, c.doneAt])).toEqual([
      ['write the checklist', 'Friday', B, B, 'active', null],
      ['book the room', '2025-07-01', C, A, 'active', 14],
      ['ask legal', '', B, A, 'declined', null],
    ]);
    expect(selectLog(doc).filter((e) => e.type.startsWith('commitment.')).map((e) => e.type)).toEqual([
      'commitment.added',
      'commitment.proposed',
      'commitment.proposed',
      'commitment.accepted',
      'commitment.declined',
      'commitment.done',
      'commitment.reopened',
      'commitment.done',
    ]);
  });

  it('refuse bad input and leave the document unchanged', () => {
    const { doc, sectionId } = decidedBoard();
    const before = Y.encodeStateVector(doc);
    expect(addCommitment(doc, { sectionId, by: B, at: 7, text: '   ' })).toEqual({ ok: false, error: 'a commitment needs text ("I will …")' });
    expect(addCommitment(doc, { sectionId, by: B, at: 7, text: 'x'.repeat(281) }).ok).toBe(false);
    expect(addCommitment(doc, { sectionId, by: B, at: 7, text: 'ok', due: 'y'.repeat(41) }).ok).toBe(false);
    expect(proposeCommitment(doc, { sectionId, by: B, at: 7, to: C, text: 'ok' })).toEqual({ ok: false, error: 'only the lead of this section can propose commitments to others' });
    expect(proposeCommitment(doc, { sectionId, by: A, at: 7, to: 'nobody-123', text: 'ok' })).toEqual({ ok: false, error: 'propose a commitment to a member of this board' });
    expect(setCommitmentDone(doc, { sectionId, by: A, at: 7, commitmentId: 'gone', done: true })).toEqual({ ok: false, error: 'that commitment no longer exists' });
    expect(addCommitment(doc, { sectionId, by: B, at: Number.NaN, text: 'ok' }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('converge when peers add, accept and mark done at once', () => {
    for (const seed of [1, 2, 3]) {
      const { doc, sectionId } = decidedBoard();
      const proposed = proposeCommitment(doc, { sectionId, by: A, at: 7, to: C, text: 'book the room' });
      const mine = addCommitment(doc, { sectionId, by: B, at: 7, text: 'write the checklist' });
      const { docs, deliverShuffled } = createPeers(3, doc);
      acceptCommitment(docs[2]!, { sectionId, by: C, at: 8, commitmentId: id(proposed) });
      setCommitmentDone(docs[1]!, { sectionId, by: B, at: 8, commitmentId: id(mine), done: true });
      addCommitment(docs[0]!, { sectionId, by: A, at: 8, text: 'send the notes' });
      addCommitment(docs[1]!, { sectionId, by: B, at: 8, text: 'update the wiki' });
      deliverShuffled(seed);
      expect(snapshot(docs[1]!)).toEqual(snapshot(docs[0]!));
      expect(snapshot(docs[2]!)).toEqual(snapshot(docs[0]!));
      const list = selectCommitments(docs[0]!);
      expect(list).toHaveLength(4);
      expect(list.find((c) => c.id === id(proposed))?.state).toBe('active');
      expect(list.find((c) => c.id === id(mine))?.doneAt).toBe(8);
    }
  });
});
