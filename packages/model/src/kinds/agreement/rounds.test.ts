import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { selectLog } from '../../core/readers.js';
import { takeLead } from '../../sections/leadership.js';
import { selectSection } from '../../sections/readers.js';
import { MEMBERS, boardWithMembers } from '../../testing/board.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { testOpener, testSealer } from '../../testing/sealing.js';
import { selectAgreement } from './agreementReaders.js';
import { setAgreementAnonymous, setDecisionRule, setProposal } from './proposal.js';
import { revealRound } from './revealRound.js';
import { castBallot, openRound } from './rounds.js';

const [A, B, C] = MEMBERS;

/** The fixture board's agreement section, with a proposal and A as lead. */
function agreementBoard() {
  const { doc, sectionIds } = boardWithMembers();
  const sectionId = sectionIds[2]!;
  expect(selectSection(doc, sectionId)?.kind).toBe('agreement');
  takeLead(doc, { sectionId, by: A, at: 1 });
  expect(setProposal(doc, { sectionId, by: A, at: 2, text: '  Ship the beta on Friday  ' })).toEqual({ ok: true, value: undefined });
  return { doc, sectionId };
}
const vote = (doc: Y.Doc, sectionId: string, by: string, level: number, comment?: string, extra: object = {}) =>
  castBallot(doc, { sectionId, by, at: 10, level, comment, seal: testSealer, ...extra });
const reveal = (doc: Y.Doc, sectionId: string, by: string | null = A) => revealRound(doc, { sectionId, by, at: 20, open: testOpener });

describe('rounds', () => {
  it('open on the proposal and rule; ballots are sealed; the reveal writes counts, names and verdict', () => {
    const { doc, sectionId } = agreementBoard();
    const roundId = openRound(doc, { sectionId, by: A, at: 5 });
    expect(roundId.ok).toBe(true);
    expect(selectSection(doc, sectionId)?.phase).toBe('vote');
    expect(vote(doc, sectionId, A, 1)).toEqual({ ok: true, value: A });
    vote(doc, sectionId, B, 7, 'my concern is the release notes');
    vote(doc, sectionId, C, 2);
    const open = selectAgreement(doc, sectionId)!.openRound!;
    expect(open).toMatchObject({ number: 1, proposal: 'Ship the beta on Friday', status: 'open', voters: [A, B, C], ballotCount: 3, result: null });
    const json = JSON.stringify(doc.getMap('sections').toJSON());
    expect(json).not.toContain('release notes');
    expect(json).not.toMatch(/"level"/);

    const outcome = reveal(doc, sectionId);
    expect(outcome.ok && outcome.value.verdict.summary).toBe('Rule not met: 1 serious disagreement (7)');
    const round = selectAgreement(doc, sectionId)!.rounds[0]!;
    expect(round.status).toBe('revealed');
    expect(round.result?.counts).toEqual([1, 1, 0, 0, 0, 0, 1, 0]);
    expect(round.result?.votes).toEqual([
      { voter: A, level: 1, comment: '' },
      { voter: C, level: 2, comment: '' },
      { voter: B, level: 7, comment: 'my concern is the release notes' },
    ]);
    expect(round.voters).toEqual([]);
    expect(selectSection(doc, sectionId)?.phase).toBe('reveal');
    expect(selectLog(doc).filter((e) => e.type === 'round.revealed').map((e) => e.detail)).toEqual(['Round 1: 3 votes; Rule not met: 1 serious disagreement (7)']);
  });

  it('a changed vote replaces the earlier one; a revised proposal opens round 2 and round 1 stays', () => {
    const { doc, sectionId } = agreementBoard();
    openRound(doc, { sectionId, by: A, at: 5 });
    vote(doc, sectionId, B, 7);
    castBallot(doc, { sectionId, by: B, at: 11, level: 3, seal: testSealer });
    reveal(doc, sectionId);
    expect(selectAgreement(doc, sectionId)!.rounds[0]!.result?.counts).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
    expect(setProposal(doc, { sectionId, by: A, at: 30, text: 'Ship the beta on Monday' }).ok).toBe(true);
    expect(setDecisionRule(doc, { sectionId, by: A, at: 31, rule: { base: 'majority', maxAtSix: 0, minVoters: 2 } }).ok).toBe(true);
    openRound(doc, { sectionId, by: A, at: 32 });
    vote(doc, sectionId, A, 1);
    vote(doc, sectionId, B, 2);
    const second = reveal(doc, sectionId);
    expect(second.ok && second.value.verdict.met).toBe(true);
    const rounds = selectAgreement(doc, sectionId)!.rounds;
    expect(rounds.map((r) => [r.number, r.proposal, r.verdict?.met])).toEqual([
      [1, 'Ship the beta on Friday', true],
      [2, 'Ship the beta on Monday', true],
    ]);
    expect(rounds[0]!.rule?.base).toBe('consensus');
    expect(rounds[1]!.rule).toEqual({ base: 'majority', maxAtSix: 0, minVoters: 2 });
  });

  it('refuses bad input and leaves the document unchanged', () => {
    const { doc, sectionId } = agreementBoard();
    const before0 = Y.encodeStateVector(doc);
    expect(vote(doc, sectionId, A, 1)).toEqual({ ok: false, error: 'no round is open for voting' });
    expect(setDecisionRule(doc, { sectionId, by: A, at: 3, rule: { base: 'consensus', maxAtSix: 0, minVoters: 9 } })).toEqual({ ok: false, error: '"at least 9 voters" can never be met: this board has 3 members' });
    expect(setDecisionRule(doc, { sectionId, by: B, at: 3, rule: { base: 'majority', maxAtSix: 0, minVoters: null } })).toEqual({ ok: false, error: 'only the lead of this section can set the decision rule' });
    expect(setProposal(doc, { sectionId, by: A, at: 3, text: 'x'.repeat(2001) })).toEqual({ ok: false, error: 'the proposal is 2001 characters; at most 2000 fit' });
    expect(Y.encodeStateVector(doc)).toEqual(before0);
    const roundId = openRound(doc, { sectionId, by: A, at: 5 });
    const before = Y.encodeStateVector(doc);
    expect(vote(doc, sectionId, A, 0)).toEqual({ ok: false, error: 'a vote is a level from 1 to 8 (got 0)' });
    expect(vote(doc, sectionId, A, 9).ok).toBe(false);
    expect(vote(doc, sectionId, A, 2.5).ok).toBe(false);
    expect(vote(doc, sectionId, A, 1, 'x'.repeat(501))).toEqual({ ok: false, error: 'a comment holds at most 500 characters (this one has 501)' });
    expect(vote(doc, sectionId, 'stranger-1', 1)).toEqual({ ok: false, error: 'only members of this board can vote' });
    expect(openRound(doc, { sectionId, by: A, at: 6 })).toEqual({ ok: false, error: 'you can open a new round only between rounds (round 1 is open)' });
    expect(setProposal(doc, { sectionId, by: A, at: 6, text: 'Another' }).ok).toBe(false);
    expect(reveal(doc, sectionId, B)).toEqual({ ok: false, error: 'only the lead of this section can reveal the votes' });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    reveal(doc, sectionId);
    const after = Y.encodeStateVector(doc);
    expect(vote(doc, sectionId, A, 1, undefined, { roundId: roundId.ok ? roundId.value : '' })).toEqual({ ok: false, error: 'round 1 is closed: its votes were revealed' });
    expect(reveal(doc, sectionId)).toEqual({ ok: false, error: 'no round is open' });
    expect(Y.encodeStateVector(doc)).toEqual(after);
  });

  it('the reveal skips malformed and foreign ballots, one reason each, and counts the rest', () => {
    const { doc, sectionId } = agreementBoard();
    const roundId = openRound(doc, { sectionId, by: A, at: 5 });
    vote(doc, sectionId, A, 2);
    vote(doc, sectionId, B, 3);
    // A hostile peer writes garbage, and a ballot under C's name that B's ciphertext fills.
    const map = doc.getMap('sections').get(sectionId) as Y.Map<unknown>;
    const ballots = (map.get(`round:${roundId.ok ? roundId.value : ''}`) as Y.Map<unknown>).get('ballots') as Y.Map<unknown>;
    doc.transact(() => {
      ballots.set('member-garbage', { id: 'member-garbage', ciphertext: 'AAAA', sealedAt: 1 });
      ballots.set(C, { ...(ballots.get(B) as object) });
      ballots.set('x', 42);
    });
    const outcome = reveal(doc, sectionId);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.result.counts).toEqual([0, 1, 1, 0, 0, 0, 0, 0]);
    expect(outcome.value.skipped.map((s) => s.itemId).sort()).toEqual([C, 'member-garbage', 'x']);
    expect(outcome.value.skipped.every((s) => s.reason.length > 0)).toBe(true);
  });

  it('anonymous rounds show only a count while open and no names after the reveal', () => {
    const { doc, sectionId } = agreementBoard();
    expect(setAgreementAnonymous(doc, { sectionId, by: A, at: 3, anonymous: true }).ok).toBe(true);
    openRound(doc, { sectionId, by: A, at: 5 });
    const first = vote(doc, sectionId, B, 6);
    expect(first.ok && first.value).not.toBe(B);
    // B changes their vote under the same device-held id; C votes twice from two devices.
    vote(doc, sectionId, B, 2, undefined, { ballotId: first.ok ? first.value : '' });
    castBallot(doc, { sectionId, by: C, at: 9, level: 8, seal: testSealer });
    castBallot(doc, { sectionId, by: C, at: 12, level: 5, comment: 'too soon', seal: testSealer });
    const open = selectAgreement(doc, sectionId)!.openRound!;
    expect(open.voters).toEqual([]);
    expect(open.ballotCount).toBe(3);
    expect(JSON.stringify(doc.getMap('sections').toJSON())).not.toContain(B);
    const outcome = reveal(doc, sectionId);
    expect(outcome.ok && outcome.value.result.votes).toEqual([
      { voter: null, level: 2, comment: '' },
      { voter: null, level: 5, comment: 'too soon' },
    ]);
    const stored = JSON.stringify(doc.getMap('sections').toJSON());
    expect(stored).not.toContain(`"voter"`);
  });

  it('three peers voting and changing votes concurrently converge, and the reveal counts each once', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { doc, sectionId } = agreementBoard();
      openRound(doc, { sectionId, by: A, at: 5 });
      const { docs, deliverShuffled } = createPeers(3, doc);
      const [pa, pb, pc] = docs as [Y.Doc, Y.Doc, Y.Doc];
      castBallot(pa, { sectionId, by: A, at: 10, level: 1, seal: testSealer });
      castBallot(pb, { sectionId, by: B, at: 10, level: 7, comment: 'risky', seal: testSealer });
      castBallot(pc, { sectionId, by: C, at: 10, level: 3, seal: testSealer });
      // B changes their mind before hearing from anyone; the change replaces B's ballot.
      castBallot(pb, { sectionId, by: B, at: 11, level: 2, seal: testSealer });
      deliverShuffled(seed);
      expect(snapshot(pb)).toEqual(snapshot(pa));
      expect(snapshot(pc)).toEqual(snapshot(pa));
      expect(selectAgreement(pa, sectionId)!.openRound!.voters).toEqual([A, B, C]);
      // A late change by C arrives before the reveal and counts.
      castBallot(pc, { sectionId, by: C, at: 15, level: 1, seal: testSealer });
      deliverShuffled(seed + 10);
      const outcome = revealRound(pa, { sectionId, by: A, at: 20, open: testOpener });
      deliverShuffled(seed + 20);
      expect(outcome.ok && outcome.value.result.counts).toEqual([2, 1, 0, 0, 0, 0, 0, 0]);
      expect(selectAgreement(pc, sectionId)!.lastRevealed?.verdict?.met).toBe(true);
      expect(snapshot(pc)).toEqual(snapshot(pa));
    }
  });

  it("two devices of one member voting at once leave one ballot, the same on every peer", () => {
    for (const seed of [1, 2, 3]) {
      const { doc, sectionId } = agreementBoard();
      openRound(doc, { sectionId, by: A, at: 5 });
      const { docs, deliverShuffled } = createPeers(3, doc);
      castBallot(docs[0]!, { sectionId, by: B, at: 10, level: 7, seal: testSealer });
      castBallot(docs[1]!, { sectionId, by: B, at: 10, level: 2, seal: testSealer });
      deliverShuffled(seed);
      expect(selectAgreement(docs[2]!, sectionId)!.openRound!.ballotCount).toBe(1);
      const outcome = revealRound(docs[2]!, { sectionId, by: A, at: 20, open: testOpener });
      deliverShuffled(seed);
      expect(outcome.ok && outcome.value.result.ballots).toBe(1);
      expect(snapshot(docs[0]!)).toEqual(snapshot(docs[2]!));
    }
  });
});
