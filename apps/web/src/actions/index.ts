/**
 * Every user action of the board page, by name. Importing this module registers them all;
 * `useAction(name, target)` and `useRunAction()` look them up here, typed by name.
 */
import { addSection, moveSection, moveSectionDown, moveSectionUp, removeSection, renameSection } from './agendaActions.js';
import { registerMember, renameBoard } from './boardActions.js';
import { redo, undo } from './historyActions.js';
import { acceptLead, declineLead, offerLead, stepBack, takeLead } from './leadActions.js';
import { nextPhase, previousPhase } from './phaseActions.js';
import { endSpotlight, startSpotlight } from './spotlightActions.js';
import { endorsePurpose, restorePurposeVersion, savePurposeVersion, withdrawEndorsement } from './purposeActions.js';
import { addTime, pauseTimer, resetTimer, resumeTimer, startTimer } from './timerActions.js';
import { setAnonymous, setColumns, revealDrafts } from './brainstormSetupActions.js';
import { addCard, deleteCard, editCard, moveCard, nudgeCard, setCardColour } from './cardActions.js';
import { createCluster, mergeClusters, moveCluster, removeCluster, renameCluster } from './clusterActions.js';
import { deleteDraft, editDraft, saveDraft, shareDraftEarly } from './draftActions.js';
import { castDots, closeVote, setVoteBudget } from './voteActions.js';
import { deleteBoard, exportBoard, exportHistogram } from './exportActions.js';
import { openRound, recordOutcome, revealRound, setAgreementAnonymous, setDecisionRule, setProposal } from './agreementActions.js';
import { castBallot } from './ballotActions.js';
import { acceptCommitment, addCommitment, declineCommitment, proposeCommitment, setCommitmentDone } from './commitmentActions.js';
import { carryToAgreement } from './resultsActions.js';
import type { Action } from './types.js';

/** The actions by name. */
export const ACTIONS = {
  renameBoard,
  registerMember,
  addSection,
  renameSection,
  moveSection,
  moveSectionUp,
  moveSectionDown,
  removeSection,
  takeLead,
  offerLead,
  acceptLead,
  declineLead,
  stepBack,
  previousPhase,
  nextPhase,
  startTimer,
  pauseTimer,
  resumeTimer,
  addTime,
  resetTimer,
  startSpotlight,
  endSpotlight,
  undo,
  redo,
  setColumns,
  setAnonymous,
  revealDrafts,
  addCard,
  editCard,
  deleteCard,
  setCardColour,
  moveCard,
  nudgeCard,
  createCluster,
  renameCluster,
  mergeClusters,
  moveCluster,
  removeCluster,
  saveDraft,
  editDraft,
  deleteDraft,
  shareDraftEarly,
  castDots,
  setVoteBudget,
  closeVote,
  carryToAgreement,
  endorsePurpose,
  withdrawEndorsement,
  savePurposeVersion,
  restorePurposeVersion,
  exportBoard,
  exportHistogram,
  deleteBoard,
  setProposal,
  setDecisionRule,
  setAgreementAnonymous,
  openRound,
  castBallot,
  revealRound,
  recordOutcome,
  addCommitment,
  proposeCommitment,
  acceptCommitment,
  declineCommitment,
  setCommitmentDone,
} as const;

type Actions = typeof ACTIONS;
/** The name of a registered action. */
export type ActionName = keyof Actions;
/** What action `N` acts on. */
export type TargetOf<N extends ActionName> = Actions[N] extends Action<infer T, infer _A, infer _V> ? T : never;
/** What the person supplies to action `N`. */
export type ArgsOf<N extends ActionName> = Actions[N] extends Action<infer _T, infer A, infer _V> ? A : never;
/** What action `N` returns. */
export type ValueOf<N extends ActionName> = Actions[N] extends Action<infer _T, infer _A, infer V> ? V : never;

/** Any action's target (for code that handles actions generically). */
export type AnyActionTarget = { sectionId: string } | { sectionId: string; commitmentId: string } | undefined;

export type { SectionCallResult } from '../api/sealedSections.js';

export { performAction, registeredActions } from './registry.js';
export type { Action, ActionContext, Availability, Confirmation, KeyPress } from './types.js';
