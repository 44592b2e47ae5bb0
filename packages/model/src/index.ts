/**
 * @roundtable/model: the board document, its named operations and its readers. Exports are
 * listed by name: what is not here (log writers, order keys, the registry's building blocks,
 * lead-power lookups for operations, stored-value guards) is the package's own business. Helpers
 * for tests and the bench are in `@roundtable/model/testing`.
 */

// The catalog: kinds, phases, operation names, log types.
export { LOG_TYPES, OPERATION_NAMES, PHASES, SECTION_KINDS, isLogType, isOperationName, isSectionKind } from './catalog.js';
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
export { cleanLine } from './core/text.js';
export { estimateClockOffset } from './core/clock.js';
export type { ClockEstimate, ClockSample } from './core/clock.js';
export type { LogEntry } from './core/log.js';
export { readLogEntry, readMember, selectLog, selectMembers, selectMeta } from './core/readers.js';
export type { BoardMeta, MemberView } from './core/readers.js';
export { upsertMember } from './core/members.js';
export type { UpsertMemberArgs } from './core/members.js';
export { migrate } from './core/migrations.js';
export type { MigrationOutcome } from './core/migrations.js';
export { createUndoManager, nextUndoOperation, redo, undo } from './core/undo.js';
export type { UndoArgs } from './core/undo.js';

// Sections: board, templates, agenda, readers, leadership, phases, timer, spotlight.
export { createBoard, renameBoard } from './sections/board.js';
export type { CreateBoardArgs } from './sections/board.js';
export { TEMPLATES, isTemplateId } from './sections/templates.js';
export type { Template, TemplateId, TemplateSection } from './sections/templates.js';
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
