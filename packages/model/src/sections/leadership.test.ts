import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  acceptLead,
  declineLead,
  isAway,
  offerLead,
  resolveLeadChanges,
  selectLeadChanges,
  selectLeadHistory,
  selectLeadLosses,
  selectLeadTakenFrom,
  selectLeadership,
  selectOffersTo,
  stepBack,
  takeLead,
  takeNeedsConfirmation,
} from './leadership.js';
import type { Result } from '../core/result.js';
import { selectLog } from '../core/readers.js';
import { createUndoManager, undo } from '../core/undo.js';
import { selectSection } from './readers.js';
import { MEMBERS, boardWithMembers, seeded } from '../testing/board.js';
import { createPeers, snapshot } from '../testing/peers.js';

const [A, B, C] = MEMBERS;

describe('taking the lead', () => {
  it('makes the member the lead and logs the previous lead', () => {
    const { doc, sectionId } = boardWithMembers();
    expect(takeLead(doc, { sectionId, by: A, at: 10 })).toEqual({ ok: true, value: undefined });
    expect(selectSection(doc, sectionId)?.lead).toBe(A);
    expect(takeLead(doc, { sectionId, by: B, at: 20 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)?.lead).toBe(B);
    expect(selectLeadHistory(doc, sectionId)).toMatchObject([
      { type: 'lead.taken', by: A, at: 10, sectionId },
      { type: 'lead.taken', by: B, at: 20, sectionId, from: A },
    ]);
    expect(selectLeadHistory(doc, sectionId)[0]).not.toHaveProperty('from');
    // A's notice with "take it back", and taking it back.
    expect(selectLeadTakenFrom(doc, A).map((e) => e.by)).toEqual([B]);
    expect(selectLeadTakenFrom(doc, A, 20)).toEqual([]);
    expect(takeLead(doc, { sectionId, by: A, at: 30 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)?.lead).toBe(A);
  });

  it('lets several sections have different leads at once', () => {
    const { doc, sectionIds } = boardWithMembers();
    takeLead(doc, { sectionId: sectionIds[0]!, by: A, at: 1 });
    takeLead(doc, { sectionId: sectionIds[2]!, by: C, at: 1 });
    expect(selectLeadership(doc).map((r) => r.lead)).toEqual([A, null, C]);
  });

  it('asks for confirmation only when an active member leads', () => {
    const lead = { lastSeen: 1_000 };
    expect(isAway(lead, 1_000 + 60_000, 120_000)).toBe(false);
    expect(isAway(lead, 1_000 + 180_000, 120_000)).toBe(true);
    expect(isAway({ lastSeen: null }, 0)).toBe(true);
    expect(takeNeedsConfirmation({ lead: A }, B, lead, 2_000)).toBe(true);
    expect(takeNeedsConfirmation({ lead: A }, B, lead, 10_000_000)).toBe(false);
    expect(takeNeedsConfirmation({ lead: A }, A, lead, 2_000)).toBe(false);
    expect(takeNeedsConfirmation({ lead: null }, B, null, 2_000)).toBe(false);
    expect(takeNeedsConfirmation({ lead: A }, B, null, 2_000)).toBe(false);
  });
});

describe('handing over the lead', () => {
  it('offer then accept moves the lead and clears the offer', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    expect(offerLead(doc, { sectionId, by: A, to: B, at: 5 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)?.offer).toEqual({ from: A, to: B, at: 5 });
    expect(selectOffersTo(doc, B).map((r) => r.sectionId)).toEqual([sectionId]);
    expect(acceptLead(doc, { sectionId, by: C, at: 1 }).ok).toBe(false);
    expect(acceptLead(doc, { sectionId, by: B, at: 6 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)).toMatchObject({ lead: B, offer: null });
    expect(selectLeadHistory(doc).slice(-2)).toMatchObject([
      { type: 'lead.offered', by: A, to: B },
      { type: 'lead.accepted', by: B, from: A, at: 6 },
    ]);
  });

  it('offer then decline keeps the lead and clears the offer', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    offerLead(doc, { sectionId, by: A, to: B, at: 1 });
    expect(declineLead(doc, { sectionId, by: B, at: 1 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)).toMatchObject({ lead: A, offer: null });
    expect(selectLeadHistory(doc).at(-1)).toMatchObject({ type: 'lead.declined', by: B, from: A });
    expect(acceptLead(doc, { sectionId, by: B, at: 1 }).ok).toBe(false);
  });

  it('an offer on a section nobody leads can be made by anyone', () => {
    const { doc, sectionId } = boardWithMembers();
    expect(offerLead(doc, { sectionId, by: C, to: A, at: 1 }).ok).toBe(true);
    expect(acceptLead(doc, { sectionId, by: A, at: 1 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)?.lead).toBe(A);
  });

  it('a take makes a pending offer void', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    offerLead(doc, { sectionId, by: A, to: B, at: 1 });
    takeLead(doc, { sectionId, by: C, at: 1 });
    expect(selectSection(doc, sectionId)?.offer).toBeNull();
    expect(acceptLead(doc, { sectionId, by: B, at: 1 })).toEqual({ ok: false, error: 'there is no offer of this lead to you' });
  });

  it('step back leaves the section without a lead', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    offerLead(doc, { sectionId, by: A, to: B, at: 1 });
    expect(stepBack(doc, { sectionId, by: B, at: 1 }).ok).toBe(false);
    expect(stepBack(doc, { sectionId, by: A, at: 9 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)).toMatchObject({ lead: null, offer: null });
    expect(selectLog(doc).at(-1)).toMatchObject({ type: 'lead.steppedBack', by: A, at: 9, sectionId });
  });
});

describe('bad input', () => {
  it('is refused with a message and leaves the document unchanged', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    const before = Y.encodeStateVector(doc);
    const refusals: [Result, string][] = [
      [offerLead(doc, { sectionId, by: A, to: 'member-ghost', at: 1 }), 'no member "member-ghost" on this board'],
      [offerLead(doc, { sectionId, by: A, to: A, at: 1 }), 'you cannot offer the lead to yourself'],
      [offerLead(doc, { sectionId, by: B, to: C, at: 1 }), 'only the lead of this section can hand it over'],
      [offerLead(doc, { sectionId: 'nope', by: A, to: B, at: 1 }), 'no section "nope"'],
      [takeLead(doc, { sectionId, by: 'member-ghost', at: 1 }), 'no member "member-ghost"'],
      [takeLead(doc, { sectionId, by: A, at: 1 }), 'you already lead this section'],
      [takeLead(doc, { sectionId: 'nope', by: B, at: 1 }), 'no section "nope"'],
      [acceptLead(doc, { sectionId, by: B, at: 1 }), 'there is no offer of this lead to you'],
      [declineLead(doc, { sectionId, by: B, at: 1 }), 'there is no offer of this lead to you'],
      [stepBack(doc, { sectionId, by: C, at: 1 }), 'only the lead of this section can step back'],
    ];
    for (const [result, error] of refusals) expect(result).toEqual({ ok: false, error });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('concurrent leadership from three peers', () => {
  const SEEDS = [1, 2, 3, 4, 5, 17, 42, 99];

  function threePeers() {
    const { doc, sectionId } = boardWithMembers();
    return { ...createPeers(3, doc), sectionId };
  }

  function expectConverged(docs: Y.Doc[]): void {
    const [first, ...rest] = docs;
    for (const doc of rest) expect(snapshot(doc)).toEqual(snapshot(first!));
  }

  it.each(SEEDS)('three simultaneous takes converge to one lead and log all three (seed %i)', (seed) => {
    const { docs, deliverShuffled, sectionId } = threePeers();
    docs.forEach((doc, i) => expect(takeLead(doc, { sectionId, by: MEMBERS[i]!, at: 100 + i }).ok).toBe(true));
    deliverShuffled(seed);
    expectConverged(docs);
    const leads = new Set(docs.map((d) => selectSection(d, sectionId)?.lead));
    expect(leads.size).toBe(1);
    expect(MEMBERS).toContain([...leads][0]);
    const takes = selectLeadHistory(docs[0]!, sectionId).filter((e) => e.type === 'lead.taken');
    expect(takes.map((e) => e.by).sort()).toEqual([...MEMBERS]);
  });

  it.each(SEEDS)('accept, take and step back at once converge and are all logged (seed %i)', (seed) => {
    const { docs, deliverShuffled, sectionId } = threePeers();
    const [p0, p1, p2] = docs as [Y.Doc, Y.Doc, Y.Doc];
    takeLead(p0, { sectionId, by: A, at: 1 });
    offerLead(p0, { sectionId, by: A, to: B, at: 1 });
    deliverShuffled(seed);
    expect(acceptLead(p1, { sectionId, by: B, at: 1 }).ok).toBe(true);
    expect(takeLead(p2, { sectionId, by: C, at: 1 }).ok).toBe(true);
    expect(stepBack(p0, { sectionId, by: A, at: 1 }).ok).toBe(true);
    deliverShuffled(seed + 1000);
    expectConverged(docs);
    const section = selectSection(p0, sectionId);
    expect([B, C]).toContain(section?.lead);
    expect(section?.offer).toBeNull();
    expect(selectLeadHistory(p0, sectionId).map((e) => e.type).sort()).toEqual(
      ['lead.accepted', 'lead.offered', 'lead.steppedBack', 'lead.taken', 'lead.taken'].sort(),
    );
  });

  it.each(SEEDS)('decline, take and a new offer at once converge; the stale offer is void (seed %i)', (seed) => {
    const { docs, deliverShuffled, sectionId } = threePeers();
    const [p0, p1, p2] = docs as [Y.Doc, Y.Doc, Y.Doc];
    takeLead(p0, { sectionId, by: A, at: 1 });
    offerLead(p0, { sectionId, by: A, to: B, at: 1 });
    deliverShuffled(seed);
    expect(declineLead(p1, { sectionId, by: B, at: 1 }).ok).toBe(true);
    expect(takeLead(p2, { sectionId, by: C, at: 1 }).ok).toBe(true);
    expect(offerLead(p0, { sectionId, by: A, to: C, at: 1 }).ok).toBe(true);
    deliverShuffled(seed + 1000);
    expectConverged(docs);
    expect(selectSection(p0, sectionId)).toMatchObject({ lead: C, offer: null });
    expect(acceptLead(p2, { sectionId, by: C, at: 1 }).ok).toBe(false);
    expect(selectLeadHistory(p0, sectionId).map((e) => e.type).sort()).toEqual(
      ['lead.declined', 'lead.offered', 'lead.offered', 'lead.taken', 'lead.taken'].sort(),
    );
  });

  it('random take/offer/accept/decline/step-back rounds converge and log every attempt', () => {
    const exercised = new Set<string>();
    for (const seed of SEEDS) {
      const { docs, deliverShuffled, sectionId } = threePeers();
      const random = seeded(seed);
      const attempts: string[] = [];
      let at = 1_000;
      for (let round = 0; round < 20; round++) {
        docs.forEach((doc, i) => {
          const by = MEMBERS[i]!;
          const to = MEMBERS[Math.floor(random() * 3)]!;
          const ops: [string, () => Result][] = [
            ['lead.taken', () => takeLead(doc, { sectionId, by, at })],
            ['lead.offered', () => offerLead(doc, { sectionId, by, to, at })],
            ['lead.accepted', () => acceptLead(doc, { sectionId, by, at })],
            ['lead.declined', () => declineLead(doc, { sectionId, by, at })],
            ['lead.steppedBack', () => stepBack(doc, { sectionId, by, at })],
          ];
          // Mostly what this member's view makes sensible, sometimes anything (which may be refused).
          const view = selectSection(doc, sectionId);
          const sensible = view?.offer?.to === by ? [2, 3] : view?.lead === by ? [1, 4] : [0, 1];
          const pick = random() < 0.25 ? Math.floor(random() * ops.length) : sensible[Math.floor(random() * 2)]!;
          const [type, run] = ops[pick]!;
          if (run().ok) attempts.push(`${type} ${by} ${at}`);
          at += 1;
        });
        if (random() < 0.5) deliverShuffled(seed * 31 + round);
      }
      deliverShuffled(seed * 7);
      expectConverged(docs);
      const logged = selectLeadHistory(docs[0]!, sectionId).map((e) => `${e.type} ${e.by} ${e.at}`);
      expect(logged.sort()).toEqual(attempts.sort());
      for (const a of attempts) exercised.add(a.split(' ')[0]!);
      const leads = new Set(docs.map((d) => selectSection(d, sectionId)?.lead ?? null));
      expect(leads.size).toBe(1);
      for (const doc of docs) {
        const offer = selectSection(doc, sectionId)?.offer;
        if (offer) expect([null, offer.from]).toContain(selectSection(doc, sectionId)?.lead);
      }
    }
    // Every kind of attempt succeeded somewhere in the runs.
    expect([...exercised].sort()).toEqual(['lead.accepted', 'lead.declined', 'lead.offered', 'lead.steppedBack', 'lead.taken']);
  });
});

describe('who lost a lead', () => {
  const SEEDS = [1, 2, 3, 4, 5, 17, 42, 99];

  it.each(SEEDS)('names the loser of two concurrent takes, one of them offline, on every peer (seed %i)', (seed) => {
    const { doc, sectionId } = boardWithMembers();
    const { docs, deliverShuffled } = createPeers(2, doc);
    const [ada, grace] = docs as [Y.Doc, Y.Doc];
    // Ada is offline: both take the lead, each believing they lead until the devices sync.
    expect(takeLead(ada, { sectionId, by: A, at: 100 }).ok).toBe(true);
    expect(takeLead(grace, { sectionId, by: B, at: 101 }).ok).toBe(true);
    expect(selectLeadLosses(ada, A)).toEqual([]);
    deliverShuffled(seed);

    const winner = selectSection(ada, sectionId)?.lead;
    const loser = winner === A ? B : A;
    const takes = selectLeadHistory(ada, sectionId);
    const winning = takes.find((e) => e.by === winner)!;
    const losing = takes.find((e) => e.by === loser)!;
    for (const peer of docs) {
      const changes = selectLeadChanges(peer);
      // The log can say "<winner> took the lead of Ideas from <loser>", and of the losing take
      // that the winner's take kept the lead.
      expect(changes.alsoFrom.get(winning.id)).toEqual([loser]);
      expect(changes.lostTo.get(losing.id)).toBe(winner);
      expect(changes.losses).toEqual([{ key: losing.id, sectionId, member: loser, by: winner, how: 'conflict', at: winning.at }]);
      expect(selectLeadLosses(peer, winner!)).toEqual([]);
    }
    // Taking it back settles it for the loser; now the other one was taken from, knowingly.
    const loserDoc = loser === A ? ada : grace;
    expect(takeLead(loserDoc, { sectionId, by: loser, at: 200 }).ok).toBe(true);
    deliverShuffled(seed + 1);
    for (const peer of docs) {
      expect(selectLeadLosses(peer, loser)).toEqual([]);
      expect(selectLeadLosses(peer, winner!)).toMatchObject([{ by: loser, how: 'taken', at: 200 }]);
    }
  });

  it.each(SEEDS)('three concurrent takes leave two losers, both told who won (seed %i)', (seed) => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 10 });
    const { docs, deliverShuffled } = createPeers(3, doc);
    takeLead(docs[1]!, { sectionId, by: B, at: 20 });
    takeLead(docs[2]!, { sectionId, by: C, at: 21 });
    deliverShuffled(seed);
    const winner = selectSection(docs[0]!, sectionId)!.lead!;
    const losses = selectLeadChanges(docs[0]!).losses;
    // A's lead was taken knowingly by both (each record says "from A"); the other taker lost the race.
    expect(losses.map((l) => [l.member, l.by, l.how]).sort()).toEqual(
      [[A, winner === B ? B : C, 'taken'], [winner === B ? C : B, winner, 'conflict']].sort(),
    );
    for (const peer of docs) expect(selectLeadChanges(peer).losses).toEqual(losses);
  });

  it('tells a lead taken while they were away, until they take it back', () => {
    const { doc, sectionId } = boardWithMembers();
    const { docs, deliverShuffled } = createPeers(2, doc);
    const [ada, grace] = docs as [Y.Doc, Y.Doc];
    takeLead(ada, { sectionId, by: A, at: 10 });
    deliverShuffled(1);
    // Ada is away; Grace takes over.
    takeLead(grace, { sectionId, by: B, at: 20 });
    deliverShuffled(2);
    const take = selectLeadHistory(ada, sectionId).at(-1)!;
    expect(take).toMatchObject({ by: B, from: A });
    expect(selectLeadLosses(ada, A)).toEqual([{ key: take.id, sectionId, member: A, by: B, how: 'taken', at: 20 }]);
    expect(selectLeadChanges(ada).alsoFrom.size).toBe(0);
    takeLead(ada, { sectionId, by: A, at: 30 });
    deliverShuffled(3);
    expect(selectLeadLosses(grace, A)).toEqual([]);
    // Grace, whose lead Ada took back, is told in turn.
    expect(selectLeadLosses(grace, B)).toMatchObject([{ member: B, by: A, how: 'taken' }]);
  });

  it('does not tell anyone of a hand-over, a step back or an undone take', () => {
    const { doc, sectionId } = boardWithMembers();
    const manager = createUndoManager(doc);
    takeLead(doc, { sectionId, by: A, at: 1 });
    offerLead(doc, { sectionId, by: A, to: B, at: 1 });
    acceptLead(doc, { sectionId, by: B, at: 1 });
    expect(selectLeadChanges(doc).losses).toEqual([]);
    takeLead(doc, { sectionId, by: C, at: 1 });
    expect(selectLeadLosses(doc, B)).toMatchObject([{ by: C, how: 'taken' }]);
    stepBack(doc, { sectionId, by: C, at: 1 });
    expect(selectLeadChanges(doc).losses).toEqual([]);
    takeLead(doc, { sectionId, by: A, at: 1 });
    takeLead(doc, { sectionId, by: C, at: 1 });
    expect(undo(manager, { by: C, at: 2 }).ok).toBe(true);
    expect(selectSection(doc, sectionId)?.lead).toBe(A);
    expect(selectLeadChanges(doc).losses).toEqual([]);
  });

  it('never throws and never names the current lead as a loser, whatever the log holds', () => {
    const random = seeded(7);
    const types = ['lead.taken', 'lead.accepted', 'lead.steppedBack', 'lead.offered', 'undo', 'redo'] as const;
    const people = [A, B, C, 'ghost'];
    for (let run = 0; run < 200; run++) {
      const log = Array.from({ length: 12 }, (_, i) => ({
        id: `e${i}`,
        at: i,
        by: people[Math.floor(random() * 4)]!,
        type: types[Math.floor(random() * types.length)]!,
        sectionId: random() < 0.9 ? 's1' : 'gone',
        from: random() < 0.5 ? people[Math.floor(random() * 4)] : undefined,
        detail: random() < 0.5 ? 'takeLead' : undefined,
      }));
      const lead = random() < 0.2 ? null : people[Math.floor(random() * 3)]!;
      const { losses } = resolveLeadChanges(log, [{ id: 's1', lead }]);
      for (const loss of losses) expect(loss.member).not.toBe(lead);
      const pairs = losses.map((l) => `${l.sectionId}/${l.member}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    }
  });
});
