import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createUndoManager, undo } from '../../core/undo.js';
import { selectLog } from '../../core/readers.js';
import { takeLead } from '../../sections/leadership.js';
import { boardWithMembers } from '../../testing/board.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { endorsePurpose, withdrawEndorsement } from './endorsements.js';
import { purposeText, selectCurrentPurpose, selectPurpose } from './readers.js';
import { MAX_STATEMENT_LENGTH } from './schema.js';
import { restorePurposeVersion, savePurposeVersion } from './versions.js';
import { wordDiff } from './wordDiff.js';

/** The origin an editor binding writes keystrokes under (not a LocalOrigin: no board undo step). */
const EDITOR = { editor: true };

/**
 * A workshop board; `purposeId` is its 'Shared purpose' section, whose prompts start with the
 * template's sentence openers. With `blankPrompts` (the default) the group has cleared them, so
 * the tests below see only their own text.
 */
function purposeBoard(blankPrompts = true) {
  const board = boardWithMembers();
  const purposeId = board.sectionIds[0] as string;
  if (blankPrompts) {
    board.doc.transact(() => {
      for (const field of ['why', 'forWhom', 'success'] as const) {
        const t = purposeText(board.doc, purposeId, field);
        t?.delete(0, t.length);
      }
    }, EDITOR);
  }
  return { ...board, purposeId };
}

function text(doc: Y.Doc, sectionId: string, field: 'statement' | 'why' = 'statement'): Y.Text {
  const t = purposeText(doc, sectionId, field);
  if (!t) throw new Error('no text');
  return t;
}

/** Types like an editor binding: one transaction under the binding's origin. */
function type(doc: Y.Doc, sectionId: string, index: number, value: string): void {
  doc.transact(() => text(doc, sectionId).insert(index, value), EDITOR);
}

function setStatement(doc: Y.Doc, sectionId: string, value: string): void {
  doc.transact(() => {
    const t = text(doc, sectionId);
    t.delete(0, t.length);
    t.insert(0, value);
  }, EDITOR);
}

const vector = (doc: Y.Doc) => Y.encodeStateVector(doc);

describe('a purpose section', () => {
  it('is created with its statement, prompts (the template openers), endorsements and versions', () => {
    const { doc, purposeId } = purposeBoard(false);
    expect(selectPurpose(doc, purposeId)).toEqual({
      sectionId: purposeId,
      statement: '',
      length: 0,
      overLimit: false,
      prompts: { why: 'We are meeting because ', forWhom: 'The people who benefit are ', success: 'At the end of this workshop we will have ' },
      endorsements: [],
      versions: [],
    });
    for (const field of ['statement', 'why', 'forWhom', 'success'] as const) expect(purposeText(doc, purposeId, field)).toBeInstanceOf(Y.Text);
  });

  it('reads as null or empty for other sections and garbage, never throwing', () => {
    const { doc, purposeId, sectionIds } = purposeBoard();
    expect(selectPurpose(doc, sectionIds[1] as string)).toBeNull();
    expect(selectPurpose(doc, 'missing')).toBeNull();
    expect(purposeText(doc, sectionIds[1] as string, 'statement')).toBeNull();
    const map = doc.getMap('sections').get(purposeId) as Y.Map<unknown>;
    doc.transact(() => {
      map.set('statement', 42);
      map.set('why', 'not a text');
      const endorsements = map.get('endorsements') as Y.Map<unknown>;
      endorsements.set('member-a', { text: 7, at: 1 });
      endorsements.set('member-b', 'garbage');
      endorsements.set('member-c', { text: 'ok', at: 'later' });
      endorsements.set('', { text: 'no member', at: 1 });
      const versions = map.get('versions') as Y.Map<unknown>;
      versions.set('v1', { statement: 'old', at: 5, name: 3, prompts: 'x', by: 9 });
      versions.set('v2', null);
      versions.set('v3', { statement: ['x'], at: 5 });
    });
    const view = selectPurpose(doc, purposeId);
    expect(view?.statement).toBe('');
    expect(view?.prompts.why).toBe('');
    expect(view?.endorsements).toEqual([]);
    expect(view?.versions).toEqual([{ id: 'v1', name: 'Untitled version', statement: 'old', prompts: { why: '', forWhom: '', success: '' }, by: null, at: 5 }]);
    expect(selectCurrentPurpose(doc)).toBeNull();
  });

  it('the current purpose is the first purpose section with a statement', () => {
    const { doc, purposeId } = purposeBoard();
    expect(selectCurrentPurpose(doc)).toBeNull();
    type(doc, purposeId, 0, 'Ship a calmer on-call');
    expect(selectCurrentPurpose(doc)).toEqual({ sectionId: purposeId, title: 'Shared purpose', statement: 'Ship a calmer on-call' });
  });

  it('typing through the editor origin is not a board undo step', () => {
    const { doc, purposeId } = purposeBoard();
    const manager = createUndoManager(doc);
    type(doc, purposeId, 0, 'hello');
    expect(manager.undoStack).toHaveLength(0);
  });
});

describe('endorsements', () => {
  it('refuses an empty or over-long statement, a non-member, a non-purpose section, a second endorsement of the same text; nothing changes', () => {
    const { doc, purposeId, sectionIds } = purposeBoard();
    const before = vector(doc);
    expect(endorsePurpose(doc, { sectionId: purposeId, by: 'member-a', at: 5 })).toEqual({ ok: false, error: 'an empty purpose cannot be endorsed: write the statement first' });
    type(doc, purposeId, 0, '   ');
    const spaces = vector(doc);
    expect(endorsePurpose(doc, { sectionId: purposeId, by: 'member-a', at: 5 }).ok).toBe(false);
    expect(vector(doc)).toEqual(spaces);
    setStatement(doc, purposeId, 'x'.repeat(MAX_STATEMENT_LENGTH + 12));
    const long = vector(doc);
    expect(selectPurpose(doc, purposeId)?.overLimit).toBe(true);
    expect(endorsePurpose(doc, { sectionId: purposeId, by: 'member-a', at: 5 })).toEqual({
      ok: false,
      error: 'the purpose is 12 characters over the 10,000-character limit: shorten it before it is endorsed',
    });
    expect(vector(doc)).toEqual(long);
    setStatement(doc, purposeId, 'Decide together');
    const ready = vector(doc);
    expect(endorsePurpose(doc, { sectionId: purposeId, by: 'stranger', at: 5 })).toEqual({ ok: false, error: 'no member "stranger" on this board' });
    expect(endorsePurpose(doc, { sectionId: sectionIds[1] as string, by: 'member-a', at: 5 })).toEqual({ ok: false, error: '"Ideas" is not a purpose section' });
    expect(endorsePurpose(doc, { sectionId: purposeId, by: 'member-a', at: Number.NaN }).ok).toBe(false);
    expect(withdrawEndorsement(doc, { sectionId: purposeId, by: 'member-a', at: 5 })).toEqual({ ok: false, error: 'you have not endorsed this purpose' });
    expect(vector(doc)).toEqual(ready);
    expect(endorsePurpose(doc, { sectionId: purposeId, by: 'member-a', at: 5 })).toEqual({ ok: true, value: 'Decide together' });
    const endorsed = vector(doc);
    expect(endorsePurpose(doc, { sectionId: purposeId, by: 'member-a', at: 6 })).toEqual({ ok: false, error: 'you already endorse this text' });
    expect(vector(doc)).toEqual(endorsed);
    expect(before).not.toEqual(endorsed);
  });

  for (const seed of [1, 2, 3, 7, 42]) {
    it(`an endorsement turns "earlier version" when a peer edits concurrently, shows what changed, and re-endorses (seed ${seed})`, () => {
      const { doc, purposeId } = purposeBoard();
      type(doc, purposeId, 0, 'We meet to decide the roadmap');
      const peers = createPeers(3, doc);
      const [a, b, c] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      // A and C endorse the text they see while B edits it at the same time.
      expect(endorsePurpose(a, { sectionId: purposeId, by: 'member-a', at: 10 }).ok).toBe(true);
      expect(endorsePurpose(c, { sectionId: purposeId, by: 'member-c', at: 11 }).ok).toBe(true);
      type(b, purposeId, 'We meet to decide the'.length, ' quarterly');
      peers.deliverShuffled(seed);
      for (const peer of peers.docs) expect(snapshot(peer)).toEqual(snapshot(a));
      const view = selectPurpose(b, purposeId);
      expect(view?.statement).toBe('We meet to decide the quarterly roadmap');
      expect(view?.endorsements.map((e) => [e.memberId, e.current])).toEqual([['member-a', false], ['member-c', false]]);
      const earlier = view?.endorsements[0];
      expect(wordDiff(earlier?.text ?? '', view?.statement ?? '').filter((p) => p.type !== 'same')).toEqual([{ type: 'added', text: 'quarterly ' }]);
      // A re-endorses the new text; C withdraws at the same time.
      expect(endorsePurpose(a, { sectionId: purposeId, by: 'member-a', at: 20 }).ok).toBe(true);
      expect(withdrawEndorsement(c, { sectionId: purposeId, by: 'member-c', at: 21 }).ok).toBe(true);
      peers.deliverShuffled(seed + 100);
      for (const peer of peers.docs) {
        expect(selectPurpose(peer, purposeId)?.endorsements.map((e) => [e.memberId, e.current, e.text])).toEqual([
          ['member-a', true, 'We meet to decide the quarterly roadmap'],
        ]);
      }
      expect(selectLog(a).filter((e) => e.type.startsWith('purpose.')).map((e) => [e.type, e.by, e.detail])).toEqual(
        expect.arrayContaining([
          ['purpose.endorsed', 'member-a', undefined],
          ['purpose.endorsed', 'member-a', 'again'],
          ['purpose.endorsementWithdrawn', 'member-c', undefined],
        ]),
      );
    });
  }

  it('two members endorsing the same text at once both count as current', () => {
    const { doc, purposeId } = purposeBoard();
    type(doc, purposeId, 0, 'Same words');
    const peers = createPeers(2, doc);
    const [a, b] = peers.docs as [Y.Doc, Y.Doc];
    endorsePurpose(a, { sectionId: purposeId, by: 'member-a', at: 3 });
    endorsePurpose(b, { sectionId: purposeId, by: 'member-b', at: 3 });
    peers.deliverShuffled(5);
    expect(selectPurpose(a, purposeId)?.endorsements.map((e) => [e.memberId, e.current])).toEqual([['member-a', true], ['member-b', true]]);
    expect(snapshot(b)).toEqual(snapshot(a));
  });
});

describe('named versions', () => {
  it('refuses a blank name, an empty statement, a non-lead and a missing version; nothing changes', () => {
    const { doc, purposeId } = purposeBoard();
    const empty = vector(doc);
    expect(savePurposeVersion(doc, { sectionId: purposeId, name: 'draft 1', by: 'member-a', at: 2 })).toEqual({
      ok: false,
      error: 'an empty purpose cannot be saved as a version: write the statement first',
    });
    expect(vector(doc)).toEqual(empty);
    type(doc, purposeId, 0, 'Draft words');
    expect(takeLead(doc, { sectionId: purposeId, by: 'member-b', at: 2 }).ok).toBe(true);
    const led = vector(doc);
    expect(savePurposeVersion(doc, { sectionId: purposeId, name: 'draft 1', by: 'member-a', at: 2 })).toEqual({
      ok: false,
      error: 'only the lead of this section can save a named version',
    });
    expect(savePurposeVersion(doc, { sectionId: purposeId, name: '   ', by: 'member-b', at: 2 })).toEqual({ ok: false, error: 'a version needs a name, such as "draft 1"' });
    expect(restorePurposeVersion(doc, { sectionId: purposeId, versionId: 'nope', by: 'member-a', at: 3 })).toEqual({
      ok: false,
      error: 'that version does not exist (it may have been saved on another board); nothing was changed',
    });
    expect(vector(doc)).toEqual(led);
    const saved = savePurposeVersion(doc, { sectionId: purposeId, name: '  draft   1 ', by: 'member-b', at: 4 });
    expect(saved.ok).toBe(true);
    expect(selectPurpose(doc, purposeId)?.versions).toEqual([
      { id: saved.ok ? saved.value : '', name: 'draft 1', statement: 'Draft words', prompts: { why: '', forWhom: '', success: '' }, by: 'member-b', at: 4 },
    ]);
    const after = vector(doc);
    expect(restorePurposeVersion(doc, { sectionId: purposeId, versionId: saved.ok ? saved.value : '', by: 'member-a', at: 5 })).toEqual({
      ok: false,
      error: 'the purpose already reads as "draft 1"',
    });
    expect(vector(doc)).toEqual(after);
  });

  for (const seed of [1, 2, 3, 7, 42]) {
    it(`a restore is a new change that merges with a concurrent edit, and undo brings the text back (seed ${seed})`, () => {
      const { doc, purposeId } = purposeBoard();
      type(doc, purposeId, 0, 'Agree on the roadmap.');
      doc.transact(() => text(doc, purposeId, 'why').insert(0, 'Teams drift'), EDITOR);
      const saved = savePurposeVersion(doc, { sectionId: purposeId, name: 'draft 1', by: 'member-a', at: 2 });
      if (!saved.ok) throw new Error(saved.error);
      setStatement(doc, purposeId, 'Ship everything by Friday.');
      doc.transact(() => text(doc, purposeId, 'why').delete(0, 5), EDITOR);
      const peers = createPeers(3, doc);
      const [a, b, c] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      const managerA = createUndoManager(a);
      // A restores "draft 1" while B adds a sentence at the end and C endorses the current text.
      expect(restorePurposeVersion(a, { sectionId: purposeId, versionId: saved.value, by: 'member-a', at: 3 })).toEqual({ ok: true, value: 'draft 1' });
      type(b, purposeId, text(b, purposeId).length, ' Then rest.');
      expect(endorsePurpose(c, { sectionId: purposeId, by: 'member-c', at: 3 }).ok).toBe(true);
      peers.deliverShuffled(seed);
      for (const peer of peers.docs) expect(snapshot(peer)).toEqual(snapshot(a));
      const restored = selectPurpose(c, purposeId);
      // The restore and B's concurrent sentence both survive; the version list is untouched.
      expect(restored?.statement).toBe('Agree on the roadmap. Then rest.');
      expect(restored?.prompts.why).toBe('Teams drift');
      expect(restored?.versions).toHaveLength(1);
      expect(restored?.endorsements.map((e) => [e.memberId, e.current, e.text])).toEqual([['member-c', false, 'Ship everything by Friday.']]);
      // Undo on A brings the text back as it was before the restore, keeping B's sentence.
      expect(undo(managerA, { by: 'member-a', at: 4 })).toEqual({ ok: true, value: 'restorePurposeVersion' });
      peers.deliverShuffled(seed + 1);
      for (const peer of peers.docs) {
        expect(selectPurpose(peer, purposeId)?.statement).toBe('Ship everything by Friday. Then rest.');
        expect(selectPurpose(peer, purposeId)?.prompts.why).toBe(' drift');
      }
      expect(selectLog(b).filter((e) => e.type === 'purpose.versionRestored').map((e) => [e.by, e.detail])).toEqual([['member-a', 'draft 1']]);
    });
  }
});

describe('wordDiff', () => {
  it('marks removed and added words in reading order', () => {
    expect(wordDiff('ship fast and often', 'ship calmly and often')).toEqual([
      { type: 'same', text: 'ship ' },
      { type: 'removed', text: 'fast' },
      { type: 'added', text: 'calmly' },
      { type: 'same', text: ' and often' },
    ]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('same', 'same')).toEqual([{ type: 'same', text: 'same' }]);
  });
});
