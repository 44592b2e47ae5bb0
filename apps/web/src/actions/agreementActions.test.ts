/**
 * The agreement actions on a real board document (retrospective template: its last section is
 * an agreement) with real sealing: ballots sealed with a board key, opened here by the model's
 * revealRound with the secret key, as the relay does. What the store shows while a round is
 * open holds who voted, never how.
 */
import { revealRound, selectLog, upsertMember } from '@roundtable/model';
import { createOpener, createSealer, generateSealingKeyPair, keyFingerprint } from '@roundtable/sealing';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SealingStore } from '../store/SealingStore.js';
import { ACTIONS, performAction, type ActionName } from './index.js';
import { ADA, GRACE, RELAY_EPOCH, actionBoard } from './testing.js';
import type { ActionContext, AnyAction } from './types.js';

const BEN = { id: 'member-ben', name: 'Ben Okafor', color: '#16a34a' };
const keys = generateSealingKeyPair();

let board: ReturnType<typeof actionBoard>;
afterEach(() => board?.destroy());

/** A board with three members, each with their own device sealing store (the same board key). */
function setup() {
  board = actionBoard();
  upsertMember(board.doc, { ...BEN, at: RELAY_EPOCH });
  const sectionId = board.sections[3]!;
  const devices = new Map<string, SealingStore>();
  const as = (member: typeof ADA, role: 'edit' | 'view' = 'edit'): ActionContext => {
    let sealing = devices.get(member.id);
    if (!sealing) {
      sealing = new SealingStore('test-board');
      sealing.setKey({ status: 'ready', fingerprint: keyFingerprint(keys.publicKey), sealer: createSealer('test-board', keys.publicKey) });
      devices.set(member.id, sealing);
    }
    return { ...board.ctx(member, role), sealing };
  };
  const run = (name: ActionName, ctx: ActionContext, target: object, args?: unknown) => performAction(ACTIONS[name] as AnyAction, ctx, target, args);
  const available = (name: ActionName, ctx: ActionContext, target: object) => (ACTIONS[name] as AnyAction).available(ctx, target);
  /** What the relay does on reveal. */
  const reveal = () => revealRound(board.doc, { sectionId, by: ADA.id, at: board.clock.now(), open: createOpener('test-board', keys.secretKey) });
  const view = () => board.store.agreement.get(sectionId)!;
  return { sectionId, as, run, available, reveal, view };
}

describe('agreement actions', () => {
  it('lets only the lead shape the proposal and the rule, refusing impossible numbers with a clear message', () => {
    const { sectionId, as, run, available, view } = setup();
    const target = { sectionId };
    expect(run('takeLead', as(ADA), target).ok).toBe(true);
    expect(available('setProposal', as(GRACE), target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can revise the proposal' });
    expect(available('openRound', as(ADA), target)).toEqual({ ok: false, reason: 'Write the proposal before opening a round' });
    expect(run('setProposal', as(ADA), target, { text: '  Stand-up moves to 10:00  ' }).ok).toBe(true);
    expect(view().proposal?.text).toBe('Stand-up moves to 10:00');
    expect(selectLog(board.doc).at(-1)).toMatchObject({ type: 'proposal.set', by: ADA.id, at: board.clock.now() });

    const before = Y.encodeStateVector(board.doc);
    const impossible = run('setDecisionRule', as(ADA), target, { rule: { base: 'majority', maxAtSix: 0, minVoters: 5 } });
    expect(impossible).toEqual({ ok: false, error: '"at least 5 voters" can never be met: this board has 3 members' });
    expect(run('setDecisionRule', as(ADA), target, { rule: { base: 'noSeriousDisagreement', maxAtSix: -1, minVoters: null } }).ok).toBe(false);
    expect(Y.encodeStateVector(board.doc)).toEqual(before);
    expect(run('setDecisionRule', as(ADA), target, { rule: { base: 'noSeriousDisagreement', maxAtSix: 1, minVoters: 3 } }).ok).toBe(true);
    expect(view().rule).toEqual({ base: 'noSeriousDisagreement', maxAtSix: 1, minVoters: 3 });
    expect(available('openRound', as(ADA), target)).toEqual({ ok: true });
    expect((ACTIONS.openRound as AnyAction).label(as(ADA), target)).toBe('Open voting');
  });

  it('seals ballots: the store shows who voted, never how; a changed vote replaces the earlier one', () => {
    const { sectionId, as, run, available, reveal, view } = setup();
    const target = { sectionId };
    run('takeLead', as(ADA), target);
    run('setProposal', as(ADA), target, { text: 'Ship weekly' });
    expect(available('castBallot', as(GRACE), target)).toEqual({ ok: false, reason: 'Voting opens when the lead opens a round' });
    const opened = run('openRound', as(ADA), target);
    expect(opened.ok).toBe(true);
    expect(available('setProposal', as(ADA), target)).toEqual({ ok: false, reason: 'You can revise the proposal only between rounds: round 1 is open' });
    expect(run('castBallot', as(GRACE), target, { level: 9, comment: '' })).toEqual({ ok: false, error: 'a vote is a level from 1 to 8 (got 9)' });

    expect(run('castBallot', as(ADA), target, { level: 1, comment: '' }).ok).toBe(true);
    expect(run('castBallot', as(GRACE), target, { level: 2, comment: 'SECRET first thought' }).ok).toBe(true);
    expect((ACTIONS.castBallot as AnyAction).label(as(GRACE), target)).toBe('Change my vote');
    expect(run('castBallot', as(GRACE), target, { level: 7, comment: 'SECRET clashes with the school run' }).ok).toBe(true);
    expect(run('castBallot', as(BEN), target, { level: 3, comment: '' }).ok).toBe(true);

    const open = view().openRound!;
    expect(open.voters).toEqual([ADA.id, BEN.id, GRACE.id].sort());
    expect(open.ballotCount).toBe(3);
    expect(JSON.stringify(view())).not.toMatch(/SECRET|school run|"level"/);
    expect(as(GRACE).sealing.getMyBallot(open.id)).toMatchObject({ ballotId: GRACE.id, level: 7, comment: 'SECRET clashes with the school run' });
    expect(as(BEN).sealing.getMyBallot(open.id)).toMatchObject({ level: 3 });

    expect(available('revealRound', as(GRACE), target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can reveal the votes' });
    expect(available('revealRound', as(ADA, 'view'), target)).toEqual({ ok: false, reason: 'This is a view-only link: you cannot reveal the votes' });
    expect(available('revealRound', as(ADA), target)).toEqual({ ok: true });
    expect(reveal().ok).toBe(true);

    const round = view().lastRevealed!;
    expect(round.result!.counts).toEqual([1, 0, 1, 0, 0, 0, 1, 0]);
    expect(round.result!.votes.find((v) => v.voter === GRACE.id)).toEqual({ voter: GRACE.id, level: 7, comment: 'SECRET clashes with the school run' });
    expect(round.verdict).toEqual({ met: false, reasons: ['1 serious disagreement (7)'], summary: 'Rule not met: 1 serious disagreement (7)' });
    expect(available('castBallot', as(BEN), target)).toEqual({ ok: false, reason: 'Voting is closed: the votes were revealed' });
    expect(available('revealRound', as(ADA), target)).toEqual({ ok: false, reason: 'No round is open' });

    // Revise and vote again: round 2 meets the rule; round 1 stays as it was.
    expect(run('setProposal', as(ADA), target, { text: 'Ship weekly, except in release weeks' }).ok).toBe(true);
    expect(selectLog(board.doc).at(-1)?.type).toBe('proposal.revised');
    expect((ACTIONS.openRound as AnyAction).label(as(ADA), target)).toBe('Open a new round');
    expect(run('openRound', as(ADA), target).ok).toBe(true);
    for (const [m, level] of [[ADA, 1], [GRACE, 3], [BEN, 2]] as const) expect(run('castBallot', as(m), target, { level, comment: '' }).ok).toBe(true);
    expect(reveal().ok).toBe(true);
    expect(view().rounds.map((r) => [r.number, r.proposal, r.verdict?.met])).toEqual([
      [1, 'Ship weekly', false],
      [2, 'Ship weekly, except in release weeks', true],
    ]);
  });

  it('keeps an anonymous ballot id on the device so a changed vote replaces it, and shows only how many voted', () => {
    const { sectionId, as, run, reveal, view } = setup();
    const target = { sectionId };
    run('setProposal', as(ADA), target, { text: 'Buy a coffee machine' });
    expect(run('setAgreementAnonymous', as(ADA), target, { anonymous: true }).ok).toBe(true);
    run('openRound', as(ADA), target);
    expect(run('castBallot', as(GRACE), target, { level: 8, comment: 'too loud' }).ok).toBe(true);
    const first = as(GRACE).sealing.getMyBallot(view().openRound!.id)!.ballotId;
    expect(first).not.toBe(GRACE.id);
    expect(run('castBallot', as(GRACE), target, { level: 5, comment: 'need a quiet one' }).ok).toBe(true);
    expect(as(GRACE).sealing.getMyBallot(view().openRound!.id)!.ballotId).toBe(first);
    expect(view().openRound).toMatchObject({ voters: [], ballotCount: 1, anonymous: true });
    expect(JSON.stringify(view())).not.toContain(GRACE.id);
    expect(reveal().ok).toBe(true);
    expect(view().lastRevealed!.result!.votes).toEqual([{ voter: null, level: 5, comment: 'need a quiet one' }]);
  });

  it('records the outcome in the log and handles commitments: own, proposed → accepted or declined, done', () => {
    const { sectionId, as, run, available } = setup();
    const target = { sectionId };
    run('takeLead', as(ADA), target);
    expect(available('recordOutcome', as(GRACE), target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can record the outcome' });
    expect(run('recordOutcome', as(ADA), target, { decision: 'adopted', note: 'From Monday' }).ok).toBe(true);
    expect(selectLog(board.doc).at(-1)).toMatchObject({ type: 'decision', by: ADA.id, detail: 'Adopted: From Monday' });
    expect(board.store.agreement.get(sectionId)!.outcome).toMatchObject({ decision: 'adopted', note: 'From Monday' });

    const own = run('addCommitment', as(GRACE), target, { text: 'I will update the calendar', due: 'Friday' });
    expect(own.ok).toBe(true);
    expect(run('addCommitment', as(GRACE), target, { text: '   ', due: '' })).toEqual({ ok: false, error: 'a commitment needs text ("I will …")' });
    expect(available('proposeCommitment', as(GRACE), target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can propose commitments to others' });
    board.clock.t += 1_000;
    const proposed = run('proposeCommitment', as(ADA), target, { to: BEN.id, text: 'tell the other team', due: 'tomorrow' });
    board.clock.t += 1_000;
    const declined = run('proposeCommitment', as(ADA), target, { to: BEN.id, text: 'book a room', due: '' });
    expect(proposed.ok && declined.ok).toBe(true);
    const proposedTarget = { sectionId, commitmentId: (proposed as { value: string }).value };
    const declinedTarget = { sectionId, commitmentId: (declined as { value: string }).value };
    expect(available('acceptCommitment', as(ADA), proposedTarget)).toEqual({ ok: false, reason: 'Only the member it was proposed to can answer it' });
    expect(available('setCommitmentDone', as(BEN), proposedTarget)).toEqual({ ok: false, reason: 'It is not accepted yet' });
    expect(run('acceptCommitment', as(BEN), proposedTarget).ok).toBe(true);
    expect(run('declineCommitment', as(BEN), declinedTarget).ok).toBe(true);
    expect(available('acceptCommitment', as(BEN), proposedTarget)).toEqual({ ok: false, reason: 'You already accepted it' });

    const ownTarget = { sectionId, commitmentId: (own as { value: string }).value };
    expect(available('setCommitmentDone', as(BEN), ownTarget)).toEqual({ ok: false, reason: 'Only its owner, whoever proposed it, or the lead can mark it done' });
    expect(run('setCommitmentDone', as(GRACE), ownTarget, { done: true }).ok).toBe(true);
    expect((ACTIONS.setCommitmentDone as AnyAction).label(as(GRACE), ownTarget)).toBe('Mark not done');

    const listed = board.store.agreement.getBoardCommitments();
    expect(listed.map((c) => [c.text, c.owner, c.state, c.doneAt !== null])).toEqual([
      ['update the calendar', GRACE.id, 'active', true],
      ['tell the other team', BEN.id, 'active', false],
      ['book a room', BEN.id, 'declined', false],
    ]);
    expect(selectLog(board.doc).slice(-2).map((e) => e.type)).toEqual(['commitment.declined', 'commitment.done']);
  });
});
