import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { roots } from '../core/schema.js';
import { takeLead } from '../sections/leadership.js';
import { MEMBERS, boardWithMembers } from '../testing/board.js';
import { createPeers } from '../testing/peers.js';
import { MINUTE, T0, sessionBoard } from '../testing/sessionBoard.js';
import { selectLeadershipSummary } from './leadershipSummary.js';

const [A, B, C] = MEMBERS;

describe('the leadership summary', () => {
  it('says who led which section for how long, how the lead moved, and what each member contributed', () => {
    const { doc, purposeId, ideasId, agreementId } = sessionBoard();
    const summary = selectLeadershipSummary(doc, { until: T0 + 60 * MINUTE });
    const section = (id: string) => summary.sections.find((s) => s.sectionId === id)!;

    expect(section(purposeId).leads).toEqual([{ memberId: A, ms: 39 * MINUTE }]);
    expect(section(purposeId).currentLead).toBeNull();
    // B led Ideas 5..20, C from 20 to "until" (still leading).
    expect(section(ideasId).leads).toEqual([
      { memberId: C, ms: 40 * MINUTE },
      { memberId: B, ms: 15 * MINUTE },
    ]);
    expect(section(ideasId).spans.map((s) => [s.memberId, s.how, s.to])).toEqual([
      [B, 'took', T0 + 20 * MINUTE],
      [C, 'took', null],
    ]);
    // C led the agreement 30..31, then handed it to A.
    expect(section(agreementId).leads).toEqual([
      { memberId: A, ms: 29 * MINUTE },
      { memberId: C, ms: 1 * MINUTE },
    ]);
    expect(summary.moves.map((m) => [m.how, m.from, m.to])).toEqual([
      ['took', null, A],
      ['took', null, B],
      ['took', B, C],
      ['took', null, C],
      ['accepted', C, A],
      ['steppedBack', A, null],
    ]);

    const member = (id: string) => summary.members.find((m) => m.memberId === id)!;
    expect(member(A)).toMatchObject({ name: 'Member a', cards: 1, votes: 2, endorsements: 1, commitments: 0, sectionsLed: 2 });
    expect(member(B)).toMatchObject({ cards: 1, votes: 2, endorsements: 1, commitments: 1, sectionsLed: 1 });
    expect(member(C)).toMatchObject({ cards: 1, votes: 1, endorsements: 0, commitments: 1, sectionsLed: 2 });
    expect(summary.totals).toMatchObject({ members: 3, contributors: 3, leads: 3, handovers: 2, cards: 3, votes: 5, endorsements: 2, commitments: 2 });
    // C led 41 of the 124 led minutes; A 68: the longest-leading member held 68/124.
    expect(summary.totals.topLeadShare).toBeCloseTo(68 / 124, 5);
  });

  it('counts a still-open lead up to `until`, never negative, and keeps a removed section by its title', () => {
    const { doc, sectionIds } = boardWithMembers();
    takeLead(doc, { sectionId: sectionIds[0]!, by: A, at: 1000 });
    expect(selectLeadershipSummary(doc, { until: 500 }).sections[0]!.leads).toEqual([{ memberId: A, ms: 0 }]);
    doc.transact(() => roots(doc).log.push([{ id: 'x1', at: 2000, by: A, type: 'section.removed', sectionId: 'gone', detail: 'Old section' }]), 'test');
    doc.transact(() => roots(doc).log.insert(1, [{ id: 'x0', at: 1500, by: B, type: 'lead.taken', sectionId: 'gone' }]), 'test');
    const gone = selectLeadershipSummary(doc, { until: 3000 }).sections.find((s) => s.sectionId === 'gone')!;
    expect(gone).toMatchObject({ title: 'Old section', onBoard: false, leads: [{ memberId: B, ms: 500 }] });
  });

  it('reads garbage in the log and the members as nothing, and never throws', () => {
    const { doc } = boardWithMembers();
    doc.transact(() => {
      roots(doc).log.push([null, 42, 'x', { type: 'lead.taken' }, { id: 'g', at: 'soon', type: 'lead.taken', by: A, sectionId: 's' }, { id: 'h', at: 5, type: 'lead.taken', by: 7, sectionId: 's' }]);
      roots(doc).members.set('broken', 'not a map' as never);
    }, 'test');
    const summary = selectLeadershipSummary(doc, { until: 10 });
    expect(summary.moves).toEqual([]);
    expect(summary.totals).toMatchObject({ members: 3, leads: 0, contributors: 0, topLeadShare: null });
  });

  it('takes the stored lead where two concurrent takes both left a record', () => {
    const { doc, sectionIds } = boardWithMembers();
    const peers = createPeers(2, doc);
    const [one, two] = peers.docs as [Y.Doc, Y.Doc];
    const sectionId = sectionIds[1]!;
    takeLead(one, { sectionId, by: A, at: 100 });
    takeLead(two, { sectionId, by: C, at: 100 });
    peers.deliverShuffled(3);
    const winner = (one.getMap('sections').get(sectionId) as Y.Map<unknown>).get('lead');
    for (const peer of [one, two]) {
      const section = selectLeadershipSummary(peer, { until: 200 }).sections.find((s) => s.sectionId === sectionId)!;
      expect(section.currentLead).toBe(winner);
      expect(section.spans.at(-1)?.memberId).toBe(winner);
    }
  });
});
