import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { roots } from '../core/schema.js';
import { selectPurpose } from '../kinds/purpose/readers.js';
import { selectSections } from '../sections/readers.js';
import { MEMBERS, boardWithMembers } from '../testing/board.js';
import { createPeers, snapshot } from '../testing/peers.js';
import { takeLead } from '../sections/leadership.js';
import { renameBoard } from '../sections/board.js';
import { MINUTE, T0, sessionBoard } from '../testing/sessionBoard.js';
import { BOARD_FILE_FORMAT, exportBoardFile, type BoardFile } from './boardFile.js';
import { parseBoardFile, parseBoardFileText } from './parseBoardFile.js';
import { importBoard } from './importBoard.js';
import { exportMarkdown } from './markdown.js';

/** Through text, as a file would go. */
const viaText = (file: BoardFile): unknown => JSON.parse(JSON.stringify(file));
const withoutIds = (file: BoardFile) => ({ ...file, exportedAt: 0, board: { ...file.board, id: '' } });

describe('the JSON export', () => {
  it('export → import → export gives the same JSON, but for the board id and the export time', () => {
    const { doc } = sessionBoard();
    const first = exportBoardFile(doc, { boardId: 'oldBoard00000001', at: T0 + 50 * MINUTE });
    const copy = new Y.Doc();
    expect(importBoard(copy, { file: viaText(first) })).toEqual({ ok: true, value: { title: 'Board' } });
    const second = exportBoardFile(copy, { boardId: 'newBoard00000002', at: T0 + 90 * MINUTE });
    expect(second.board.id).toBe('newBoard00000002');
    expect(withoutIds(second)).toEqual(withoutIds(first));
    // And what people read from it is the same.
    expect(exportMarkdown(copy, { at: T0 + 50 * MINUTE })).toBe(exportMarkdown(doc, { at: T0 + 50 * MINUTE }));
  });

  it('keeps everything revealed and leaves sealed items out (an unrevealed draft, ballots, dots)', () => {
    const { doc, parkingId, purposeId } = sessionBoard();
    expect(((roots(doc).sections.get(parkingId) as Y.Map<unknown>).get('drafts') as Y.Map<unknown>).size).toBe(1);
    const file = exportBoardFile(doc, { boardId: 'b', at: 1 });
    const text = JSON.stringify(file);
    expect(text).not.toContain('ciphertext');
    expect(text).toContain('Smaller pull requests, please');
    expect(text).toContain('too slow'); // a revealed ballot's comment
    const copy = new Y.Doc();
    importBoard(copy, { file: viaText(file) });
    expect(selectPurpose(copy, purposeId)?.endorsements.map((e) => e.current)).toEqual([true, true]);
    expect(selectSections(copy).map((s) => [s.title, s.lead])).toEqual(selectSections(doc).map((s) => [s.title, s.lead]));
    // The imported purpose is a live Y.Text again, co-editable.
    expect((roots(copy).sections.get(purposeId) as Y.Map<unknown>).get('statement')).toBeInstanceOf(Y.Text);
  });

  it('escapes a stored plain object that has its own "$y" key, and reads it back as it was', () => {
    const { doc, sectionIds } = boardWithMembers();
    doc.transact(() => (roots(doc).sections.get(sectionIds[0]!) as Y.Map<unknown>).set('odd', { $y: 'map', entries: {} }), 'test');
    const copy = new Y.Doc();
    expect(importBoard(copy, { file: viaText(exportBoardFile(doc, { boardId: 'b', at: 1 })) }).ok).toBe(true);
    expect((roots(copy).sections.get(sectionIds[0]!) as Y.Map<unknown>).get('odd')).toEqual({ $y: 'map', entries: {} });
  });
});

describe('an imported board among peers', () => {
  it('reaches every peer whole, in any delivery order, and later concurrent edits converge', () => {
    const file = viaText(exportBoardFile(sessionBoard().doc, { boardId: 'old', at: 1 }));
    for (const seed of [1, 2, 3]) {
      const peers = createPeers(3);
      const [relay, a, b] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      expect(importBoard(relay, { file }).ok).toBe(true);
      peers.deliverShuffled(seed);
      expect(snapshot(a)).toEqual(snapshot(relay));
      const sectionId = selectSections(a)[2]!.id;
      takeLead(a, { sectionId, by: MEMBERS[1], at: 5 });
      renameBoard(b, { title: 'Renamed copy', by: MEMBERS[2], at: 5 });
      peers.deliverShuffled(seed + 10);
      expect(snapshot(a)).toEqual(snapshot(b));
      expect(snapshot(relay)).toEqual(snapshot(a));
      expect(selectSections(b)[2]!.lead).toBe(MEMBERS[1]);
    }
  });
});

describe('importing a file', () => {
  const good = () => viaText(exportBoardFile(boardWithMembers().doc, { boardId: 'b', at: 1 })) as Record<string, any>;
  const refused = (file: unknown) => {
    const doc = new Y.Doc();
    const result = importBoard(doc, { file });
    expect(roots(doc).meta.size + roots(doc).sections.size + roots(doc).log.length).toBe(0); // nothing written
    return result.ok ? '' : result.error;
  };

  it('refuses a foreign file, a newer format or schema, and says which', () => {
    expect(refused({})).toMatch(/not a Roundtable board export/);
    expect(refused([1, 2])).toMatch(/not a Roundtable board export/);
    expect(refused({ format: 'excalidraw', version: 2 })).toMatch(/not a Roundtable board export/);
    expect(parseBoardFileText('{"format": "roundtable.board"')).toEqual({ ok: false, error: 'This file is not a Roundtable board export (it is not JSON).' });
    expect(refused({ ...good(), version: 9 })).toMatch(/newer Roundtable \(file format 9/);
    const newer = good();
    newer.board.schemaVersion = 99;
    expect(refused(newer)).toMatch(/newer Roundtable \(schema 99/);
  });

  it('refuses a damaged file, naming where', () => {
    const noDocument = good();
    delete noDocument.document;
    expect(refused(noDocument)).toMatch(/damaged: document/);
    const poll = good();
    const [id, section] = Object.entries(poll.document.sections.entries)[0] as [string, any];
    section.entries.kind = 'poll';
    expect(refused(poll)).toBe(`This export is damaged: section ${id} has an unknown kind ("poll").`);
    const badNode = good();
    badNode.document.meta.entries.title = { $y: 'blob', data: 1 };
    expect(refused(badNode)).toMatch(/damaged: document\.meta\.entries\.title/);
    const untitled = good();
    delete untitled.document.meta.entries.title;
    expect(refused(untitled)).toBe('This export is damaged: the board has no title.');
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i += 1) deep = [deep];
    const nested = good();
    nested.document.meta.entries.deep = deep;
    expect(refused(nested)).toMatch(/nested more than 32 levels/);
  });

  it('writes nothing into a document that already holds a board', () => {
    const { doc } = boardWithMembers();
    const before = Y.encodeStateVector(doc);
    expect(importBoard(doc, { file: good() })).toEqual({ ok: false, error: 'this document already holds a board' });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(parseBoardFile(good()).ok && BOARD_FILE_FORMAT).toBe('roundtable.board');
  });
});
