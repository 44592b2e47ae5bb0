import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { resolveCluster, selectBrainstormBoard, selectBrainstormState } from './boardReaders.js';
import { selectDraftSummary, selectDrafts, selectTally, selectVoteProgress } from './progressReaders.js';
import { readCluster, selectBrainstormSettings, type ClusterView } from './readers.js';
import { selectResults, selectTopItems } from './resultsReaders.js';
import { addCard } from './cards.js';

const [A] = MEMBERS;
const GARBAGE: unknown[] = [null, 42, 'text', true, [], [1, 2], { a: 1 }, new Uint8Array([1, 2]), -1, Number.NaN];

function everySelector(doc: Y.Doc, sectionId: string): void {
  selectBrainstormSettings(doc, sectionId);
  selectBrainstormBoard(doc, sectionId);
  selectBrainstormState(doc, sectionId);
  selectDrafts(doc, sectionId);
  selectDraftSummary(doc, sectionId);
  selectVoteProgress(doc, sectionId);
  selectTally(doc, sectionId);
  selectResults(doc, sectionId);
  selectTopItems(doc, sectionId);
}

describe('brainstorm readers never throw on a hostile document', () => {
  it('garbage in every field of the section, of cards and of clusters', () => {
    const { doc, sectionId, column } = brainstormFixture();
    toPhase(doc, sectionId, 'reveal');
    const card = addCard(doc, { sectionId, by: A, at: 1, column, text: 'real card' });
    const section = doc.getMap('sections').get(sectionId) as Y.Map<unknown>;
    const cards = section.get('cards') as Y.Map<Y.Map<unknown>>;
    for (const value of GARBAGE) {
      for (const key of ['columns', 'anonymous', 'votes', 'tally', 'revealedAt', 'drafts', 'dots', 'clusters']) {
        doc.transact(() => section.set(key, value));
        expect(() => everySelector(doc, sectionId)).not.toThrow();
      }
      for (const key of ['text', 'color', 'pos', 'author', 'createdAt']) {
        doc.transact(() => cards.get(card.ok ? card.value : '')?.set(key, value));
        expect(() => everySelector(doc, sectionId)).not.toThrow();
      }
      doc.transact(() => {
        cards.set(`g${String(value)}`, value as never);
        const clusters = new Y.Map<unknown>();
        section.set('clusters', clusters);
        const cluster = new Y.Map<unknown>();
        clusters.set('c', cluster);
        cluster.set('pos', value);
        cluster.set('name', value);
        cluster.set('mergedInto', value);
        const drafts = new Y.Map<unknown>();
        section.set('drafts', drafts);
        drafts.set('d', value);
        drafts.set('e', { id: 'e', ciphertext: value, sealedAt: value, column: value });
      });
      expect(() => everySelector(doc, sectionId)).not.toThrow();
    }
    // The real card is still shown, in the (fallback) first column.
    const columns = selectBrainstormBoard(doc, sectionId)?.columns ?? [];
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.flatMap((c) => c.items).some((i) => i.type === 'card' && i.card.id === (card.ok ? card.value : ''))).toBe(true);
    expect(selectBrainstormSettings(doc, 'missing')).toBeNull();
    expect(selectDraftSummary(doc, 'missing')).toEqual({ drafts: 0, authors: 0, byColumn: {} });
  });

  it('resolves merge chains, missing clusters and cycles the same way on every peer', () => {
    const c = (id: string, mergedInto: string | null): [string, ClusterView] => [id, { id, name: id, column: null, order: 'a0', mergedInto }];
    const records = new Map([c('a', 'b'), c('b', 'c'), c('c', null), c('x', 'y'), c('y', 'x'), c('p', 'gone'), c('s', 's')]);
    expect(resolveCluster(records, 'a')).toBe('c');
    expect(resolveCluster(records, 'x')).toBe('x');
    expect(resolveCluster(records, 'y')).toBe('x');
    expect(resolveCluster(records, 'p')).toBeNull();
    expect(resolveCluster(records, 'nope')).toBeNull();
    expect(resolveCluster(records, null)).toBeNull();
    // A self-reference reads as not merged.
    const self = new Y.Doc().getMap<unknown>('m');
    const map = new Y.Map<unknown>();
    self.set('s', map);
    map.set('mergedInto', 's');
    expect(readCluster('s', map)?.mergedInto).toBeNull();
  });
});
