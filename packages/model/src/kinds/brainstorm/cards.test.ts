import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { selectBrainstormBoard, selectBrainstormState } from './boardReaders.js';
import { addCard, deleteCard, editCard, moveCard, setCardColour } from './cards.js';
import { setAnonymous } from './brainstormSetup.js';
import { setColumns } from './brainstormSetup.js';
import { takeLead } from '../../sections/leadership.js';

const [A, B, C] = MEMBERS;
const SEEDS = [1, 2, 3, 42, 1234];

function revealed() {
  const f = brainstormFixture();
  toPhase(f.doc, f.sectionId, 'reveal');
  return f;
}

/** Column texts of the board, e.g. [['one', 'two']], for order assertions. */
function texts(doc: Y.Doc, sectionId: string): string[][] {
  return (selectBrainstormBoard(doc, sectionId)?.columns ?? []).map((c) =>
    c.items.map((item) => (item.type === 'card' ? item.card.text : `[${item.cards.map((card) => card.text).join(',')}]`)),
  );
}

function unchanged(doc: Y.Doc, run: () => { ok: boolean }): { ok: boolean } {
  const before = Y.encodeStateVector(doc);
  const result = run();
  expect(Y.encodeStateVector(doc)).toEqual(before);
  return result;
}

describe('adding cards', () => {
  it('adds a card with its author, colour and time, at the end of its column or at an index', () => {
    const { doc, sectionId, column } = revealed();
    const first = addCard(doc, { sectionId, by: A, at: 5, column, text: '  Ship the beta\r\nsoon  ' });
    expect(first.ok).toBe(true);
    addCard(doc, { sectionId, by: B, at: 6, column, text: 'Second', color: 'blue' });
    addCard(doc, { sectionId, by: C, at: 7, column, text: 'Before all', index: 0 });
    expect(texts(doc, sectionId)).toEqual([['Before all', 'Ship the beta\nsoon', 'Second']]);
    const card = selectBrainstormState(doc, sectionId)?.cards.get(first.ok ? first.value : '');
    expect(card).toMatchObject({ author: A, color: 'yellow', createdAt: 5, cluster: null, column });
  });

  it('refuses too long or empty text with a clear message and changes nothing', () => {
    const { doc, sectionId, column } = revealed();
    const long = 'é'.repeat(2_001);
    expect(unchanged(doc, () => addCard(doc, { sectionId, by: A, at: 1, column, text: long }))).toEqual({ ok: false, error: 'a card holds at most 2,000 characters; this one has 2,001' });
    expect(addCard(doc, { sectionId, by: A, at: 1, column, text: 'é'.repeat(2_000) }).ok).toBe(true);
    expect(unchanged(doc, () => addCard(doc, { sectionId, by: A, at: 1, column, text: ' \n ' }))).toEqual({ ok: false, error: 'a card needs some text' });
    expect(unchanged(doc, () => addCard(doc, { sectionId, by: A, at: 1, column: 'nope', text: 'x' }))).toEqual({ ok: false, error: 'that column no longer exists' });
    expect(unchanged(doc, () => addCard(doc, { sectionId, by: A, at: 1, column, text: 'x', color: 'neon' as never })).ok).toBe(false);
    expect(unchanged(doc, () => addCard(doc, { sectionId, by: A, at: Number.NaN, column, text: 'x' }))).toEqual({ ok: false, error: 'an operation needs the (relay-corrected) time it happens at' });
  });

  it('is refused in the write phase (drafts are sealed) and once the vote opens', () => {
    const { doc, sectionId, column } = brainstormFixture();
    expect(addCard(doc, { sectionId, by: A, at: 1, column, text: 'x' })).toEqual({ ok: false, error: expect.stringContaining('save a draft') });
    toPhase(doc, sectionId, 'vote');
    expect(addCard(doc, { sectionId, by: A, at: 1, column, text: 'x' })).toEqual({ ok: false, error: expect.stringContaining('this section is in the vote phase') });
  });

  it('never writes the author into an anonymous section', () => {
    const { doc, sectionId, column } = brainstormFixture();
    expect(setAnonymous(doc, { sectionId, by: A, at: 1, anonymous: true }).ok).toBe(true);
    toPhase(doc, sectionId, 'reveal');
    const id = addCard(doc, { sectionId, by: B, at: 2, column, text: 'Nobody knows' });
    const card = (doc.getMap('sections').get(sectionId) as Y.Map<Y.Map<Y.Map<unknown>>>).get('cards')?.get(id.ok ? id.value : '');
    expect(card?.has('author')).toBe(false);
    expect(JSON.stringify(doc.getMap('sections').toJSON())).not.toContain(B);
  });

  it('converges when three peers add cards at the same index at once', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, column } = revealed();
      const peers = createPeers(3, doc);
      peers.docs.forEach((d, i) => addCard(d, { sectionId, by: MEMBERS[i]!, at: 10, column, text: `card ${i}`, index: 0 }));
      peers.deliverShuffled(seed);
      const [p0, p1, p2] = peers.docs;
      expect(snapshot(p1!)).toEqual(snapshot(p0!));
      expect(snapshot(p2!)).toEqual(snapshot(p0!));
      expect(texts(p0!, sectionId)[0]?.sort()).toEqual(['card 0', 'card 1', 'card 2']);
    }
  });
});

describe('editing, colouring, deleting', () => {
  it('lets the author, the lead, or anyone for an anonymous card change it; others are refused', () => {
    const { doc, sectionId, column } = revealed();
    const id = addCard(doc, { sectionId, by: A, at: 1, column, text: 'Mine' });
    const cardId = id.ok ? id.value : '';
    expect(editCard(doc, { sectionId, by: A, at: 2, cardId, text: 'Mine, edited' }).ok).toBe(true);
    expect(editCard(doc, { sectionId, by: A, at: 2, cardId, text: 'Mine, edited' })).toEqual({ ok: false, error: 'the card already says that' });
    // Nobody leads: anyone holds lead powers, so B may edit too.
    expect(editCard(doc, { sectionId, by: B, at: 3, cardId, text: 'Tidied by B' }).ok).toBe(true);
    takeLead(doc, { sectionId, by: C, at: 4 });
    expect(unchanged(doc, () => editCard(doc, { sectionId, by: B, at: 5, cardId, text: 'Again' }))).toEqual({ ok: false, error: 'only the author of this card or the lead of this section can edit it' });
    expect(setCardColour(doc, { sectionId, by: B, at: 5, cardId, color: 'pink' }).ok).toBe(false);
    expect(setCardColour(doc, { sectionId, by: C, at: 5, cardId, color: 'pink' }).ok).toBe(true);
    expect(setCardColour(doc, { sectionId, by: C, at: 5, cardId, color: 'pink' })).toEqual({ ok: false, error: 'the card is already pink' });
    expect(deleteCard(doc, { sectionId, by: B, at: 6, cardId }).ok).toBe(false);
    expect(deleteCard(doc, { sectionId, by: A, at: 6, cardId }).ok).toBe(true);
    expect(editCard(doc, { sectionId, by: A, at: 7, cardId, text: 'gone' })).toEqual({ ok: false, error: 'that card no longer exists (someone may have deleted it)' });
  });

  it('freezes cards once the vote is open', () => {
    const { doc, sectionId, column } = revealed();
    const id = addCard(doc, { sectionId, by: A, at: 1, column, text: 'x' });
    toPhase(doc, sectionId, 'vote');
    const cardId = id.ok ? id.value : '';
    for (const result of [
      editCard(doc, { sectionId, by: A, at: 2, cardId, text: 'y' }),
      deleteCard(doc, { sectionId, by: A, at: 2, cardId }),
      setCardColour(doc, { sectionId, by: A, at: 2, cardId, color: 'blue' }),
      moveCard(doc, { sectionId, by: A, at: 2, cardId, to: { column, index: 0 } }),
    ]) expect(result).toEqual({ ok: false, error: expect.stringContaining('only in the write, reveal and cluster phases') });
  });

  it('concurrent edits of one card converge on one text', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, column } = revealed();
      const cardId = addCard(doc, { sectionId, by: A, at: 1, column, text: 'start' });
      const peers = createPeers(3, doc);
      peers.docs.forEach((d, i) => editCard(d, { sectionId, by: A, at: 2, cardId: cardId.ok ? cardId.value : '', text: `edit ${i}` }));
      peers.deliverShuffled(seed);
      for (const d of peers.docs) expect(snapshot(d)).toEqual(snapshot(peers.docs[0]!));
    }
  });
});

describe('moving cards', () => {
  it('moves a card within and across columns', () => {
    const { doc, sectionId, column } = revealed();
    const ideas = setColumns(doc, { sectionId, by: A, at: 1, columns: [{ id: column, title: 'Went well' }, { title: 'To improve' }] });
    const second = ideas.ok ? ideas.value[1]!.id : '';
    const ids = ['one', 'two', 'three'].map((text) => addCard(doc, { sectionId, by: A, at: 1, column, text }));
    const three = ids[2]!.ok ? ids[2]!.value : '';
    expect(moveCard(doc, { sectionId, by: B, at: 2, cardId: three, to: { column, index: 0 } }).ok).toBe(true);
    expect(texts(doc, sectionId)).toEqual([['three', 'one', 'two'], []]);
    expect(moveCard(doc, { sectionId, by: B, at: 3, cardId: three, to: { column: second, index: 0 } }).ok).toBe(true);
    expect(texts(doc, sectionId)).toEqual([['one', 'two'], ['three']]);
    expect(moveCard(doc, { sectionId, by: B, at: 3, cardId: three, to: { column: 'gone', index: 0 } })).toEqual({ ok: false, error: 'that column no longer exists' });
    expect(moveCard(doc, { sectionId, by: B, at: 3, cardId: three, to: { cluster: 'gone', index: 0 } })).toEqual({ ok: false, error: 'that group no longer exists' });
    expect(moveCard(doc, { sectionId, by: B, at: 3, cardId: three, to: { column, index: -1 } }).ok).toBe(false);
  });

  it('moving a card while another edits its text keeps both', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, column } = revealed();
      const a = addCard(doc, { sectionId, by: A, at: 1, column, text: 'first' });
      addCard(doc, { sectionId, by: A, at: 1, column, text: 'second' });
      const cardId = a.ok ? a.value : '';
      const peers = createPeers(2, doc);
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      expect(moveCard(p0, { sectionId, by: B, at: 2, cardId, to: { column, index: 1 } }).ok).toBe(true);
      expect(editCard(p1, { sectionId, by: A, at: 2, cardId, text: 'first, reworded' }).ok).toBe(true);
      peers.deliverShuffled(seed);
      expect(snapshot(p1)).toEqual(snapshot(p0));
      expect(texts(p0, sectionId)).toEqual([['second', 'first, reworded']]);
    }
  });

  it('concurrent reorders in one column converge on one order that keeps every card once', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, column } = revealed();
      const ids = ['a', 'b', 'c', 'd'].map((text) => {
        const r = addCard(doc, { sectionId, by: A, at: 1, column, text });
        return r.ok ? r.value : '';
      });
      const peers = createPeers(3, doc);
      const [p0, p1, p2] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      // Three people reorder at once: d to the top, a to the bottom, c between a and b.
      expect(moveCard(p0, { sectionId, by: A, at: 2, cardId: ids[3]!, to: { column, index: 0 } }).ok).toBe(true);
      expect(moveCard(p1, { sectionId, by: B, at: 2, cardId: ids[0]!, to: { column, index: 3 } }).ok).toBe(true);
      expect(moveCard(p2, { sectionId, by: C, at: 2, cardId: ids[2]!, to: { column, index: 1 } }).ok).toBe(true);
      peers.deliverShuffled(seed);
      expect(snapshot(p1)).toEqual(snapshot(p0));
      expect(snapshot(p2)).toEqual(snapshot(p0));
      const order = texts(p0, sectionId)[0]!;
      expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
      // Each move lands where its author put it relative to the cards it did not see move.
      expect(order[0]).toBe('d');
      expect(order.at(-1)).toBe('a');
      expect(order.indexOf('c')).toBeLessThan(order.indexOf('b'));
    }
  });

  it('two people moving the same card to different places in a column converge on one of them', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, column } = revealed();
      const ids = ['a', 'b', 'c'].map((text) => {
        const r = addCard(doc, { sectionId, by: A, at: 1, column, text });
        return r.ok ? r.value : '';
      });
      const peers = createPeers(2, doc);
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      moveCard(p0, { sectionId, by: A, at: 2, cardId: ids[1]!, to: { column, index: 0 } });
      moveCard(p1, { sectionId, by: B, at: 2, cardId: ids[1]!, to: { column, index: 2 } });
      peers.deliverShuffled(seed);
      expect(snapshot(p1)).toEqual(snapshot(p0));
      expect([['b', 'a', 'c'], ['a', 'c', 'b']]).toContainEqual(texts(p0, sectionId)[0]);
    }
  });

  it('a card deleted while someone drags it vanishes cleanly', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, column } = revealed();
      const a = addCard(doc, { sectionId, by: A, at: 1, column, text: 'doomed' });
      addCard(doc, { sectionId, by: A, at: 1, column, text: 'stays' });
      const cardId = a.ok ? a.value : '';
      const peers = createPeers(3, doc);
      const [p0, p1, p2] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      moveCard(p0, { sectionId, by: B, at: 2, cardId, to: { column, index: 1 } });
      deleteCard(p1, { sectionId, by: A, at: 2, cardId });
      editCard(p2, { sectionId, by: A, at: 2, cardId, text: 'doomed but edited' });
      peers.deliverShuffled(seed);
      for (const d of peers.docs) expect(texts(d, sectionId)).toEqual([['stays']]);
      expect(snapshot(p1)).toEqual(snapshot(p0));
      expect(snapshot(p2)).toEqual(snapshot(p0));
    }
  });
});
