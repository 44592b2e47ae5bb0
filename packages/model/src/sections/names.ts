/**
 * The names the sections layer owns: the board and agenda operations and the powers every
 * section has whatever its kind (leadership, phases, timer, spotlight), with their log types.
 * Registered in catalog.ts.
 */
import { defineNames } from '../core/registry.js';

/** Board, agenda, leadership, phase, timer and spotlight operations and log types. */
export const SECTION_NAMES = defineNames({
  operations: [
    'createBoard',
    'renameBoard',
    'addSection',
    'addSections',
    'renameSection',
    'moveSection',
    'removeSection',
    'takeLead',
    'offerLead',
    'acceptLead',
    'declineLead',
    'stepBack',
    'setPhase',
    'nextPhase',
    'previousPhase',
    'startTimer',
    'pauseTimer',
    'resumeTimer',
    'addTime',
    'resetTimer',
    'startSpotlight',
    'endSpotlight',
  ],
  logTypes: [
    'board.created',
    'board.renamed',
    'section.added',
    'section.removed',
    'lead.taken',
    'lead.offered',
    'lead.accepted',
    'lead.declined',
    'lead.steppedBack',
    'phase.changed',
    'timer.started',
    'timer.paused',
    'timer.resumed',
    'timer.extended',
    'timer.reset',
    'spotlight.started',
    'spotlight.ended',
  ],
});
