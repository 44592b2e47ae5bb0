/**
 * Test fixture: a whole session on the workshop board, for the leadership summary and the
 * exports. Times are minutes from T0. The story:
 *   0   the board is created (member-a "Member a", b, c)
 *   1   A takes the lead of "Shared purpose", writes the statement; A and B endorse it
 *   5   B takes the lead of "Ideas"; A, B, C write cards (one with markup and a comma);
 *       B groups two into "Reviews"; A and B vote; B counts the vote
 *   20  C takes the lead of "Ideas" from B
 *   30  C takes the lead of "Do we agree?", offers it to A, A accepts (31)
 *   32  A proposes, opens a round; A (2), B (1), C (7, "too slow") vote; A reveals, adopts;
 *       B commits to "write the checklist" by Friday; A proposes "book the room" to C, C accepts
 *   40  A steps back from "Shared purpose"
 *   41  C adds a brainstorm "Parking lot" and saves a private draft there (sealed)
 * Not exported by the entry (it needs @roundtable/sealing, a dev dependency).
 */
import type * as Y from 'yjs';
import { roots } from '../core/schema.js';
import { selectSections } from '../sections/readers.js';
import { acceptLead, offerLead, stepBack, takeLead } from '../sections/leadership.js';
import { setPhase } from '../sections/phases.js';
import { addSection } from '../sections/agenda.js';
import { endorsePurpose } from '../kinds/purpose/endorsements.js';
import { addCard } from '../kinds/brainstorm/cards.js';
import { createCluster } from '../kinds/brainstorm/clusters.js';
import { castDots } from '../kinds/brainstorm/dots.js';
import { writeTally } from '../kinds/brainstorm/tally.js';
import { saveDraft } from '../kinds/brainstorm/drafts.js';
import { selectBrainstormSettings } from '../kinds/brainstorm/readers.js';
import { setProposal } from '../kinds/agreement/proposal.js';
import { castBallot, openRound } from '../kinds/agreement/rounds.js';
import { revealRound } from '../kinds/agreement/revealRound.js';
import { recordOutcome } from '../kinds/agreement/outcome.js';
import { acceptCommitment, addCommitment, proposeCommitment } from '../kinds/agreement/commitments.js';
import { MEMBERS } from './board.js';
import { brainstormFixture } from './brainstorm.js';
import { testOpener, testSealer } from './sealing.js';

/** The fixture's start, and one minute. */
export const T0 = Date.UTC(2026, 10, 20, 9, 0);
export const MINUTE = 60_000;
const t = (minutes: number) => T0 + minutes * MINUTE;

/** The statement the fixture's purpose ends with. */
export const STATEMENT = 'We meet to choose how we review code, together.';

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }, what: string): T {
  if (!result.ok) throw new Error(`session fixture: ${what}: ${result.error}`);
  return result.value;
}

/** The session board and its section ids. */
export function sessionBoard(): { doc: Y.Doc; purposeId: string; ideasId: string; agreementId: string; parkingId: string } {
  const [A, B, C] = MEMBERS;
  const { doc, seal, open } = brainstormFixture();
  // The fixture board is created at 1 ms; move its creation record to T0 for readable times.
  doc.transact(() => {
    roots(doc).meta.set('createdAt', T0);
    const first = roots(doc).log.get(0) as Record<string, unknown>;
    roots(doc).log.delete(0, 1);
    roots(doc).log.insert(0, [{ ...first, at: T0 }]);
  }, 'fixture');
  const [purposeId, ideasId, agreementId] = selectSections(doc).map((s) => s.id) as [string, string, string];

  must(takeLead(doc, { sectionId: purposeId, by: A, at: t(1) }), 'lead purpose');
  doc.transact(() => ((roots(doc).sections.get(purposeId) as Y.Map<unknown>).get('statement') as Y.Text).insert(0, STATEMENT), 'editor');
  must(endorsePurpose(doc, { sectionId: purposeId, by: A, at: t(3) }), 'endorse A');
  must(endorsePurpose(doc, { sectionId: purposeId, by: B, at: t(4) }), 'endorse B');

  must(takeLead(doc, { sectionId: ideasId, by: B, at: t(5) }), 'lead ideas');
  const column = selectBrainstormSettings(doc, ideasId)?.columns[0]?.id ?? '';
  must(setPhase(doc, { sectionId: ideasId, by: B, at: t(6), phase: 'cluster' }), 'cluster phase');
  const card = (by: string, text: string) => must(addCard(doc, { sectionId: ideasId, by, at: t(7), column, text }), 'card');
  const pair = card(A, 'Pair on reviews');
  const small = card(B, 'Smaller pull requests, please');
  const odd = card(C, '# A "quoted", <b>bold</b> idea\n=SUM(1)');
  must(createCluster(doc, { sectionId: ideasId, by: B, at: t(8), cardId: small, ontoCardId: pair, name: 'Reviews' }), 'cluster');
  must(setPhase(doc, { sectionId: ideasId, by: B, at: t(9), phase: 'vote' }), 'vote phase');
  must(castDots(doc, { sectionId: ideasId, by: A, at: t(10), dots: { [pair]: 2, [odd]: 1 }, seal }), 'dots A');
  must(castDots(doc, { sectionId: ideasId, by: B, at: t(11), dots: { [small]: 3 }, seal }), 'dots B');
  must(writeTally(doc, { sectionId: ideasId, by: B, at: t(12), open }), 'tally');
  must(takeLead(doc, { sectionId: ideasId, by: C, at: t(20) }), 'C takes ideas');

  must(takeLead(doc, { sectionId: agreementId, by: C, at: t(30) }), 'lead agreement');
  must(offerLead(doc, { sectionId: agreementId, by: C, to: A, at: t(30) }), 'offer');
  must(acceptLead(doc, { sectionId: agreementId, by: A, at: t(31) }), 'accept');
  must(setProposal(doc, { sectionId: agreementId, by: A, at: t(32), text: 'Pair on every review for a month' }), 'proposal');
  must(openRound(doc, { sectionId: agreementId, by: A, at: t(33) }), 'round');
  must(castBallot(doc, { sectionId: agreementId, by: A, at: t(34), level: 2, seal: testSealer }), 'ballot A');
  must(castBallot(doc, { sectionId: agreementId, by: B, at: t(34), level: 1, seal: testSealer }), 'ballot B');
  must(castBallot(doc, { sectionId: agreementId, by: C, at: t(34), level: 7, comment: 'too slow', seal: testSealer }), 'ballot C');
  must(revealRound(doc, { sectionId: agreementId, by: A, at: t(35), open: testOpener }), 'reveal');
  must(recordOutcome(doc, { sectionId: agreementId, by: A, at: t(36), decision: 'adopted', note: 'from Monday' }), 'outcome');
  must(addCommitment(doc, { sectionId: agreementId, by: B, at: t(37), text: 'write the checklist', due: 'Friday' }), 'commit B');
  const toC = must(proposeCommitment(doc, { sectionId: agreementId, by: A, at: t(38), to: C, text: 'book the room' }), 'propose C');
  must(acceptCommitment(doc, { sectionId: agreementId, by: C, at: t(39), commitmentId: toC }), 'accept C');

  must(stepBack(doc, { sectionId: purposeId, by: A, at: t(40) }), 'step back');
  const parkingId = must(addSection(doc, { kind: 'brainstorm', title: 'Parking lot', by: C, at: t(41) }), 'parking lot');
  const parkingColumn = selectBrainstormSettings(doc, parkingId)?.columns[0]?.id ?? '';
  must(saveDraft(doc, { sectionId: parkingId, by: C, at: t(42), column: parkingColumn, text: 'secret draft', seal }), 'draft');
  return { doc, purposeId, ideasId, agreementId, parkingId };
}
