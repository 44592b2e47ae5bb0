/**
 * Registration of the agreement kind (a proposal the group votes on with Kaner's gradients of
 * agreement, sealed ballots, a decision rule, an outcome and commitments). Plain data, listed
 * once in catalog.ts.
 */
import { defineKind } from '../../core/registry.js';
import { initAgreementSection } from './agreementSchema.js';
import { AGREEMENT_PHASES } from './phases.js';

/** The agreement kind. 'decision' records an outcome. */
export const agreementKind = defineKind({
  kind: 'agreement',
  label: 'Agreement',
  phases: AGREEMENT_PHASES,
  operations: [
    'setProposal',
    'carryToAgreement',
    'setDecisionRule',
    'setAgreementAnonymous',
    'openRound',
    'castBallot',
    'revealRound',
    'recordOutcome',
    'addCommitment',
    'proposeCommitment',
    'acceptCommitment',
    'declineCommitment',
    'setCommitmentDone',
  ],
  logTypes: [
    'decision',
    'proposal.set',
    'proposal.revised',
    'rule.set',
    'agreement.anonymous',
    'round.opened',
    'round.revealed',
    'commitment.added',
    'commitment.proposed',
    'commitment.accepted',
    'commitment.declined',
    'commitment.done',
    'commitment.reopened',
  ],
  initSection: (section, _title, content) => initAgreementSection(section, content),
  // Ballots: ciphertext until the relay reveals the round (the result holds the votes).
  sealedPaths: [['round:*', 'ballots']],
});
