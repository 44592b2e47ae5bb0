import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { selectLog } from '../../core/readers.js';
import { selectSections } from '../../sections/readers.js';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { addCard } from '../brainstorm/cards.js';
import { castDots } from '../brainstorm/dots.js';
import { selectTopItems } from '../brainstorm/resultsReaders.js';
import { writeTally } from '../brainstorm/tally.js';
import { selectAgreement } from './agreementReaders.js';
import { carryToAgreement } from './carryToAgreement.js';
import { proposalFromItems, setProposal } from './proposal.js';

const [A, B] = MEMBERS;

/** A brainstorm with two cards counted 3 and 1 dots, in the results phase. */
function counted() {
  const f = brainstormFixture();
  const { doc, sectionId, column, seal, open } = f;
  toPhase(doc, sectionId, 'cluster');
  const card = (text: string) => {
    const r = addCard(doc, { sectionId, by: A, at: 1, column, text });
    return r.ok ? r.value : '';
  };
  const ship = card('Ship every week');
  const pair = card('Pair more often');
  card('No dots here');
  toPhase(doc, sectionId, 'vote');
  expect(castDots(doc, { sectionId, by: A, at: 2, dots: { [pair]: 1 }, seal }).ok).toBe(true);
  expect(castDots(doc, { sectionId, by: B, at: 2, dots: { [ship]: 3 }, seal }).ok).toBe(true);
  expect(writeTally(doc, { sectionId, by: A, at: 3, open }).ok).toBe(true);
  return f;
}

describe('carryToAgreement', () => {
  it('adds an agreement section right after the brainstorm with the top items as its proposal, in one transaction', () => {
    const { doc, sectionId } = counted();
    const text = proposalFromItems(selectTopItems(doc, sectionId, 3));
    expect(text).toBe('We will:\n• Ship every week\n• Pair more often');
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    const result = carryToAgreement(doc, { fromSectionId: sectionId, text, by: A, at: 5 });
    expect(result.ok).toBe(true);
    expect(transactions).toBe(1);
    const id = result.ok ? result.value : '';
    const order = selectSections(doc).map((s) => s.id);
    expect(order[order.indexOf(sectionId) + 1]).toBe(id);
    const agreement = selectAgreement(doc, id)!;
    expect(agreement.proposal).toMatchObject({ text, fromSectionId: sectionId, revisedBy: A });
    expect(selectSections(doc).find((s) => s.id === id)).toMatchObject({ kind: 'agreement', title: expect.stringMatching(/^Agree: /), phase: 'propose' });
    expect(selectLog(doc).slice(-2).map((e) => e.type)).toEqual(['section.added', 'proposal.set']);
    // The lead of the new agreement can revise it later like any proposal.
    expect(setProposal(doc, { sectionId: id, by: A, at: 6, text: 'We will ship every week', fromSectionId: sectionId }).ok).toBe(true);
  });

  it('refuses an empty proposal, an unknown section, a missing time, and writes nothing', () => {
    const { doc, sectionId } = counted();
    const before = Y.encodeStateVector(doc);
    expect(carryToAgreement(doc, { fromSectionId: sectionId, text: '  ', by: A, at: 5 })).toEqual({ ok: false, error: 'a proposal needs text' });
    expect(carryToAgreement(doc, { fromSectionId: 'nope', text: 'x', by: A, at: 5 }).ok).toBe(false);
    expect(carryToAgreement(doc, { fromSectionId: sectionId, text: 'x', by: A, at: Number.NaN }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('two peers carrying at once get two agreement sections, both with their proposals, on every peer', () => {
    const { doc, sectionId } = counted();
    const peers = createPeers(2, doc);
    const [p, q] = peers.docs as [Y.Doc, Y.Doc];
    const text = proposalFromItems(selectTopItems(p, sectionId, 1));
    const one = carryToAgreement(p, { fromSectionId: sectionId, text, by: A, at: 5 });
    const two = carryToAgreement(q, { fromSectionId: sectionId, text, by: B, at: 5 });
    peers.deliverShuffled(7);
    expect(snapshot(p)).toEqual(snapshot(q));
    for (const id of [one, two].map((r) => (r.ok ? r.value : ''))) expect(selectAgreement(p, id)?.proposal?.text).toBe('Ship every week');
  });
});
