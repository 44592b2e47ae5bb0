import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { selectLog } from '../../core/readers.js';
import { selectSection } from '../../sections/readers.js';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { selectBrainstormState } from './boardReaders.js';
import { selectTally, selectVoteProgress } from './progressReaders.js';
import { selectResults, selectTopItems } from './resultsReaders.js';
import { setAnonymous, setVoteBudget } from './brainstormSetup.js';
import { addCard, deleteCard } from './cards.js';
import { createCluster } from './clusters.js';
import { castDots, remainingDots } from './dots.js';
import { encodeDotsPayload } from './sealedPayloads.js';
import { writeTally } from './tally.js';

const [A, B, C] = MEMBERS;
const docText = (doc: Y.Doc) => String.fromCharCode(...Y.encodeStateAsUpdate(doc));

/** A section with cards w, x, y, z (y and z grouped), budget 3, in the vote phase. */
function voting(options: { anonymous?: boolean } = {}) {
  const f = brainstormFixture();
  const { doc, sectionId, column } = f;
  if (options.anonymous) setAnonymous(doc, { sectionId, by: A, at: 1, anonymous: true });
  toPhase(doc, sectionId, 'cluster');
  const card = (text: string) => {
    const r = addCard(doc, { sectionId, by: A, at: 1, column, text });
    return r.ok ? r.value : '';
  };
  const ids = { w: card('w'), x: card('x'), y: card('y'), z: card('z') };
  const group = createCluster(doc, { sectionId, by: A, at: 1, cardId: ids.z, ontoCardId: ids.y, name: 'YZ' });
  toPhase(doc, sectionId, 'vote');
  return { ...f, ids, group: group.ok ? group.value : '' };
}

function dotsMap(doc: Y.Doc, sectionId: string): Y.Map<unknown> {
  return (doc.getMap('sections').get(sectionId) as Y.Map<unknown>).get('dots') as Y.Map<unknown>;
}

describe('casting dots', () => {
  it('an allocation is one sealed item per member, replaceable while the vote is open; others see only who voted', () => {
    const { doc, sectionId, seal, ids } = voting();
    expect(castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.x]: 2, [ids.w]: 1 }, seal })).toEqual({ ok: true, value: A });
    expect(castDots(doc, { sectionId, by: A, at: 3, dots: { [ids.w]: 3 }, seal }).ok).toBe(true);
    castDots(doc, { sectionId, by: B, at: 3, dots: { [ids.x]: 1 }, seal });
    expect(dotsMap(doc, sectionId).size).toBe(2);
    expect(selectVoteProgress(doc, sectionId)).toEqual({ voted: 2, voters: [A, B], members: 3 });
    // Nothing in the document says where the dots went.
    expect(docText(doc)).not.toContain('"dots":[');
    const state = selectBrainstormState(doc, sectionId)!;
    expect(remainingDots(state, { [ids.x]: 2 })).toBe(1);
  });

  it('refuses a vote beyond the budget, over the per-card cap, or on a deleted card, and writes nothing', () => {
    const { doc, sectionId, seal, ids } = voting();
    setVoteBudget(doc, { sectionId, by: A, at: 1, budget: 3, maxPerCard: 2 });
    const before = Y.encodeStateVector(doc);
    expect(castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.w]: 2, [ids.x]: 2 }, seal })).toEqual({ ok: false, error: 'you have 3 dots and this places 4' });
    expect(castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.w]: 3 }, seal })).toEqual({ ok: false, error: 'a card or group takes at most 2 of your dots' });
    expect(castDots(doc, { sectionId, by: A, at: 2, dots: { gone: 1 }, seal })).toEqual({ ok: false, error: 'you cannot vote on that card or group: it no longer exists' });
    expect(castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.w]: 1.5 }, seal }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    toPhase(doc, sectionId, 'results');
    expect(castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.w]: 1 }, seal })).toEqual({ ok: false, error: expect.stringContaining('only in the vote phase') });
  });

  it('anonymous: the allocation id is the device\'s, the member id is only inside the ciphertext', () => {
    const { doc, sectionId, seal, ids } = voting({ anonymous: true });
    const first = castDots(doc, { sectionId, by: B, at: 2, dots: { [ids.w]: 1 }, seal });
    const allocationId = first.ok ? first.value : '';
    expect(allocationId).not.toBe(B);
    expect(castDots(doc, { sectionId, by: B, at: 3, dots: { [ids.x]: 1 }, allocationId, seal })).toEqual({ ok: true, value: allocationId });
    expect(selectVoteProgress(doc, sectionId)).toEqual({ voted: 1, voters: null, members: 3 });
    expect(JSON.stringify(doc.getMap('sections').toJSON())).not.toMatch(/member-[abc]/);
  });
});

describe('the tally (relay side)', () => {
  it('counts each member once, writes counts and voters, moves to results, in one transaction', () => {
    const { doc, sectionId, seal, open, ids, group } = voting();
    castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.x]: 2, [group]: 1 }, seal });
    castDots(doc, { sectionId, by: B, at: 2, dots: { [ids.x]: 1, [ids.y]: 2 }, seal });
    castDots(doc, { sectionId, by: C, at: 2, dots: { [ids.w]: 3 }, seal });
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    const result = writeTally(doc, { sectionId, by: A, at: 9, open });
    expect(transactions).toBe(1);
    expect(result.ok && result.value.skipped).toEqual([]);
    expect(selectTally(doc, sectionId)).toEqual({ at: 9, counts: { [ids.x]: 3, [group]: 1, [ids.y]: 2, [ids.w]: 3 }, voters: [A, B, C], ballots: 3 });
    expect(selectSection(doc, sectionId)?.phase).toBe('results');
    expect(selectLog(doc).at(-1)).toMatchObject({ type: 'tally', count: 3, detail: '3 members voted' });
    // Results: the group (1 + 2 on y) and x and w tie at 3: board order breaks the tie (w, x, then the group).
    const results = selectResults(doc, sectionId)!;
    expect(results.items.map((i) => [i.type === 'card' ? i.card.text : i.cluster.name, i.votes])).toEqual([['w', 3], ['x', 3], ['YZ', 3]]);
    const cluster = results.items[2];
    expect(cluster?.type === 'cluster' && cluster.cards.map((c) => [c.card.text, c.votes])).toEqual([['y', 2], ['z', 0]]);
    expect(selectTopItems(doc, sectionId, 2)).toEqual([
      { id: ids.w, type: 'card', text: 'w', votes: 3 },
      { id: ids.x, type: 'card', text: 'x', votes: 3 },
    ]);
  });

  it('a hostile peer that writes 10 dots with a budget of 3 is counted 3 (the first three, per-card cap applied)', () => {
    const { doc, sectionId, seal, open, ids } = voting();
    setVoteBudget(doc, { sectionId, by: A, at: 1, budget: 3, maxPerCard: 2 });
    // Written straight into the document, bypassing castDots' checks.
    const dots = [ids.x, ids.x, ids.x, ids.w, 'deleted-card', ids.y, ids.y, ids.z, ids.w, ids.w];
    const sealed = seal({ sectionId, itemId: B, kind: 'dots' }, encodeDotsPayload({ voter: B, dots }));
    doc.transact(() => dotsMap(doc, sectionId).set(B, { id: B, ciphertext: sealed.ok ? sealed.value : '', sealedAt: 2 }));
    writeTally(doc, { sectionId, by: A, at: 3, open });
    expect(selectTally(doc, sectionId)?.counts).toEqual({ [ids.x]: 2, [ids.w]: 1 });
  });

  it('skips malformed, foreign and misfiled allocations and counts the rest', () => {
    const other = brainstormFixture();
    const { doc, sectionId, seal, open, ids } = voting();
    castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.x]: 1 }, seal });
    const misfiled = seal({ sectionId, itemId: C, kind: 'dots' }, encodeDotsPayload({ voter: B, dots: [ids.w] }));
    const foreign = other.seal({ sectionId, itemId: B, kind: 'dots' }, encodeDotsPayload({ voter: B, dots: [ids.w] }));
    doc.transact(() => {
      const map = dotsMap(doc, sectionId);
      map.set(C, { id: C, ciphertext: misfiled.ok ? misfiled.value : '', sealedAt: 2 });
      map.set(B, { id: B, ciphertext: foreign.ok ? foreign.value : '', sealedAt: 2 });
      map.set('junk', 'junk');
    });
    const result = writeTally(doc, { sectionId, by: A, at: 3, open });
    expect(result.ok && Object.fromEntries(result.value.skipped.map((s) => [s.itemId, s.reason]))).toEqual({
      [C]: 'the allocation is filed under another member',
      [B]: expect.stringContaining('does not open'),
      junk: 'not a sealed dot allocation record',
    });
    expect(selectTally(doc, sectionId)).toMatchObject({ counts: { [ids.x]: 1 }, voters: [A], ballots: 1 });
  });

  it('anonymous: one allocation per member (the latest), no voters written', () => {
    const { doc, sectionId, seal, open, ids } = voting({ anonymous: true });
    // B votes from two devices (two allocation ids); only the later one counts.
    castDots(doc, { sectionId, by: B, at: 2, dots: { [ids.w]: 3 }, seal });
    castDots(doc, { sectionId, by: B, at: 5, dots: { [ids.x]: 1 }, seal });
    castDots(doc, { sectionId, by: C, at: 3, dots: { [ids.x]: 2 }, seal });
    const result = writeTally(doc, { sectionId, by: null, at: 9, open });
    expect(result.ok && result.value.skipped).toEqual([{ itemId: expect.any(String), reason: 'a newer allocation of the same member counts instead' }]);
    expect(selectTally(doc, sectionId)).toEqual({ at: 9, counts: { [ids.x]: 3 }, voters: null, ballots: 2 });
    expect(JSON.stringify(doc.getMap('sections').toJSON())).not.toMatch(/member-[abc]/);
  });

  it('refuses to count unless the vote is open', () => {
    const { doc, sectionId, open } = voting();
    toPhase(doc, sectionId, 'results');
    expect(writeTally(doc, { sectionId, by: A, at: 1, open })).toEqual({ ok: false, error: 'the vote is not open (this section is in the results phase)' });
  });

  it('three peers voting and re-voting concurrently converge, and the relay counts each once', () => {
    for (const seed of [1, 2, 3, 42]) {
      const { doc, sectionId, seal, open, ids } = voting();
      const peers = createPeers(3, doc);
      const [p0, p1, p2] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      castDots(p0, { sectionId, by: A, at: 2, dots: { [ids.w]: 1 }, seal });
      castDots(p1, { sectionId, by: B, at: 2, dots: { [ids.x]: 3 }, seal });
      castDots(p2, { sectionId, by: C, at: 2, dots: { [ids.x]: 1 }, seal });
      castDots(p2, { sectionId, by: A, at: 3, dots: { [ids.x]: 2 }, seal }); // A again, from another device
      peers.deliverShuffled(seed);
      expect(snapshot(p1)).toEqual(snapshot(p0));
      expect(snapshot(p2)).toEqual(snapshot(p0));
      writeTally(p0, { sectionId, by: null, at: 9, open });
      const counts = selectTally(p0, sectionId)?.counts ?? {};
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9);
      expect(selectTally(p0, sectionId)?.ballots).toBe(3);
    }
  });

  it('a card deleted after dots were placed on it just does not count', () => {
    const { doc, sectionId, seal, open, ids } = voting();
    castDots(doc, { sectionId, by: A, at: 2, dots: { [ids.w]: 2, [ids.x]: 1 }, seal });
    toPhase(doc, sectionId, 'cluster');
    deleteCard(doc, { sectionId, by: A, at: 3, cardId: ids.w });
    toPhase(doc, sectionId, 'vote');
    writeTally(doc, { sectionId, by: A, at: 4, open });
    expect(selectTally(doc, sectionId)?.counts).toEqual({ [ids.x]: 1 });
  });
});
