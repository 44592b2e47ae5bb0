/**
 * Rounds of voting: the lead opens a round on the current proposal and rule (both copied into
 * the round, so later revisions leave it as it was), and members cast sealed ballots while it
 * is open. A member's ballot replaces their earlier one (same ballot id); the relay keeps one
 * per member anyway, by the voter id sealed inside.
 */
import * as Y from 'yjs';
import { newId } from '../../core/ids.js';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { roots } from '../../core/schema.js';
import type { Sealer } from '../../core/sealedItems.js';
import { findAgreement, requireNoOpenRound, type AgreementArgs } from './agreementAccess.js';
import { BALLOT_ID, MAX_COMMENT, ROUND_PREFIX, charCount } from './agreementSchema.js';
import { encodeBallotPayload } from './ballotPayload.js';
import { isLevel } from './levels.js';

/**
 * Opens the next round on the current proposal and rule; moves the section to 'vote'. Lead
 * powers; needs a proposal; not while a round is open. Returns the round's id.
 */
export function openRound(doc: Y.Doc, args: AgreementArgs): Result<string> {
  const found = findAgreement(doc, args, 'open a round');
  if (!found.ok) return found;
  const between = requireNoOpenRound(found.value, 'open a new round');
  if (!between.ok) return between;
  const { agreement, map } = found.value;
  if (!agreement.proposal) return fail('write the proposal before opening a round');
  const id = newId();
  const number = (agreement.rounds[agreement.rounds.length - 1]?.number ?? 0) + 1;
  doc.transact(() => {
    const round = new Y.Map<unknown>();
    round.set('info', { id, number, proposal: agreement.proposal?.text ?? '', rule: { ...agreement.rule }, anonymous: agreement.anonymous, openedAt: args.at, openedBy: args.by });
    round.set('ballots', new Y.Map());
    map.set(ROUND_PREFIX + id, round);
    map.set('phase', 'vote');
    appendLog(doc, { at: args.at, by: args.by, type: 'round.opened', sectionId: args.sectionId, detail: `Round ${number}` });
  }, new LocalOrigin('openRound'));
  return ok(id);
}

/** Arguments of castBallot. */
export interface CastBallotArgs extends AgreementArgs {
  /** The round voted on; the open round when omitted. */
  roundId?: string;
  level: number;
  /** "My concern is …" (optional, at most MAX_COMMENT characters). */
  comment?: string;
  /** Anonymous rounds: the device-held id of this member's ballot, to replace it. */
  ballotId?: string;
  seal: Sealer;
}

/**
 * Casts (or replaces) `by`'s sealed ballot in the open round. In a named round the ballot's id
 * is the member's id; in an anonymous one it is a random id the device keeps (pass it back as
 * `ballotId` to change the vote). Returns the ballot's id. No log record: a record would say
 * who voted when, which an anonymous round must not.
 */
export function castBallot(doc: Y.Doc, args: CastBallotArgs): Result<string> {
  const found = findAgreement(doc, args);
  if (!found.ok) return found;
  const { agreement, map } = found.value;
  if (!roots(doc).members.has(args.by)) return fail('only members of this board can vote');
  if (args.roundId !== undefined) {
    const round = agreement.rounds.find((r) => r.id === args.roundId);
    if (!round) return fail('that round does not exist');
    if (round.status !== 'open') return fail(`round ${round.number} is closed: its votes were revealed`);
  }
  const round = args.roundId !== undefined ? agreement.rounds.find((r) => r.id === args.roundId) : agreement.openRound;
  if (!round || round.status !== 'open') return fail('no round is open for voting');
  if (!isLevel(args.level)) return fail(`a vote is a level from 1 to 8 (got ${String(args.level)})`);
  const comment = typeof args.comment === 'string' ? args.comment.trim() : '';
  if (args.comment !== undefined && typeof args.comment !== 'string') return fail('a comment is text');
  if (charCount(comment) > MAX_COMMENT) return fail(`a comment holds at most ${MAX_COMMENT} characters (this one has ${charCount(comment)})`);
  let id = args.by;
  if (round.anonymous) {
    id = args.ballotId ?? newId();
    if (!BALLOT_ID.test(id)) return fail('a ballot id is 6 to 64 letters, digits, - or _');
  }
  if (typeof args.seal !== 'function') return fail('sealing is not ready yet (the board key has not been fetched)');
  const sealed = args.seal({ sectionId: args.sectionId, itemId: `${round.id}/${id}`, kind: 'ballot' }, encodeBallotPayload({ voter: args.by, level: args.level, comment }));
  if (!sealed.ok) return fail(`your vote could not be sealed: ${sealed.error}`);
  const ballots = map.get(ROUND_PREFIX + round.id);
  if (!(ballots instanceof Y.Map) || !(ballots.get('ballots') instanceof Y.Map)) return fail('this round is damaged: it has no ballot box');
  doc.transact(() => {
    (ballots.get('ballots') as Y.Map<unknown>).set(id, { id, ciphertext: sealed.value, sealedAt: args.at });
  }, new LocalOrigin('castBallot'));
  return ok(id);
}
