import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { takeLead } from '../sections/leadership.js';
import { setPhase } from '../sections/phases.js';
import { MEMBERS, boardWithMembers } from '../testing/board.js';
import { testOpener, testSealer } from '../testing/sealing.js';
import { addCard } from '../kinds/brainstorm/cards.js';
import { castDots } from '../kinds/brainstorm/dots.js';
import { selectBrainstormSettings } from '../kinds/brainstorm/readers.js';
import { endorsePurpose } from '../kinds/purpose/endorsements.js';
import { purposeText } from '../kinds/purpose/readers.js';
import { addCommitment } from '../kinds/agreement/commitments.js';
import { recordOutcome } from '../kinds/agreement/outcome.js';
import { setProposal } from '../kinds/agreement/proposal.js';
import { revealRound } from '../kinds/agreement/revealRound.js';
import { castBallot, openRound } from '../kinds/agreement/rounds.js';
import { seenByStateVector, selectChangesSince, type VisitChange } from './readers.js';

const [A, B, C] = MEMBERS;
const EDITOR = { editor: true };

/** Two devices of one board: `mine` (member A) and `theirs` (members B and C), in sync. */
function twoDevices() {
  const board = boardWithMembers();
  const [purpose, brainstorm, agreement] = board.sectionIds as [string, string, string];
  setPhase(board.doc, { sectionId: brainstorm, by: A, at: 2, phase: 'reveal' });
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(board.doc));
  const sync = () => {
    Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(board.doc)));
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(board.doc, Y.encodeStateVector(theirs)));
  };
  return { mine: board.doc, theirs, sync, purpose, brainstorm, agreement };
}

const column = (doc: Y.Doc, sectionId: string) => selectBrainstormSettings(doc, sectionId)?.columns[0]?.id ?? '';
const brief = (changes: VisitChange[]) => changes.map((c) => [c.kind, c.by, c.detail]);

describe('selectChangesSince', () => {
  it('lists what others did after the stored state vector, in agenda order, and not my own', () => {
    const { mine, theirs, sync, purpose, brainstorm, agreement } = twoDevices();
    // My last visit ends here.
    const lastVisit = Y.decodeStateVector(Y.encodeStateVector(mine));
    const seen = seenByStateVector(lastVisit);
    expect(selectChangesSince(mine, seen, A)).toEqual([]);

    // Meanwhile, on their device:
    const card = addCard(theirs, { sectionId: brainstorm, by: B, at: 10, column: column(theirs, brainstorm), text: 'Ship   smaller\nbatches' });
    expect(card.ok).toBe(true);
    theirs.transact(() => purposeText(theirs, purpose, 'statement')?.insert(0, 'We meet to decide the roadmap.'), EDITOR);
    expect(endorsePurpose(theirs, { sectionId: purpose, by: C, at: 11 }).ok).toBe(true);
    expect(takeLead(theirs, { sectionId: agreement, by: B, at: 12 }).ok).toBe(true);
    expect(setProposal(theirs, { sectionId: agreement, by: B, at: 13, text: 'Adopt the roadmap' }).ok).toBe(true);
    expect(openRound(theirs, { sectionId: agreement, by: B, at: 14 }).ok).toBe(true);
    expect(castBallot(theirs, { sectionId: agreement, by: C, at: 15, level: 2, seal: testSealer }).ok).toBe(true);
    expect(revealRound(theirs, { sectionId: agreement, by: B, at: 16, open: testOpener }).ok).toBe(true);
    expect(recordOutcome(theirs, { sectionId: agreement, by: B, at: 17, decision: 'adopted' }).ok).toBe(true);
    expect(addCommitment(theirs, { sectionId: agreement, by: C, at: 18, text: 'I will draft the plan', due: 'Friday' }).ok).toBe(true);
    // And mine, on my device (another session of mine: it is not news to me).
    expect(addCard(mine, { sectionId: brainstorm, by: A, at: 19, column: column(mine, brainstorm), text: 'Mine' }).ok).toBe(true);
    sync();

    const changes = selectChangesSince(mine, seen, A);
    expect(brief(changes)).toEqual([
      ['purpose', null, 'edited'],
      ['endorsement', C, 'endorsed'],
      ['card', B, 'Ship smaller batches'],
      ['decision', B, 'Adopted'],
      ['commitment', C, 'draft the plan'],
      ['lead', B, 'lead.taken'],
    ]);
    expect(changes.find((c) => c.kind === 'card')).toMatchObject({ sectionId: brainstorm, itemId: card.ok ? card.value : '', at: 10 });
    expect(changes.every((c) => c.sectionId === (c.kind === 'card' ? brainstorm : c.kind === 'purpose' || c.kind === 'endorsement' ? purpose : agreement))).toBe(true);

    // Everything seen now: nothing is news.
    expect(selectChangesSince(mine, seenByStateVector(Y.decodeStateVector(Y.encodeStateVector(mine))), A)).toEqual([]);
  });

  it('an edit made offline before my last visit but arriving after it is news (item ids, not times)', () => {
    const { mine, theirs, sync, brainstorm } = twoDevices();
    // They go offline and add a card at t=10 ...
    expect(addCard(theirs, { sectionId: brainstorm, by: B, at: 10, column: column(theirs, brainstorm), text: 'Offline idea' }).ok).toBe(true);
    // ... I look at the board at t=50 and leave ...
    const seen = seenByStateVector(Y.decodeStateVector(Y.encodeStateVector(mine)));
    // ... they come back online.
    sync();
    expect(brief(selectChangesSince(mine, seen, A))).toEqual([['card', B, 'Offline idea']]);
  });

  it('counts dot votes by others (named sections name the voter) and skips my own', () => {
    const { mine, theirs, sync, brainstorm } = twoDevices();
    const cardId = addCard(mine, { sectionId: brainstorm, by: A, at: 3, column: column(mine, brainstorm), text: 'Vote me' });
    if (!cardId.ok) throw new Error(cardId.error);
    setPhase(mine, { sectionId: brainstorm, by: A, at: 4, phase: 'vote' });
    sync();
    const seen = seenByStateVector(Y.decodeStateVector(Y.encodeStateVector(mine)));
    expect(castDots(theirs, { sectionId: brainstorm, by: B, at: 5, dots: { [cardId.value]: 2 }, seal: testSealer }).ok).toBe(true);
    expect(castDots(mine, { sectionId: brainstorm, by: A, at: 6, dots: { [cardId.value]: 1 }, seal: testSealer }).ok).toBe(true);
    sync();
    expect(selectChangesSince(mine, seen, A).map((c) => [c.kind, c.by, c.itemId])).toEqual([['vote', B, B]]);
  });

  it('treats garbage as no news and never throws', () => {
    const { mine, brainstorm, purpose } = twoDevices();
    const seen = seenByStateVector(Y.decodeStateVector(Y.encodeStateVector(mine)));
    mine.transact(() => {
      const sections = mine.getMap('sections');
      (sections.get(brainstorm) as Y.Map<unknown>).set('cards', 'garbage');
      (sections.get(purpose) as Y.Map<unknown>).set('endorsements', 42);
      sections.set('junk', 'not a section');
      mine.getArray('log').push([null, { type: 'lead.taken' }, 7]);
    });
    expect(() => selectChangesSince(mine, seen, A)).not.toThrow();
    expect(selectChangesSince(mine, seen, A)).toEqual([]);
  });
});
