/**
 * An agreement section's content, as keys of the section's own Y.Map (so removing the section
 * and undoing that stay one step):
 *
 *   proposal        {text, revisedAt, revisedBy, fromSectionId?}   plain value, set by the lead
 *   rule            DecisionRule {base, maxAtSix, minVoters}       plain value, set by the lead
 *   anonymous       boolean           ballots carry no member id; only a count shows who voted
 *   outcome         {decision, note, at, by, roundId}              plain value
 *   round:<id>      Y.Map             one per round, created whole by openRound:
 *                     info     {id, number, proposal, rule, anonymous, openedAt, openedBy}
 *                     ballots  Y.Map ballotId -> {id, ciphertext, sealedAt}   sealed 'ballot';
 *                              ballotId = the voter's member id, or a device-held random id
 *                              when anonymous (the voter id is inside the ciphertext only)
 *                     result   RoundResult, written by the relay's revealRound
 *   commitment:<id> Y.Map             {id, text, due, owner, createdBy, createdAt, state, done}
 *
 * Rounds and commitments are top-level keys with a prefix rather than entries of a nested
 * `rounds` / `commitments` map: sections are created by the agenda, which knows no kinds, so a
 * shared nested map would be created lazily, and two peers creating it at once would each make
 * one and lose the other's entries. A prefixed key is written whole by the one peer that creates
 * that round or commitment.
 */
import type * as Y from 'yjs';
import { checkRule } from './rules.js';

/** Longest proposal, in characters (code points). Longer text is refused, never cut. */
export const MAX_PROPOSAL_TEXT = 2_000;
/** Longest ballot comment ("my concern is …"). */
export const MAX_COMMENT = 500;
/** Longest commitment ("I will …") and its due text ("by …"). */
export const MAX_COMMITMENT_TEXT = 280;
export const MAX_DUE_TEXT = 40;
/** Longest outcome note. */
export const MAX_OUTCOME_NOTE = 1_000;

/** Key prefixes of rounds and commitments in the section's map. */
export const ROUND_PREFIX = 'round:';
export const COMMITMENT_PREFIX = 'commitment:';

/** Outcomes of an agreement. */
export const DECISIONS = ['adopted', 'notAdopted', 'postponed'] as const;
/** One of DECISIONS. */
export type Decision = (typeof DECISIONS)[number];
/** How each decision reads. */
export const DECISION_LABELS: Readonly<Record<Decision, string>> = { adopted: 'Adopted', notAdopted: 'Not adopted', postponed: 'Postponed' };

/** States of a commitment: proposed by the lead to a member, active (accepted or own), declined. */
export const COMMITMENT_STATES = ['proposed', 'active', 'declined'] as const;
/** One of COMMITMENT_STATES. */
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/** A ballot id: 6-64 URL-safe characters (a member id, or a device-held random id). */
export const BALLOT_ID = /^[A-Za-z0-9_-]{6,64}$/;

/** Counts the code points of `text` (what people count as characters). */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/**
 * Writes a new agreement section's starting content (the kind's `initSection`): a template
 * seed's (sections/templates.ts `AgreementSeed`)
 * decision rule when it is a valid one (a quorum cannot be seeded: a new board has no members
 * to count). Without a seed the section keeps no content until the lead writes some.
 */
export function initAgreementSection(section: Y.Map<unknown>, seed?: unknown): void {
  if (typeof seed !== 'object' || seed === null) return;
  const rule = (seed as { rule?: unknown }).rule;
  if (rule === undefined) return;
  const checked = checkRule(rule, 0);
  if (checked.ok) section.set('rule', { ...checked.value });
}
