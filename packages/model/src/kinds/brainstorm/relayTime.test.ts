/** Every brainstorm operation stamps relay-corrected time handed in by the caller, or refuses. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture } from '../../testing/brainstorm.js';
import { setAnonymous, setColumns, setVoteBudget } from './brainstormSetup.js';
import { addCard, deleteCard, editCard, moveCard, setCardColour } from './cards.js';
import { createCluster, mergeClusters, moveCluster, removeCluster, renameCluster } from './clusters.js';
import { castDots } from './dots.js';
import { deleteDraft, editDraft, saveDraft, shareDraftEarly } from './drafts.js';
import { revealDrafts } from './reveal.js';
import { writeTally } from './tally.js';

const [A] = MEMBERS;
const REFUSED = { ok: false, error: 'an operation needs the (relay-corrected) time it happens at' };

describe('brainstorm operations and relay-corrected time', () => {
  it('refuse a missing or bad `at` and write nothing', () => {
    const { doc, sectionId, column, seal, open } = brainstormFixture();
    const before = Y.encodeStateVector(doc);
    for (const at of [undefined, Number.NaN, -1, '5']) {
      const t = at as unknown as number;
      const base = { sectionId, by: A, at: t };
      const calls = [
        addCard(doc, { ...base, column, text: 'x' }),
        editCard(doc, { ...base, cardId: 'c', text: 'x' }),
        deleteCard(doc, { ...base, cardId: 'c' }),
        setCardColour(doc, { ...base, cardId: 'c', color: 'blue' }),
        moveCard(doc, { ...base, cardId: 'c', to: { column, index: 0 } }),
        createCluster(doc, { ...base, cardId: 'c', ontoCardId: 'd' }),
        renameCluster(doc, { ...base, clusterId: 'k', name: 'x' }),
        mergeClusters(doc, { ...base, clusterId: 'k', intoClusterId: 'l' }),
        moveCluster(doc, { ...base, clusterId: 'k', column, index: 0 }),
        removeCluster(doc, { ...base, clusterId: 'k' }),
        setColumns(doc, { ...base, columns: [{ title: 'x' }] }),
        setAnonymous(doc, { ...base, anonymous: true }),
        setVoteBudget(doc, { ...base, budget: 2 }),
        saveDraft(doc, { ...base, column, text: 'x', seal }),
        editDraft(doc, { ...base, draftId: 'd', text: 'x', seal }),
        deleteDraft(doc, { ...base, draftId: 'd' }),
        shareDraftEarly(doc, { ...base, draftId: 'd', text: 'x' }),
        castDots(doc, { ...base, dots: {}, seal }),
        revealDrafts(doc, { sectionId, by: null, at: t, open }),
        writeTally(doc, { sectionId, by: null, at: t, open }),
      ];
      for (const result of calls) expect(result).toEqual(REFUSED);
    }
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
