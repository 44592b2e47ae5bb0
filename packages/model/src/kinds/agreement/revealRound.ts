/**
 * The relay's reveal of a round (DESIGN §4): it opens every sealed ballot of the open round
 * with the board's secret key, keeps one per member (the latest, by the voter id sealed
 * inside), and writes the result (counts, votes with names unless anonymous, comments),
 * removes the ciphertexts and moves the section to 'reveal', in one transaction. Ballots that do
 * not open or do not decode are skipped and reported, one entry each; the rest are revealed.
 */
import * as Y from 'yjs';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { roots } from '../../core/schema.js';
import type { Opener, SkippedItem } from '../../core/sealedItems.js';
import { findAgreement } from './agreementAccess.js';
import { readBallot, readRoundResult, type RoundResult } from './agreementReaders.js';
import { ROUND_PREFIX } from './agreementSchema.js';
import { decodeBallotPayload, type BallotPayload } from './ballotPayload.js';
import { evaluateRule, type Verdict } from './rules.js';

/** What a reveal did. */
export interface RevealRoundOutcome {
  roundId: string;
  number: number;
  result: RoundResult;
  verdict: Verdict;
  /** Ballots left out, with the reason (for one log line each). */
  skipped: SkippedItem[];
}

/**
 * Reveals the open round (or `roundId`, which must be open) with `open` (the board's opener).
 * `by` is the member who asked (lead powers), or null for the relay itself.
 */
export function revealRound(doc: Y.Doc, args: { sectionId: string; roundId?: string; by: string | null; at: number; open: Opener }): Result<RevealRoundOutcome> {
  const found = findAgreement(doc, args, 'reveal the votes');
  if (!found.ok) return found;
  const { agreement, map } = found.value;
  const round = args.roundId !== undefined ? agreement.rounds.find((r) => r.id === args.roundId) : agreement.openRound;
  if (!round) return fail(args.roundId !== undefined ? 'that round does not exist' : 'no round is open');
  if (round.status !== 'open') return fail(`round ${round.number} was already revealed`);
  if (typeof args.open !== 'function') return fail('revealing needs the board key');
  const roundMap = map.get(ROUND_PREFIX + round.id) as Y.Map<unknown>;
  const ballots = roundMap.get('ballots');
  const members = roots(doc).members;
  const skipped: SkippedItem[] = [];
  const latest = new Map<string, { sealedAt: number; id: string; payload: BallotPayload }>();
  if (ballots instanceof Y.Map) {
    ballots.forEach((value, key) => {
      const ballot = readBallot(key, value);
      if (!ballot) return void skipped.push({ itemId: key, reason: 'not a sealed ballot record' });
      const plaintext = args.open({ sectionId: args.sectionId, itemId: `${round.id}/${key}`, kind: 'ballot' }, ballot.ciphertext);
      if (!plaintext.ok) return void skipped.push({ itemId: key, reason: plaintext.error });
      const payload = decodeBallotPayload(plaintext.value);
      if (!payload.ok) return void skipped.push({ itemId: key, reason: payload.error });
      const voter = payload.value.voter;
      // In a named round a ballot is filed under its voter's id; one filed under another's is not theirs to cast.
      if (!round.anonymous && voter !== key) return void skipped.push({ itemId: key, reason: 'the ballot is filed under another member' });
      if (!members.has(voter)) return void skipped.push({ itemId: key, reason: 'the ballot names someone who is not a member of this board' });
      const previous = latest.get(voter);
      const newer = !previous || ballot.sealedAt > previous.sealedAt || (ballot.sealedAt === previous.sealedAt && key > previous.id);
      if (!newer) return void skipped.push({ itemId: key, reason: 'a newer ballot of the same member counts instead' });
      if (previous) skipped.push({ itemId: previous.id, reason: 'a newer ballot of the same member counts instead' });
      latest.set(voter, { sealedAt: ballot.sealedAt, id: key, payload: payload.value });
    });
  }
  const votes = [...latest.values()].map(({ payload }) => ({ voter: payload.voter, level: payload.level, comment: payload.comment }));
  // Named: by level, then voter. Anonymous: by level, then comment, so the order says nothing of who or when.
  votes.sort((a, b) => a.level - b.level || (round.anonymous ? (a.comment < b.comment ? -1 : a.comment > b.comment ? 1 : 0) : a.voter < b.voter ? -1 : 1));
  const stored = {
    at: args.at,
    by: args.by,
    skipped: skipped.length,
    votes: votes.map((v) => (round.anonymous ? { level: v.level, comment: v.comment } : { voter: v.voter, level: v.level, comment: v.comment })),
  };
  const result = readRoundResult(stored, round.anonymous) as RoundResult;
  const verdict = evaluateRule(round.rule ?? agreement.rule, result.counts);
  doc.transact(() => {
    roundMap.set('result', stored);
    if (ballots instanceof Y.Map) for (const key of [...ballots.keys()]) ballots.delete(key);
    map.set('phase', 'reveal');
    appendLog(doc, { at: args.at, by: args.by, type: 'round.revealed', sectionId: args.sectionId, detail: `Round ${round.number}: ${result.ballots} ${result.ballots === 1 ? 'vote' : 'votes'}; ${verdict.summary}` });
  }, new LocalOrigin('revealRound'));
  return ok({ roundId: round.id, number: round.number, result, verdict, skipped });
}
