import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { takeLead } from '../../sections/leadership.js';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { selectBrainstormBoard } from './boardReaders.js';
import { selectDraftSummary, selectDrafts } from './progressReaders.js';
import { setAnonymous } from './brainstormSetup.js';
import { deleteDraft, editDraft, saveDraft, shareDraftEarly } from './drafts.js';
import { decodeDraftPayload } from './sealedPayloads.js';

const [A, B, C] = MEMBERS;

/** Every byte of the document as it syncs and is stored, as text, to search for plaintext. */
const docText = (doc: Y.Doc) => String.fromCharCode(...Y.encodeStateAsUpdate(doc));

describe('private drafts', () => {
  it('a saved draft is only a sealed item: the document holds no text, only the relay opens it', () => {
    const { doc, sectionId, column, seal, open } = brainstormFixture();
    const id = saveDraft(doc, { sectionId, by: A, at: 10, column, text: 'Hire a second designer', color: 'pink', seal });
    expect(id.ok).toBe(true);
    const draftId = id.ok ? id.value : '';
    expect(docText(doc)).not.toContain('Hire a second designer');
    const [draft] = selectDrafts(doc, sectionId);
    expect(draft).toMatchObject({ id: draftId, column, sealedAt: 10, author: A });
    const opened = open({ sectionId, itemId: draftId, kind: 'draft' }, draft?.ciphertext);
    expect(opened.ok && decodeDraftPayload(opened.value)).toEqual({ ok: true, value: { text: 'Hire a second designer', color: 'pink' } });
  });

  it('others see "N drafts from M people"; in an anonymous section only "N drafts" and no author anywhere', () => {
    const named = brainstormFixture();
    for (const [by, text] of [[A, 'a1'], [A, 'a2'], [B, 'b1']] as const) saveDraft(named.doc, { ...named, by, at: 1, text });
    expect(selectDraftSummary(named.doc, named.sectionId)).toEqual({ drafts: 3, authors: 2, byColumn: { [named.column]: 3 } });

    const anon = brainstormFixture();
    setAnonymous(anon.doc, { sectionId: anon.sectionId, by: A, at: 1, anonymous: true });
    for (const by of [A, A, B]) saveDraft(anon.doc, { ...anon, by, at: 1, text: 'secret' });
    expect(selectDraftSummary(anon.doc, anon.sectionId)).toEqual({ drafts: 3, authors: null, byColumn: { [anon.column]: 3 } });
    expect(JSON.stringify(anon.doc.getMap('sections').toJSON())).not.toContain(B);
    expect(selectDrafts(anon.doc, anon.sectionId).every((d) => d.author === null)).toBe(true);
  });

  it('authors edit and delete their own drafts; others cannot', () => {
    const { doc, sectionId, column, seal, open } = brainstormFixture();
    const id = saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'first words', seal });
    const draftId = id.ok ? id.value : '';
    expect(editDraft(doc, { sectionId, by: A, at: 2, draftId, text: 'better words', seal }).ok).toBe(true);
    const draft = selectDrafts(doc, sectionId)[0];
    const opened = open({ sectionId, itemId: draftId, kind: 'draft' }, draft?.ciphertext);
    expect(opened.ok && decodeDraftPayload(opened.value)).toMatchObject({ ok: true, value: { text: 'better words' } });
    expect(draft?.sealedAt).toBe(2);
    expect(editDraft(doc, { sectionId, by: B, at: 3, draftId, text: 'hijack', seal })).toEqual({ ok: false, error: 'only its author can edit a draft' });
    expect(deleteDraft(doc, { sectionId, by: B, at: 3, draftId })).toEqual({ ok: false, error: 'only its author can delete a draft' });
    expect(deleteDraft(doc, { sectionId, by: A, at: 3, draftId }).ok).toBe(true);
    expect(selectDrafts(doc, sectionId)).toEqual([]);
    expect(editDraft(doc, { sectionId, by: A, at: 3, draftId, text: 'x', seal })).toEqual({ ok: false, error: expect.stringContaining('no longer exists') });
  });

  it('refuses bad drafts with a clear message and writes nothing', () => {
    const { doc, sectionId, column, seal } = brainstormFixture();
    const before = Y.encodeStateVector(doc);
    expect(saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'x'.repeat(2_001), seal })).toEqual({ ok: false, error: 'a card holds at most 2,000 characters; this one has 2,001' });
    expect(saveDraft(doc, { sectionId, by: A, at: 1, column: 'gone', text: 'x', seal }).ok).toBe(false);
    expect(saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'x', seal: undefined as never })).toEqual({ ok: false, error: expect.stringContaining('board key') });
    expect(saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'x', seal: () => ({ ok: false, error: 'no key' }) })).toEqual({ ok: false, error: 'the draft could not be sealed: no key' });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    toPhase(doc, sectionId, 'reveal');
    expect(saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'late', seal })).toEqual({ ok: false, error: expect.stringContaining('only in the write phase') });
  });

  it('an author may share one card early: the draft becomes a visible card', () => {
    const { doc, sectionId, column, seal } = brainstormFixture();
    const id = saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'Show this now', seal });
    saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'Keep this private', seal });
    const draftId = id.ok ? id.value : '';
    expect(shareDraftEarly(doc, { sectionId, by: B, at: 2, draftId, text: 'Show this now' })).toEqual({ ok: false, error: 'only its author can share a draft' });
    expect(shareDraftEarly(doc, { sectionId, by: A, at: 2, draftId, text: 'Show this now', color: 'green' }).ok).toBe(true);
    expect(selectDraftSummary(doc, sectionId).drafts).toBe(1);
    const items = selectBrainstormBoard(doc, sectionId)?.columns[0]?.items ?? [];
    expect(items).toEqual([{ type: 'card', card: expect.objectContaining({ text: 'Show this now', color: 'green', author: A }) }]);
    expect(docText(doc)).not.toContain('Keep this private');
  });

  it('concurrent drafts from three peers all survive; an edit racing a delete leaves no draft', () => {
    for (const seed of [1, 2, 3, 42]) {
      const { doc, sectionId, column, seal } = brainstormFixture();
      const shared = saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'shared', seal });
      const draftId = shared.ok ? shared.value : '';
      const peers = createPeers(3, doc);
      const [p0, p1, p2] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      saveDraft(p0, { sectionId, by: A, at: 2, column, text: 'a', seal });
      saveDraft(p1, { sectionId, by: B, at: 2, column, text: 'b', seal });
      saveDraft(p2, { sectionId, by: C, at: 2, column, text: 'c', seal });
      deleteDraft(p0, { sectionId, by: A, at: 3, draftId });
      editDraft(p1, { sectionId, by: A, at: 3, draftId, text: 'edited elsewhere', seal });
      peers.deliverShuffled(seed);
      for (const d of peers.docs) expect(snapshot(d)).toEqual(snapshot(p0));
      // The edit sets the key again: last writer wins by client id, so the draft either stays edited or is gone, the same everywhere.
      expect([3, 4]).toContain(selectDraftSummary(p0, sectionId).drafts);
    }
  });

  it('anyone may use an unled section\'s lead powers, but drafts stay their authors\'', () => {
    const { doc, sectionId, column, seal } = brainstormFixture();
    const id = saveDraft(doc, { sectionId, by: A, at: 1, column, text: 'x', seal });
    takeLead(doc, { sectionId, by: C, at: 1 });
    expect(deleteDraft(doc, { sectionId, by: C, at: 2, draftId: id.ok ? id.value : '' }).ok).toBe(false);
  });
});
