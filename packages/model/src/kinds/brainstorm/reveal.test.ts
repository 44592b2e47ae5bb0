import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { selectLog } from '../../core/readers.js';
import { selectSection } from '../../sections/readers.js';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { selectBrainstormBoard, selectBrainstormState } from './boardReaders.js';
import { selectDraftSummary } from './progressReaders.js';
import { setAnonymous, setColumns } from './brainstormSetup.js';
import { saveDraft } from './drafts.js';
import { revealDrafts } from './reveal.js';
import { encodeDraftPayload } from './sealedPayloads.js';

const [A, B, C] = MEMBERS;

const cardTexts = (doc: Y.Doc, sectionId: string) =>
  (selectBrainstormBoard(doc, sectionId)?.columns ?? []).map((c) => c.items.map((i) => (i.type === 'card' ? i.card.text : '')));

function draftsMap(doc: Y.Doc, sectionId: string): Y.Map<unknown> {
  return (doc.getMap('sections').get(sectionId) as Y.Map<unknown>).get('drafts') as Y.Map<unknown>;
}

describe('revealing drafts (relay side)', () => {
  it('writes the plain cards, deletes the drafts, moves write -> reveal and logs it, in one transaction', () => {
    const { doc, sectionId, column, seal, open } = brainstormFixture();
    const cols = setColumns(doc, { sectionId, by: A, at: 1, columns: [{ id: column, title: 'Went well' }, { title: 'To improve' }] });
    const second = cols.ok ? cols.value[1]!.id : '';
    saveDraft(doc, { sectionId, by: A, at: 3, column, text: 'Demo went well', color: 'green', seal });
    saveDraft(doc, { sectionId, by: B, at: 2, column, text: 'Pairing', seal });
    saveDraft(doc, { sectionId, by: C, at: 4, column: second, text: 'Flaky CI', seal });
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    const result = revealDrafts(doc, { sectionId, by: A, at: 100, open });
    expect(result).toEqual({ ok: true, value: { revealed: 3, skipped: [], first: true } });
    expect(transactions).toBe(1);
    expect(cardTexts(doc, sectionId)).toEqual([['Pairing', 'Demo went well'], ['Flaky CI']]);
    const cards = [...(selectBrainstormState(doc, sectionId)?.cards.values() ?? [])];
    expect(cards.find((c) => c.text === 'Demo went well')).toMatchObject({ author: A, color: 'green', createdAt: 3 });
    expect(selectDraftSummary(doc, sectionId).drafts).toBe(0);
    expect(selectSection(doc, sectionId)?.phase).toBe('reveal');
    expect(selectLog(doc).slice(-2)).toMatchObject([
      { type: 'phase.changed', detail: 'reveal', by: A },
      { type: 'reveal', detail: '3 cards', count: 3, by: A, sectionId },
    ]);
  });

  it('skips malformed and foreign sealed items, one reason each, and reveals the rest', () => {
    const other = brainstormFixture(); // another board's key
    const { doc, sectionId, column, seal, open } = brainstormFixture();
    saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'good one', seal });
    const moved = saveDraft(doc, { sectionId, by: B, at: 1, column, text: 'moved', seal });
    doc.transact(() => {
      const drafts = draftsMap(doc, sectionId);
      drafts.set('garbage', 42);
      drafts.set('notsealed', { id: 'notsealed', column, ciphertext: 'plain text!', sealedAt: 1 });
      const foreign = other.seal({ sectionId, itemId: 'foreign', kind: 'draft' }, encodeDraftPayload({ text: 'x', color: 'yellow' }));
      drafts.set('foreign', { id: 'foreign', column, ciphertext: foreign.ok ? foreign.value : '', sealedAt: 1 });
      // A genuine ciphertext copied onto another item id does not open there.
      const original = drafts.get(moved.ok ? moved.value : '') as { ciphertext: string };
      drafts.set('copy', { id: 'copy', column, ciphertext: original.ciphertext, sealedAt: 1 });
      const empty = seal({ sectionId, itemId: 'empty', kind: 'draft' }, new Uint8Array([123, 125]));
      drafts.set('empty', { id: 'empty', column, ciphertext: empty.ok ? empty.value : '', sealedAt: 1 });
    });
    const result = revealDrafts(doc, { sectionId, by: A, at: 5, open });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.revealed).toBe(2);
    expect(Object.fromEntries(result.value.skipped.map((s) => [s.itemId, s.reason]))).toEqual({
      garbage: 'not a sealed draft record',
      notsealed: 'not a sealed item (expected base64url text)',
      foreign: expect.stringContaining('does not open'),
      copy: expect.stringContaining('does not open'),
      empty: 'not a version 1 draft',
    });
    expect(cardTexts(doc, sectionId)[0]?.sort()).toEqual(['good one', 'moved']);
    expect(draftsMap(doc, sectionId).size).toBe(0);
  });

  it('anonymous: cards carry no author, new ids and the reveal time', () => {
    const { doc, sectionId, column, seal, open } = brainstormFixture();
    setAnonymous(doc, { sectionId, by: A, at: 1, anonymous: true });
    const ids = [A, B, C].map((by, i) => saveDraft(doc, { sectionId, by, at: 10 + i, column, text: `idea ${i}`, seal }));
    revealDrafts(doc, { sectionId, by: null, at: 50, open });
    const cards = [...(selectBrainstormState(doc, sectionId)?.cards.values() ?? [])];
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(card.author).toBeNull();
      expect(card.createdAt).toBe(50);
      expect(ids.map((r) => (r.ok ? r.value : ''))).not.toContain(card.id);
    }
    expect(JSON.stringify(doc.getMap('sections').toJSON())).not.toMatch(/member-[abc]/);
  });

  it('a draft that arrives after the reveal (an offline author) is revealed by the next call, in any later phase', () => {
    for (const seed of [1, 2, 3]) {
      const { doc, sectionId, column, seal, open } = brainstormFixture();
      const peers = createPeers(2, doc);
      const [relay, offline] = peers.docs as [Y.Doc, Y.Doc];
      saveDraft(relay, { sectionId, by: A, at: 1, column, text: 'on time', seal });
      saveDraft(offline, { sectionId, by: B, at: 1, column, text: 'written offline', seal });
      // The relay reveals before the offline peer's draft arrives...
      expect(revealDrafts(relay, { sectionId, by: A, at: 2, open }).ok).toBe(true);
      toPhase(relay, sectionId, 'cluster');
      peers.deliverShuffled(seed);
      expect(selectDraftSummary(relay, sectionId).drafts).toBe(1);
      // ...and reveals it when it does.
      expect(revealDrafts(relay, { sectionId, by: null, at: 3, open })).toEqual({ ok: true, value: { revealed: 1, skipped: [], first: false } });
      peers.deliverShuffled(seed);
      expect(snapshot(offline)).toEqual(snapshot(relay));
      expect(cardTexts(offline, sectionId)[0]?.sort()).toEqual(['on time', 'written offline']);
      expect(selectSection(relay, sectionId)?.phase).toBe('cluster');
    }
  });

  it('refuses a first reveal after the reveal phase, and is a no-op with nothing left to reveal', () => {
    const { doc, sectionId, open } = brainstormFixture();
    toPhase(doc, sectionId, 'vote');
    expect(revealDrafts(doc, { sectionId, by: A, at: 1, open })).toEqual({ ok: false, error: 'drafts are revealed from the write or reveal phase (this section is in the vote phase)' });
    const fresh = brainstormFixture();
    expect(revealDrafts(fresh.doc, { sectionId: fresh.sectionId, by: A, at: 1, open: fresh.open }).ok).toBe(true);
    const before = Y.encodeStateVector(fresh.doc);
    expect(revealDrafts(fresh.doc, { sectionId: fresh.sectionId, by: A, at: 2, open: fresh.open })).toEqual({ ok: true, value: { revealed: 0, skipped: [], first: false } });
    expect(Y.encodeStateVector(fresh.doc)).toEqual(before);
    expect(revealDrafts(fresh.doc, { sectionId: 'nope', by: A, at: 2, open: fresh.open })).toEqual({ ok: false, error: 'no section "nope"' });
  });
});
