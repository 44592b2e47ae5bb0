import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { takeLead } from '../../sections/leadership.js';
import { selectLog } from '../../core/readers.js';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { selectBrainstormSettings } from './readers.js';
import { setAnonymous, setColumns, setVoteBudget } from './brainstormSetup.js';
import { addCard } from './cards.js';
import { saveDraft } from './drafts.js';

const [A, B, C] = MEMBERS;

function unchanged<T>(doc: Y.Doc, run: () => T): T {
  const before = Y.encodeStateVector(doc);
  const result = run();
  expect(Y.encodeStateVector(doc)).toEqual(before);
  return result;
}

describe('columns', () => {
  it('a new brainstorm has one column named after the section, 3 dots each, and is not anonymous', () => {
    const { doc, sectionId } = brainstormFixture();
    expect(selectBrainstormSettings(doc, sectionId)).toEqual({ columns: [{ id: 'col1', title: 'Ideas' }], anonymous: false, votes: { budget: 3, maxPerCard: 3 }, revealedAt: null });
  });

  it('the lead renames, reorders, adds and removes columns', () => {
    const { doc, sectionId, column } = brainstormFixture();
    const result = setColumns(doc, { sectionId, by: A, at: 1, columns: [{ title: 'Went well' }, { id: column, title: '  To   improve ' }, { title: 'Ideas' }] });
    expect(result.ok).toBe(true);
    const columns = selectBrainstormSettings(doc, sectionId)?.columns ?? [];
    expect(columns.map((c) => c.title)).toEqual(['Went well', 'To improve', 'Ideas']);
    expect(columns[1]?.id).toBe(column);
    expect(setColumns(doc, { sectionId, by: A, at: 2, columns: [{ id: column, title: 'Only' }] }).ok).toBe(true);
    expect(selectBrainstormSettings(doc, sectionId)?.columns).toEqual([{ id: column, title: 'Only' }]);
  });

  it('refuses bad column lists, and removing a column that holds cards or drafts', () => {
    const { doc, sectionId, column, seal } = brainstormFixture();
    const bad = [[], [{ title: ' ' }], Array.from({ length: 9 }, (_, i) => ({ title: `c${i}` })), [{ id: 'nope', title: 'x' }], [{ id: column, title: 'a' }, { id: column, title: 'b' }]];
    for (const columns of bad) expect(unchanged(doc, () => setColumns(doc, { sectionId, by: A, at: 1, columns })).ok).toBe(false);
    saveDraft(doc, { sectionId, by: B, at: 1, column, text: 'secret', seal });
    expect(unchanged(doc, () => setColumns(doc, { sectionId, by: A, at: 1, columns: [{ title: 'New' }] }))).toEqual({
      ok: false,
      error: '"Ideas" still holds 1 draft: move or delete them before removing the column',
    });
    toPhase(doc, sectionId, 'reveal');
    addCard(doc, { sectionId, by: A, at: 1, column, text: 'visible' });
    expect(setColumns(doc, { sectionId, by: A, at: 1, columns: [{ title: 'New' }] })).toEqual({ ok: false, error: expect.stringContaining('still holds 1 card and 1 draft') });
  });

  it('is a lead power', () => {
    const { doc, sectionId, column } = brainstormFixture();
    takeLead(doc, { sectionId, by: C, at: 1 });
    expect(setColumns(doc, { sectionId, by: B, at: 1, columns: [{ id: column, title: 'x' }] })).toEqual({ ok: false, error: 'only the lead of this section can change the columns' });
    expect(setColumns(doc, { sectionId, by: C, at: 1, columns: [{ id: column, title: 'x' }] }).ok).toBe(true);
  });

  it('concurrent column edits converge on one list', () => {
    for (const seed of [1, 2, 3]) {
      const { doc, sectionId, column } = brainstormFixture();
      const peers = createPeers(3, doc);
      peers.docs.forEach((d, i) => setColumns(d, { sectionId, by: A, at: 1, columns: [{ id: column, title: `t${i}` }, { title: `new ${i}` }] }));
      peers.deliverShuffled(seed);
      for (const d of peers.docs) expect(snapshot(d)).toEqual(snapshot(peers.docs[0]!));
      expect(selectBrainstormSettings(peers.docs[0]!, sectionId)?.columns).toHaveLength(2);
    }
  });
});

describe('anonymity', () => {
  it('the lead switches it on before anyone writes, and it is logged', () => {
    const { doc, sectionId } = brainstormFixture();
    expect(setAnonymous(doc, { sectionId, by: A, at: 5, anonymous: true }).ok).toBe(true);
    expect(selectBrainstormSettings(doc, sectionId)?.anonymous).toBe(true);
    expect(setAnonymous(doc, { sectionId, by: A, at: 5, anonymous: true })).toEqual({ ok: false, error: 'the section is already anonymous' });
    expect(selectLog(doc).at(-1)).toMatchObject({ type: 'brainstorm.anonymous', by: A, sectionId, detail: 'anonymous' });
  });

  it('cannot change once someone has written, or after the write phase', () => {
    const { doc, sectionId, column, seal } = brainstormFixture();
    saveDraft(doc, { sectionId, by: B, at: 1, column, text: 'x', seal });
    expect(unchanged(doc, () => setAnonymous(doc, { sectionId, by: A, at: 1, anonymous: true }))).toEqual({ ok: false, error: 'anonymity can only change before anyone writes: this section already has 1 card or draft' });
    toPhase(doc, sectionId, 'reveal');
    expect(setAnonymous(doc, { sectionId, by: A, at: 1, anonymous: true })).toEqual({ ok: false, error: expect.stringContaining('only in the write phase') });
  });
});

describe('vote budget', () => {
  it('the lead sets dots per member and per card, logged; bad numbers are refused', () => {
    const { doc, sectionId } = brainstormFixture();
    expect(setVoteBudget(doc, { sectionId, by: A, at: 1, budget: 5, maxPerCard: 2 }).ok).toBe(true);
    expect(selectBrainstormSettings(doc, sectionId)?.votes).toEqual({ budget: 5, maxPerCard: 2 });
    expect(selectLog(doc).at(-1)).toMatchObject({ type: 'brainstorm.budget', detail: '5 dots, at most 2 per card', count: 5 });
    expect(setVoteBudget(doc, { sectionId, by: A, at: 1, budget: 4 }).ok).toBe(true);
    expect(selectBrainstormSettings(doc, sectionId)?.votes).toEqual({ budget: 4, maxPerCard: 4 });
    for (const [budget, maxPerCard] of [[0, 1], [51, 1], [2.5, 1], [3, 4], [3, 0]] as const) {
      expect(unchanged(doc, () => setVoteBudget(doc, { sectionId, by: A, at: 1, budget, maxPerCard })).ok).toBe(false);
    }
    toPhase(doc, sectionId, 'results');
    expect(setVoteBudget(doc, { sectionId, by: A, at: 1, budget: 2 }).ok).toBe(false);
  });
});
