/**
 * @roundtable/model: the board document, its named operations and its readers. Exports are
 * listed by name: what is not here (log writers, order keys, the registry's building blocks,
 * lead-power lookups for operations, stored-value guards) is the package's own business. Helpers
 * for tests and the bench are in `@roundtable/model/testing`.
 */

// The catalog: kinds and their labels, phases, operation names, log types.
export { KIND_LABELS, LOG_TYPES, OPERATION_NAMES, PHASES, SECTION_KINDS, isLogType, isOperationName, isSectionKind } from './catalog.js';
export type { LogType, OperationName, SectionKind } from './catalog.js';

// Core: document shape, results, origins, ids, text, clock, readers, members, migrations, undo.
export { COLOR_PATTERN, DEFAULT_MEMBER_COLOR, MAX_NAME_LENGTH, MAX_TITLE_LENGTH, MEMBER_ID_PATTERN, SCHEMA_VERSION } from './core/schema.js';
// The root Y types, for stores that observe changes; every write goes through an operation.
export { roots } from './core/schema.js';
export type { BoardRoots } from './core/schema.js';
export { fail, ok } from './core/result.js';
export type { Result } from './core/result.js';
export { LocalOrigin, isLocalOrigin } from './core/origin.js';
export { newId } from './core/ids.js';
export { asSentence, capitalised, cleanLine } from './core/text.js';
export { estimateClockOffset } from './core/clock.js';
export type { ClockEstimate, ClockSample } from './core/clock.js';
export type { LogEntry } from './core/log.js';
export { readLogEntry, readMember, selectLog, selectMembers, selectMeta } from './core/readers.js';
export type { BoardMeta, MemberView } from './core/readers.js';
export { upsertMember } from './core/members.js';
export type { UpsertMemberArgs } from './core/members.js';
export { migrate, needsMigration } from './core/migrations.js';
export type { MigrationOutcome } from './core/migrations.js';
export { createUndoManager, nextUndoOperation, redo, undo } from './core/undo.js';
export type { UndoArgs } from './core/undo.js';

// Sections: board, templates, agenda, readers, leadership, phases, timer, spotlight.
export { createBoard, renameBoard } from './sections/board.js';
export type { CreateBoardArgs } from './sections/board.js';
export { TEMPLATES, TEMPLATE_ORDER, isTemplateId } from './sections/templates.js';
export type { AgreementSeed, BrainstormSeed, PurposeSeed, Template, TemplateId, TemplateSection } from './sections/templates.js';
export { addSection, addSections, moveSection, removeSection, renameSection } from './sections/agenda.js';
export type { AddSectionArgs, AddSectionsArgs, NewSection } from './sections/agenda.js';
export { MAX_TIMER_MS, MIN_TIMER_MS, TIMER_STATES, readOffer, readSection, readTimer, selectSection, selectSections } from './sections/readers.js';
export type { LeadOffer, SectionView, TimerState, TimerView } from './sections/readers.js';
export { canUseLeadPowers } from './sections/permissions.js';
export {
  AWAY_AFTER_MS,
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
} from './sections/leadership.js';
export type { LeadArgs, LeadChanges, LeadLoss, LeadershipView } from './sections/leadership.js';
export { nextPhase, phasesOf, previousPhase, setPhase } from './sections/phases.js';
export type { PhaseArgs } from './sections/phases.js';
export { addTime, pauseTimer, remainingMs, resetTimer, resumeTimer, startTimer } from './sections/timer.js';
export type { TimerArgs } from './sections/timer.js';
export { endSpotlight, readSpotlight, selectSpotlight, startSpotlight } from './sections/spotlight.js';
export type { SpotlightView } from './sections/spotlight.js';

// Sealed items: how operations are handed sealing (the envelope is @roundtable/sealing's).
export type { Opener, Sealer, SealedItemKind, SealedItemPlace, SkippedItem } from './core/sealedItems.js';

// Brainstorm kind: settings, cards, clusters, sealed drafts and dots, the relay's reveal and tally, results.
export { brainstormKind } from './kinds/brainstorm/kind.js';
export { BRAINSTORM_PHASES } from './kinds/brainstorm/phases.js';
export type { BrainstormPhase } from './kinds/brainstorm/phases.js';
export {
  CARD_COLOURS,
  DEFAULT_CARD_COLOUR,
  DEFAULT_VOTES,
  MAX_CARD_TEXT,
  MAX_CLUSTER_NAME,
  MAX_COLUMNS,
  MAX_COLUMN_TITLE,
  MAX_VOTE_BUDGET,
  isCardColour,
} from './kinds/brainstorm/schema.js';
export type { CardColour } from './kinds/brainstorm/schema.js';
export {
  FALLBACK_COLUMN,
  readAllocation,
  readBrainstormSettings,
  readCard,
  readCluster,
  readColumns,
  readDraft,
  readTally,
  readVoteSettings,
  selectBrainstormSettings,
} from './kinds/brainstorm/readers.js';
export type { AllocationView, BrainstormSettings, CardView, ClusterView, ColumnView, DraftView, TallyView, VoteSettings } from './kinds/brainstorm/readers.js';
export { columnItems, readBrainstormState, resolveCluster, selectBrainstormBoard, selectBrainstormState } from './kinds/brainstorm/boardReaders.js';
export type { BrainstormBoard, BrainstormState, ColumnItem, ColumnLayout } from './kinds/brainstorm/boardReaders.js';
export { selectDraftSummary, selectDrafts, selectTally, selectVoteProgress } from './kinds/brainstorm/progressReaders.js';
export type { DraftSummary, VoteProgress } from './kinds/brainstorm/progressReaders.js';
export { selectResults, selectTopItems } from './kinds/brainstorm/resultsReaders.js';
export type { BrainstormResults, CardResult, ResultItem, TopItem } from './kinds/brainstorm/resultsReaders.js';
export { PAYLOAD_VERSION, decodeDotsPayload, decodeDraftPayload, encodeDotsPayload, encodeDraftPayload } from './kinds/brainstorm/sealedPayloads.js';
export type { DotsPayload, DraftPayload } from './kinds/brainstorm/sealedPayloads.js';
export { cleanCardText } from './kinds/brainstorm/brainstormAccess.js';
export type { BrainstormArgs } from './kinds/brainstorm/brainstormAccess.js';
export { addCard, deleteCard, editCard, moveCard, setCardColour } from './kinds/brainstorm/cards.js';
export type { CardDestination } from './kinds/brainstorm/cards.js';
export { createCluster, mergeClusters, moveCluster, removeCluster, renameCluster } from './kinds/brainstorm/clusters.js';
export { setAnonymous, setColumns, setVoteBudget } from './kinds/brainstorm/brainstormSetup.js';
export type { ColumnInput } from './kinds/brainstorm/brainstormSetup.js';
export { deleteDraft, editDraft, saveDraft, shareDraftEarly } from './kinds/brainstorm/drafts.js';
export type { DraftContent } from './kinds/brainstorm/drafts.js';
export { castDots, checkAllocation, isVoteTarget, remainingDots } from './kinds/brainstorm/dots.js';
export type { DotAllocation } from './kinds/brainstorm/dots.js';
export { revealDrafts } from './kinds/brainstorm/reveal.js';
export type { RevealOutcome } from './kinds/brainstorm/reveal.js';
export { countDots, writeTally } from './kinds/brainstorm/tally.js';
export type { TallyOutcome } from './kinds/brainstorm/tally.js';

// Agreement kind: Kaner's levels, decision rules, proposal, rounds with sealed ballots, reveal, outcome, commitments.
export { CONCERN_LEVELS, KANER_LEVELS, isLevel, levelLabel } from './kinds/agreement/levels.js';
export type { Level, LevelInfo } from './kinds/agreement/levels.js';
export { DEFAULT_RULE, MAX_RULE_NUMBER, RULE_BASES, checkRule, describeRule, evaluateRule } from './kinds/agreement/rules.js';
export type { DecisionRule, LevelCounts, RuleBase, Verdict } from './kinds/agreement/rules.js';
export {
  COMMITMENT_STATES,
  DECISIONS,
  DECISION_LABELS,
  MAX_COMMENT,
  MAX_COMMITMENT_TEXT,
  MAX_DUE_TEXT,
  MAX_OUTCOME_NOTE,
  MAX_PROPOSAL_TEXT,
} from './kinds/agreement/agreementSchema.js';
export type { CommitmentState, Decision } from './kinds/agreement/agreementSchema.js';
export { BALLOT_PLAINTEXT_BYTES, decodeBallotPayload, encodeBallotPayload } from './kinds/agreement/ballotPayload.js';
export type { BallotPayload } from './kinds/agreement/ballotPayload.js';
export { readAgreement, selectAgreement, selectCommitments } from './kinds/agreement/agreementReaders.js';
export type { AgreementView, CommitmentView, OutcomeView, ProposalView, RevealedVote, RoundResult, RoundView } from './kinds/agreement/agreementReaders.js';
export type { AgreementArgs } from './kinds/agreement/agreementAccess.js';
export { checkProposalText, proposalFromItems, setAgreementAnonymous, setDecisionRule, setProposal } from './kinds/agreement/proposal.js';
export { carryToAgreement } from './kinds/agreement/carryToAgreement.js';
export type { CarryToAgreementArgs } from './kinds/agreement/carryToAgreement.js';
export { castBallot, openRound } from './kinds/agreement/rounds.js';
export type { CastBallotArgs } from './kinds/agreement/rounds.js';
export { revealRound } from './kinds/agreement/revealRound.js';
export type { RevealRoundOutcome } from './kinds/agreement/revealRound.js';
export { recordOutcome } from './kinds/agreement/outcome.js';
export {
  acceptCommitment,
  addCommitment,
  canMarkDone,
  declineCommitment,
  proposeCommitment,
  setCommitmentDone,
} from './kinds/agreement/commitments.js';
export type { CommitmentContent } from './kinds/agreement/commitments.js';

// The purpose kind (kinds/purpose): a co-edited statement, prompts, endorsements, named versions.
export {
  MAX_PROMPT_LENGTH,
  MAX_STATEMENT_LENGTH,
  MAX_VERSIONS,
  MAX_VERSION_NAME_LENGTH,
  PURPOSE_FIELDS,
  PURPOSE_PROMPTS,
  isPurposeField,
  maxLengthOf,
} from './kinds/purpose/schema.js';
export type { PurposeField, PurposePrompt } from './kinds/purpose/schema.js';
export { purposeText, readPurpose, readVersion, selectCurrentPurpose, selectPurpose } from './kinds/purpose/readers.js';
export type { CurrentPurpose, EndorsementView, PromptTexts, PurposeVersionView, PurposeView } from './kinds/purpose/readers.js';
export { endorsePurpose, statementProblem, withdrawEndorsement } from './kinds/purpose/endorsements.js';
export type { EndorseArgs } from './kinds/purpose/endorsements.js';
export { restorePurposeVersion, savePurposeVersion } from './kinds/purpose/versions.js';
export type { RestoreVersionArgs, SaveVersionArgs } from './kinds/purpose/versions.js';
export { diffSummary, wordDiff } from './kinds/purpose/wordDiff.js';
export type { DiffPart } from './kinds/purpose/wordDiff.js';

// Visits: what others added since this member last looked ("since your last visit").
export { VISIT_CHANGE_KINDS, seenByStateVector, selectChangesSince } from './visits/readers.js';
export type { ItemId, SeenFilter, VisitChange, VisitChangeKind } from './visits/readers.js';
// Session: the leadership summary (who led what, for how long; who contributed).
export { selectLeadershipSummary } from './session/leadershipSummary.js';
export type { LeadMove, LeadSpan, LeadershipSummary, MemberContribution, SectionLeadership } from './session/leadershipSummary.js';

// Exchange: exports (pure: Markdown, JSON, CSV, SVG) and importing a JSON export.
export { BOARD_FILE_FORMAT, BOARD_FILE_VERSION, exportBoardFile } from './exchange/boardFile.js';
export { parseBoardFile, parseBoardFileText } from './exchange/parseBoardFile.js';
export type { BoardFile } from './exchange/boardFile.js';
export { importBoard } from './exchange/importBoard.js';
export { exportMarkdown } from './exchange/markdown.js';
export { csvField, csvRows, exportCardsCsv, exportCommitmentsCsv } from './exchange/csv.js';
export { HISTOGRAM_SIZE, histogramSvg } from './exchange/histogramSvg.js';
export type { HistogramInput } from './exchange/histogramSvg.js';
export { leadershipHeadline } from './exchange/leadershipText.js';
export { duration as formatDuration, phaseLabel } from './exchange/exportText.js';
// The session log's sentences, the same in the web app's log and in the exports.
export { describeLogEntry, logActor, logSentence } from './exchange/logSentence.js';
// The section titles the log remembers, for sentences about removed sections (the app's log store, the export).
export { titleRememberedBy, titlesFromLog } from './exchange/logSentence.js';
export type { LogLookup, SentenceOptions } from './exchange/logSentence.js';
export { operationLabel } from './exchange/operationPhrases.js';
