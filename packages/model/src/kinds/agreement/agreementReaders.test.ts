import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MEMBERS, boardWithMembers } from '../../testing/board.js';
import { selectAgreement, selectCommitments } from './agreementReaders.js';
import { DEFAULT_RULE } from './rules.js';

describe('agreement readers', () => {
  it('read garbage in every field as neutral defaults or skip it, never throwing', () => {
    const { doc, sectionIds } = boardWithMembers();
    const sectionId = sectionIds[2]!;
    const map = doc.getMap('sections').get(sectionId) as Y.Map<unknown>;
    doc.transact(() => {
      map.set('proposal', 42);
      map.set('rule', { base: 'dictator' });
      map.set('anonymous', 'yes');
      map.set('outcome', { decision: 'maybe' });
      map.set('round:bad', 'not a map');
      const noInfo = new Y.Map<unknown>();
      map.set('round:noinfo', noInfo);
      const round = new Y.Map<unknown>();
      round.set('info', { number: 'x', proposal: 7, rule: null, anonymous: false });
      round.set('ballots', new Y.Map());
      round.set('result', { at: 5, votes: [{ voter: MEMBERS[0], level: 9 }, { voter: MEMBERS[1], level: 3, comment: 12 }, 'junk'] });
      map.set('round:r1', round);
      map.set('commitment:c1', 'junk');
      const c = new Y.Map<unknown>();
      c.set('text', 'fix it');
      c.set('owner', MEMBERS[2]);
      c.set('state', 'exploded');
      c.set('done', { at: 'soon' });
      map.set('commitment:c2', c);
    });
    const view = selectAgreement(doc, sectionId)!;
    expect(view.proposal).toBeNull();
    expect(view.rule).toEqual(DEFAULT_RULE);
    expect(view.anonymous).toBe(false);
    expect(view.outcome).toBeNull();
    expect(view.rounds).toHaveLength(1);
    expect(view.rounds[0]).toMatchObject({ id: 'r1', number: 1, proposal: '', rule: null, status: 'revealed', verdict: null });
    expect(view.rounds[0]!.result!.votes).toEqual([{ voter: MEMBERS[1], level: 3, comment: '' }]);
    expect(view.rounds[0]!.result!.counts).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
    expect(selectCommitments(doc)).toMatchObject([{ id: 'c2', text: 'fix it', state: 'active', doneAt: null, createdBy: MEMBERS[2] }]);
    expect(selectAgreement(doc, sectionIds[1]!)).toBeNull(); // a brainstorm
    expect(selectAgreement(doc, 'nope')).toBeNull();
  });
});
