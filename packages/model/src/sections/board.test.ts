import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoard, renameBoard } from './board.js';
import { selectLog, selectMeta } from '../core/readers.js';
import { selectSections } from './readers.js';
import { SCHEMA_VERSION } from '../core/schema.js';

describe('createBoard', () => {
  it('writes the title and the template sections in order', () => {
    const doc = new Y.Doc();
    const result = createBoard(doc, { title: '  Team   retro ', template: 'retrospective', at: 1000 });
    expect(result.ok).toBe(true);
    expect(selectMeta(doc)).toEqual({ title: 'Team retro', schemaVersion: SCHEMA_VERSION, createdAt: 1000, template: 'retrospective' });
    expect(selectSections(doc).map((s) => [s.kind, s.title, s.phase])).toEqual([
      ['purpose', 'Why we are here', 'draft'],
      ['brainstorm', 'Look back', 'write'],
      ['agreement', 'Top actions', 'propose'],
    ]);
    expect(selectLog(doc).map((e) => e.type)).toEqual(['board.created']);
  });

  it('refuses an empty title, an unknown template and a second creation', () => {
    const doc = new Y.Doc();
    expect(createBoard(doc, { title: '   ', at: 1 })).toEqual({ ok: false, error: 'a board needs a title' });
    expect(createBoard(doc, { title: 'x', template: 'nope' as never, at: 1 }).ok).toBe(false);
    expect(doc.getMap('meta').size).toBe(0);
    expect(createBoard(doc, { title: 'x', at: 1 }).ok).toBe(true);
    expect(createBoard(doc, { title: 'y', at: 1 }).ok).toBe(false);
    expect(selectMeta(doc).title).toBe('x');
  });
});

describe('renameBoard', () => {
  it('renames and logs who did it', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Old', template: 'blank', at: 1 });
    expect(renameBoard(doc, { title: 'New', by: 'member-a', at: 5 }).ok).toBe(true);
    expect(selectMeta(doc).title).toBe('New');
    expect(selectLog(doc).at(-1)).toMatchObject({ type: 'board.renamed', by: 'member-a', detail: 'New', at: 5 });
  });
});
