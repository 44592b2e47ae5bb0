/**
 * The agreement store is keyed: a change inside one agreement section re-reads and wakes that
 * section only (and the board's commitments only when a commitment changed what they read);
 * a brainstorm edit or another section's rename wakes no agreement reader.
 */
import { addCommitment, addSections, createBoard, renameSection, setProposal, upsertMember } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from './BoardStore.js';
import { FOUR_SECTIONS } from '../actions/testing.js';
import { BOARD_COMMITMENTS } from './AgreementStore.js';

const AT = 1_700_000_000_000;

function board() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Retro', template: 'blank', at: AT });
  addSections(doc, { sections: FOUR_SECTIONS, by: null, at: AT });
  upsertMember(doc, { id: 'member-ada', name: 'Ada', color: '#6366f1', at: AT });
  const store = new BoardStore(doc);
  const ids = store.getSectionIds();
  return { doc, store, agreement: ids[3]!, brainstorm: ids[1]! };
}

describe('AgreementStore', () => {
  it('reads agreement sections only, and wakes a section only for its own changes', () => {
    const { doc, store, agreement, brainstorm } = board();
    expect(store.agreement.get(brainstorm)).toBeNull();
    expect(store.agreement.get(agreement)?.proposal).toBeNull();
    const woken: string[] = [];
    store.agreement.sections.subscribe(agreement, () => woken.push('agreement'));
    store.agreement.commitments.subscribe(BOARD_COMMITMENTS, () => woken.push('commitments'));
    const before = store.agreement.get(agreement);

    expect(renameSection(doc, brainstorm, 'Wins').ok).toBe(true);
    expect(woken).toEqual([]);
    expect(store.agreement.get(agreement)).toBe(before);

    expect(setProposal(doc, { sectionId: agreement, text: 'Ship weekly', by: 'member-ada', at: AT }).ok).toBe(true);
    expect(woken).toEqual(['agreement']);
    expect(store.agreement.get(agreement)?.proposal?.text).toBe('Ship weekly');

    expect(addCommitment(doc, { sectionId: agreement, text: 'book a room', due: 'Friday', by: 'member-ada', at: AT }).ok).toBe(true);
    expect(woken).toEqual(['agreement', 'agreement', 'commitments']);
    expect(store.agreement.getBoardCommitments().map((c) => c.text)).toEqual(['book a room']);
    store.destroy();
  });
});
