/**
 * What each named operation is, as the object of "undid …" / "Undo …": the session log's undo
 * and redo records and the web app's Undo and Redo labels. One phrase per operation (the table is
 * total over OPERATION_NAMES, so a new operation cannot be added without its words), including
 * those nobody undoes (bookkeeping, the relay's own), so the table needs no exceptions.
 */
import type { OperationName } from '../catalog.js';

const OPERATION_PHRASES: Readonly<Record<OperationName, string>> = {
  upsertMember: 'joining the board',
  migrate: 'updating the board',
  undo: 'an undo',
  redo: 'a redo',
  importBoard: 'importing a board',
  createBoard: 'creating the board',
  renameBoard: 'renaming the board',
  addSection: 'adding a section',
  addSections: 'adding sections',
  renameSection: 'renaming a section',
  moveSection: 'moving a section',
  removeSection: 'removing a section',
  takeLead: 'taking a lead',
  offerLead: 'offering a lead',
  acceptLead: 'accepting a lead',
  declineLead: 'declining a lead',
  stepBack: 'stepping back from a lead',
  setPhase: 'a phase change',
  nextPhase: 'moving to the next phase',
  previousPhase: 'moving to the previous phase',
  startTimer: 'starting a timer',
  pauseTimer: 'pausing a timer',
  resumeTimer: 'resuming a timer',
  addTime: 'adding time to a timer',
  resetTimer: 'resetting a timer',
  startSpotlight: 'starting a spotlight',
  endSpotlight: 'ending a spotlight',
  endorsePurpose: 'an endorsement',
  withdrawEndorsement: 'withdrawing an endorsement',
  savePurposeVersion: 'saving a version',
  restorePurposeVersion: 'restoring a version',
  addCard: 'adding a card',
  editCard: 'editing a card',
  deleteCard: 'deleting a card',
  setCardColour: 'recolouring a card',
  moveCard: 'moving a card',
  createCluster: 'grouping cards',
  renameCluster: 'naming a group',
  mergeClusters: 'merging groups',
  moveCluster: 'moving a group',
  removeCluster: 'removing a group',
  setColumns: 'changing the columns',
  setAnonymous: 'changing anonymity',
  setVoteBudget: 'changing the vote budget',
  saveDraft: 'writing a draft',
  editDraft: 'editing a draft',
  deleteDraft: 'deleting a draft',
  shareDraftEarly: 'sharing a draft',
  castDots: 'placing dots',
  revealDrafts: 'revealing the drafts',
  writeTally: 'closing the vote',
  setProposal: 'writing the proposal',
  carryToAgreement: 'proposing the top items for agreement',
  setDecisionRule: 'changing the decision rule',
  setAgreementAnonymous: 'changing ballot anonymity',
  openRound: 'opening a round',
  castBallot: 'casting a ballot',
  revealRound: 'revealing a round',
  recordOutcome: 'recording a decision',
  addCommitment: 'adding a commitment',
  proposeCommitment: 'proposing a commitment',
  acceptCommitment: 'accepting a commitment',
  declineCommitment: 'declining a commitment',
  setCommitmentDone: 'changing whether a commitment is done',
};

/** What undoing `operation` reverts, e.g. "moving to the next phase" (log sentences, Undo labels). */
export function operationLabel(operation: OperationName): string {
  return OPERATION_PHRASES[operation];
}
