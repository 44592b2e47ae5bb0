/**
 * The brainstorm's actions on a real board (Y.Doc + stores, a real board key): when each is
 * available, by role, lead powers and phase, with the sentence people see; and that perform
 * writes exactly the named model operation with relay-corrected time.
 */
import { castDots as castOperation, selectAgreement, selectBrainstormSettings, selectLog, selectSections, setPhase, takeLead, writeTally } from '@roundtable/model';
import { createOpener, createSealer, generateSealingKeyPair, keyFingerprint } from '@roundtable/sealing';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ACTIONS, performAction, type ActionName } from './index.js';
import { ADA, GRACE, actionBoard } from './testing.js';
import type { AnyAction } from './types.js';

let board: ReturnType<typeof actionBoard>;
afterEach(() => board?.destroy());

const act = (name: ActionName) => ACTIONS[name] as AnyAction;

/** The retrospective's first brainstorm ("What went well"), with a board key ready for sealing. */
function brainstorm() {
  board = actionBoard();
  const keys = generateSealingKeyPair();
  board.ctx(ADA).sealing.setKey({ status: 'ready', fingerprint: keyFingerprint(keys.publicKey), sealer: createSealer('test-board', keys.publicKey) });
  const sectionId = board.sections[1]!;
  const column = selectBrainstormSettings(board.doc, sectionId)!.columns[0]!.id;
  const open = createOpener('test-board', keys.secretKey);
  const seal = createSealer('test-board', keys.publicKey);
  const phase = (to: string) => expect(setPhase(board.doc, { sectionId, by: ADA.id, at: board.clock.t, phase: to }).ok).toBe(true);
  return { sectionId, column, open, seal, phase };
}

/** Runs `fn` and returns the operation names of the transactions it made. */
function operations(fn: () => unknown): string[] {
  const names: string[] = [];
  const listen = (tr: Y.Transaction) => names.push((tr.origin as { operation?: string } | null)?.operation ?? String(tr.origin));
  board.doc.on('afterTransaction', listen);
  try {
    fn();
  } finally {
    board.doc.off('afterTransaction', listen);
  }
  return names;
}

describe('brainstorm actions: availability', () => {
  it('follows the phase: private cards while writing, plain cards after the reveal, dots only in the vote', () => {
    const { sectionId, column, phase } = brainstorm();
    const ctx = board.ctx(GRACE);
    expect(act('saveDraft').available(ctx, { sectionId, column })).toEqual({ ok: true });
    expect(act('addCard').available(ctx, { sectionId, column })).toEqual({ ok: false, reason: 'You can add cards only in the reveal and cluster phases' });
    expect(act('castDots').available(ctx, { sectionId })).toEqual({ ok: false, reason: 'You can place dots only in the vote phase' });
    phase('cluster');
    expect(act('saveDraft').available(ctx, { sectionId, column })).toEqual({ ok: false, reason: 'You can write private cards only in the write phase' });
    expect(act('addCard').available(ctx, { sectionId, column })).toEqual({ ok: true });
    phase('vote');
    expect(act('addCard').available(ctx, { sectionId, column })).toMatchObject({ ok: false });
    expect(act('castDots').available(ctx, { sectionId })).toEqual({ ok: true });
  });

  it('gives the setup, the reveal and the count to whoever leads, naming the lead to everyone else', () => {
    const { sectionId } = brainstorm();
    // Nobody leads: anyone may.
    expect(act('setColumns').available(board.ctx(GRACE), { sectionId })).toEqual({ ok: true });
    expect(takeLead(board.doc, { sectionId, by: ADA.id, at: board.clock.t }).ok).toBe(true);
    for (const name of ['setColumns', 'setAnonymous', 'setVoteBudget', 'revealDrafts'] as const) {
      expect(act(name).available(board.ctx(GRACE), { sectionId }), name).toEqual({ ok: false, reason: expect.stringMatching(/^Only Ada Lovelace, who leads this section, can /) });
      expect(act(name).available(board.ctx(ADA), { sectionId }), name).toEqual({ ok: true });
    }
    expect(act('closeVote').available(board.ctx(ADA), { sectionId })).toEqual({ ok: false, reason: 'You can close the vote only in the vote phase' });
  });

  it('refuses on a section that is not a brainstorm, a removed section, a deleted card, and a view link', () => {
    const { sectionId, column, phase } = brainstorm();
    const agreement = board.sections[3]!;
    expect(act('addCard').available(board.ctx(ADA), { sectionId: agreement, column })).toEqual({ ok: false, reason: 'This section is not a brainstorm' });
    expect(act('revealDrafts').available(board.ctx(ADA), { sectionId: 'gone' })).toEqual({ ok: false, reason: 'This section has been removed' });
    phase('cluster');
    const added = performAction(act('addCard'), board.ctx(ADA), { sectionId, column }, { text: 'Ship weekly' });
    const cardId = added.ok ? (added.value as string) : '';
    expect(performAction(act('deleteCard'), board.ctx(ADA), { sectionId, cardId }, undefined).ok).toBe(true);
    expect(act('editCard').available(board.ctx(ADA), { sectionId, cardId })).toEqual({ ok: false, reason: 'This card has been deleted' });
    expect(act('castDots').available(board.ctx(ADA, 'view'), { sectionId })).toEqual({ ok: false, reason: 'This is a view-only link: you cannot place dots' });
  });

  it("lets only a named card's author, or whoever leads, edit or delete it", () => {
    const { sectionId, column, phase } = brainstorm();
    phase('cluster');
    const added = performAction(act('addCard'), board.ctx(ADA), { sectionId, column }, { text: 'Ada’s card' });
    const cardId = added.ok ? (added.value as string) : '';
    expect(takeLead(board.doc, { sectionId, by: ADA.id, at: board.clock.t }).ok).toBe(true);
    expect(act('editCard').available(board.ctx(GRACE), { sectionId, cardId })).toEqual({ ok: false, reason: 'Only Ada Lovelace or whoever leads this section can edit this card' });
    expect(act('moveCard').available(board.ctx(GRACE), { sectionId, cardId })).toEqual({ ok: true });
  });
});

describe('brainstorm actions: perform', () => {
  it('writes the named operation, stamped with relay time, for cards, groups and drafts', () => {
    const { sectionId, column, phase } = brainstorm();
    const ctx = board.ctx(ADA);
    const logBefore = selectLog(board.doc).length;
    expect(operations(() => performAction(act('saveDraft'), ctx, { sectionId, column }, { text: 'private' }))).toEqual(['saveDraft']);
    phase('cluster');
    let a = '';
    let b = '';
    expect(operations(() => {
      const r = performAction(act('addCard'), ctx, { sectionId, column }, { text: 'one' });
      a = r.ok ? (r.value as string) : '';
    })).toEqual(['addCard']);
    b = (performAction(act('addCard'), ctx, { sectionId, column }, { text: 'two' }) as { value: string }).value;
    expect(operations(() => performAction(act('editCard'), ctx, { sectionId, cardId: a }, { text: 'one!' }))).toEqual(['editCard']);
    expect(operations(() => performAction(act('createCluster'), ctx, { sectionId, cardId: b }, { ontoCardId: a }))).toEqual(['createCluster']);
    expect(operations(() => performAction(act('moveCard'), ctx, { sectionId, cardId: b }, { to: { column, index: 0 } }))).toEqual(['moveCard']);
    expect(operations(() => performAction(act('setColumns'), ctx, { sectionId }, { columns: [{ id: column, title: 'Wins' }] }))).toEqual(['setColumns']);
    const written = selectLog(board.doc).slice(logBefore);
    expect(written.length).toBeGreaterThan(0);
    for (const entry of written) expect(entry.at).toBeGreaterThanOrEqual(board.clock.t);
    expect(selectLog(board.doc).at(-1)!.at).toBe(board.clock.t);
  });

  it('nudges a card one place in its column, refusing past either end', () => {
    const { sectionId, column, phase } = brainstorm();
    phase('cluster');
    const ids = ['one', 'two', 'three'].map((text) => (performAction(act('addCard'), board.ctx(ADA), { sectionId, column }, { text }) as { value: string }).value);
    const order = () => board.store.brainstorm.layouts.get(sectionId)!.columns[0]!.items.map((i) => i.id);
    expect(operations(() => expect(performAction(act('nudgeCard'), board.ctx(GRACE), { sectionId, cardId: ids[2]! }, { by: -1 })).toEqual({ ok: true, value: { position: 2, of: 3 } }))).toEqual(['moveCard']);
    expect(order()).toEqual([ids[0], ids[2], ids[1]]);
    expect(performAction(act('nudgeCard'), board.ctx(GRACE), { sectionId, cardId: ids[0]! }, { by: -1 })).toEqual({ ok: false, error: 'Already first in its column' });
    expect(performAction(act('nudgeCard'), board.ctx(GRACE), { sectionId, cardId: ids[1]! }, { by: 1 })).toEqual({ ok: false, error: 'Already last in its column' });
  });

  it('refuses a card over 2,000 characters with the count, writing nothing', () => {
    const { sectionId, column, phase } = brainstorm();
    phase('cluster');
    const before = Y.encodeStateVector(board.doc);
    const result = performAction(act('addCard'), board.ctx(ADA), { sectionId, column }, { text: 'x'.repeat(2_001) });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('2,000') });
    expect(Y.encodeStateVector(board.doc)).toEqual(before);
  });
});

describe('carry the top items into an agreement', () => {
  it('is unavailable before the count and without dots, then adds an agreement section once and fills it after', () => {
    const { sectionId, column, phase, open, seal } = brainstorm();
    phase('cluster');
    const card = (text: string) => (performAction(act('addCard'), board.ctx(ADA), { sectionId, column }, { text }) as { value: string }).value;
    const ship = card('Ship every week');
    const pair = card('Pair more often');
    phase('vote');
    expect(act('carryToAgreement').available(board.ctx(ADA), { sectionId })).toEqual({ ok: false, reason: 'You can carry the top items into an agreement only in the results phase' });
    expect(castOperation(board.doc, { sectionId, by: ADA.id, at: board.clock.t, dots: { [pair]: 1, [ship]: 2 }, seal }).ok).toBe(true);
    expect(writeTally(board.doc, { sectionId, by: ADA.id, at: board.clock.t, open }).ok).toBe(true);
    expect(act('carryToAgreement').available(board.ctx(ADA), { sectionId })).toEqual({ ok: true });
    const agreements = () => selectSections(board.doc).filter((s) => s.kind === 'agreement').length;
    const before = agreements();
    let first: { sectionId: string; created: boolean } | null = null;
    expect(operations(() => {
      const r = performAction(act('carryToAgreement'), board.ctx(ADA), { sectionId }, undefined);
      first = r.ok ? (r.value as { sectionId: string; created: boolean }) : null;
    })).toEqual(['carryToAgreement']);
    expect(first).toMatchObject({ created: true });
    expect(agreements()).toBe(before + 1);
    const id = first!.sectionId;
    expect(selectAgreement(board.doc, id)?.proposal).toMatchObject({ text: 'We will:\n• Ship every week\n• Pair more often', fromSectionId: sectionId, revisedBy: ADA.id, revisedAt: board.clock.t });
    // Again: the same section's proposal is revised, no second section.
    expect(operations(() => performAction(act('carryToAgreement'), board.ctx(ADA), { sectionId }, undefined))).toEqual(['setProposal']);
    expect(agreements()).toBe(before + 1);
  });
});
