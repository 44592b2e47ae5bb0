/**
 * Never-throwing readers of agreement sections: the proposal, the rule, the rounds (with who
 * has voted while open, and the results and verdict once revealed), the outcome and the
 * commitments, as plain data. Garbage in any field reads as a neutral default or is skipped.
 * Imports no operations.
 */
import * as Y from 'yjs';
import { finiteOrNull, isMemberId, isRecord, stringOr } from '../../core/guards.js';
import { roots } from '../../core/schema.js';
import { readSection, type SectionView } from '../../sections/readers.js';
import {
  BALLOT_ID,
  COMMITMENT_PREFIX,
  COMMITMENT_STATES,
  DECISIONS,
  ROUND_PREFIX,
  type CommitmentState,
  type Decision,
} from './agreementSchema.js';
import { isLevel, type Level } from './levels.js';
import { DEFAULT_RULE, evaluateRule, readRule, type DecisionRule, type Verdict } from './rules.js';

/** The proposal as last revised. */
export interface ProposalView {
  text: string;
  revisedAt: number | null;
  revisedBy: string | null;
  /** The brainstorm section it was carried over from, if any. */
  fromSectionId: string | null;
}

/** One revealed vote: the voter (null in an anonymous round), the level, the comment. */
export interface RevealedVote {
  voter: string | null;
  level: Level;
  comment: string;
}

/** What the relay wrote when it revealed a round. */
export interface RoundResult {
  at: number;
  by: string | null;
  /** Ballots per level: index 0 is level 1. */
  counts: number[];
  /** Ballots counted (one per member). */
  ballots: number;
  /** Every counted vote; named rounds sorted by level then voter, anonymous ones by level. */
  votes: RevealedVote[];
  /** Sealed items left out (malformed, or a member's older ballot). */
  skipped: number;
}

/** One round of voting. */
export interface RoundView {
  id: string;
  number: number;
  /** The proposal text the round voted on. */
  proposal: string;
  /** The rule agreed before it opened. */
  rule: DecisionRule | null;
  anonymous: boolean;
  openedAt: number;
  openedBy: string | null;
  status: 'open' | 'revealed';
  /** Who has a ballot in while open (empty when anonymous: see ballotCount). */
  voters: string[];
  /** How many ballots are in while open. */
  ballotCount: number;
  result: RoundResult | null;
  /** The rule evaluated over the result, once revealed. */
  verdict: Verdict | null;
}

/** The recorded outcome. */
export interface OutcomeView {
  decision: Decision;
  note: string;
  at: number;
  by: string | null;
  roundId: string | null;
}

/** A commitment: "I will <text> by <due>". */
export interface CommitmentView {
  id: string;
  sectionId: string;
  text: string;
  due: string;
  owner: string;
  createdBy: string;
  createdAt: number;
  state: CommitmentState;
  /** When it was marked done, or null. */
  doneAt: number | null;
  doneBy: string | null;
}

/** An agreement section's whole content. */
export interface AgreementView {
  section: SectionView;
  proposal: ProposalView | null;
  /** The rule for the next round (the default, everyone at 1-3 and no 8, until the lead picks one). */
  rule: DecisionRule;
  anonymous: boolean;
  /** Oldest first. */
  rounds: RoundView[];
  /** The latest open round, or null. */
  openRound: RoundView | null;
  /** The latest revealed round, or null. */
  lastRevealed: RoundView | null;
  outcome: OutcomeView | null;
  /** Oldest first. */
  commitments: CommitmentView[];
}

/** A stored proposal as plain data, or null. */
export function readProposal(value: unknown): ProposalView | null {
  if (!isRecord(value) || typeof value.text !== 'string') return null;
  return {
    text: value.text,
    revisedAt: finiteOrNull(value.revisedAt),
    revisedBy: isMemberId(value.revisedBy) ? value.revisedBy : null,
    fromSectionId: typeof value.fromSectionId === 'string' ? value.fromSectionId : null,
  };
}

function readVotes(value: unknown, anonymous: boolean): RevealedVote[] {
  if (!Array.isArray(value)) return [];
  const votes: RevealedVote[] = [];
  for (const v of value) {
    if (!isRecord(v) || !isLevel(v.level)) continue;
    votes.push({ voter: !anonymous && isMemberId(v.voter) ? v.voter : null, level: v.level, comment: stringOr(v.comment) });
  }
  return votes;
}

/** A stored round result as plain data, or null. */
export function readRoundResult(value: unknown, anonymous: boolean): RoundResult | null {
  if (!isRecord(value)) return null;
  const at = finiteOrNull(value.at);
  if (at === null) return null;
  const votes = readVotes(value.votes, anonymous);
  // Counts are derived from the votes, so a garbage `counts` cannot contradict the names shown.
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const v of votes) counts[v.level - 1] = (counts[v.level - 1] as number) + 1;
  return { at, by: isMemberId(value.by) ? value.by : null, counts, ballots: votes.length, votes, skipped: finiteOrNull(value.skipped) ?? 0 };
}

/** A sealed ballot record as stored, or null when malformed. */
export function readBallot(key: string, value: unknown): { id: string; ciphertext: string; sealedAt: number } | null {
  if (!BALLOT_ID.test(key) || !isRecord(value) || typeof value.ciphertext !== 'string') return null;
  return { id: key, ciphertext: value.ciphertext, sealedAt: finiteOrNull(value.sealedAt) ?? 0 };
}

/** One round as plain data, or null when `value` is not a round. */
export function readRound(key: string, value: unknown): RoundView | null {
  if (!(value instanceof Y.Map)) return null;
  const info = value.get('info');
  if (!isRecord(info)) return null;
  const number = finiteOrNull(info.number);
  const id = key.slice(ROUND_PREFIX.length);
  const anonymous = info.anonymous === true;
  const rule = readRule(info.rule);
  const result = readRoundResult(value.get('result'), anonymous);
  const ballots = value.get('ballots');
  const voters: string[] = [];
  let ballotCount = 0;
  if (result === null && ballots instanceof Y.Map) {
    ballots.forEach((b, k) => {
      if (!readBallot(k, b)) return;
      ballotCount += 1;
      if (!anonymous) voters.push(k);
    });
  }
  return {
    id,
    number: number !== null && number >= 1 ? Math.floor(number) : 1,
    proposal: stringOr(info.proposal),
    rule,
    anonymous,
    openedAt: finiteOrNull(info.openedAt) ?? 0,
    openedBy: isMemberId(info.openedBy) ? info.openedBy : null,
    status: result ? 'revealed' : 'open',
    voters: voters.sort(),
    ballotCount,
    result,
    verdict: result && rule ? evaluateRule(rule, result.counts) : null,
  };
}

/** A stored outcome as plain data, or null. */
export function readOutcome(value: unknown): OutcomeView | null {
  if (!isRecord(value) || !(DECISIONS as readonly unknown[]).includes(value.decision)) return null;
  return {
    decision: value.decision as Decision,
    note: stringOr(value.note),
    at: finiteOrNull(value.at) ?? 0,
    by: isMemberId(value.by) ? value.by : null,
    roundId: typeof value.roundId === 'string' ? value.roundId : null,
  };
}

/** One commitment as plain data, or null when malformed. */
export function readCommitment(sectionId: string, key: string, value: unknown): CommitmentView | null {
  if (!(value instanceof Y.Map)) return null;
  const text = value.get('text');
  const owner = value.get('owner');
  const state = value.get('state');
  if (typeof text !== 'string' || !isMemberId(owner)) return null;
  const done = value.get('done');
  const doneAt = isRecord(done) ? finiteOrNull(done.at) : null;
  return {
    id: key.slice(COMMITMENT_PREFIX.length),
    sectionId,
    text,
    due: stringOr(value.get('due')),
    owner,
    createdBy: isMemberId(value.get('createdBy')) ? (value.get('createdBy') as string) : owner,
    createdAt: finiteOrNull(value.get('createdAt')) ?? 0,
    state: (COMMITMENT_STATES as readonly unknown[]).includes(state) ? (state as CommitmentState) : 'active',
    doneAt,
    doneBy: isRecord(done) && doneAt !== null && isMemberId(done.by) ? done.by : null,
  };
}

const byNumber = (a: RoundView, b: RoundView) => a.number - b.number || a.openedAt - b.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Reads an agreement section's map (any section map: the kind is checked). */
export function readAgreement(sectionId: string, map: unknown): AgreementView | null {
  const section = readSection(sectionId, map);
  if (!section || section.kind !== 'agreement' || !(map instanceof Y.Map)) return null;
  const rounds: RoundView[] = [];
  const commitments: CommitmentView[] = [];
  map.forEach((value, key) => {
    if (key.startsWith(ROUND_PREFIX)) {
      const round = readRound(key, value);
      if (round) rounds.push(round);
    } else if (key.startsWith(COMMITMENT_PREFIX)) {
      const c = readCommitment(sectionId, key, value);
      if (c) commitments.push(c);
    }
  });
  rounds.sort(byNumber);
  commitments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const open = rounds.filter((r) => r.status === 'open');
  const revealed = rounds.filter((r) => r.status === 'revealed');
  return {
    section,
    proposal: readProposal(map.get('proposal')),
    rule: readRule(map.get('rule')) ?? DEFAULT_RULE,
    anonymous: map.get('anonymous') === true,
    rounds,
    openRound: open[open.length - 1] ?? null,
    lastRevealed: revealed[revealed.length - 1] ?? null,
    outcome: readOutcome(map.get('outcome')),
    commitments,
  };
}

/** The agreement section `sectionId`, or null when there is none. */
export function selectAgreement(doc: Y.Doc, sectionId: string): AgreementView | null {
  return readAgreement(sectionId, roots(doc).sections.get(sectionId));
}

/** Every commitment on the board (all agreement sections), oldest first: for the list and export. */
export function selectCommitments(doc: Y.Doc): CommitmentView[] {
  const all: CommitmentView[] = [];
  roots(doc).sections.forEach((map, id) => {
    if (!(map instanceof Y.Map) || map.get('kind') !== 'agreement') return;
    map.forEach((value, key) => {
      if (!key.startsWith(COMMITMENT_PREFIX)) return;
      const c = readCommitment(id, key, value);
      if (c) all.push(c);
    });
  });
  return all.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
