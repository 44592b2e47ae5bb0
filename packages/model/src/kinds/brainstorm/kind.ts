/**
 * Registration of the brainstorm kind (cards written privately, revealed, clustered, voted):
 * its phases, operation names, log types and the content a new section starts with. Listed
 * once in catalog.ts.
 */
import { defineKind } from '../../core/registry.js';
import { initBrainstormSection, seedColumns } from './schema.js';
import { BRAINSTORM_PHASES } from './phases.js';

/**
 * The brainstorm kind. 'reveal': drafts revealed by the relay; 'tally': the dot vote counted;
 * 'brainstorm.anonymous' / 'brainstorm.budget': the lead's settings.
 */
export const brainstormKind = defineKind({
  kind: 'brainstorm',
  label: 'Brainstorm',
  phases: BRAINSTORM_PHASES,
  operations: [
    'addCard',
    'editCard',
    'deleteCard',
    'setCardColour',
    'moveCard',
    'createCluster',
    'renameCluster',
    'mergeClusters',
    'moveCluster',
    'removeCluster',
    'setColumns',
    'setAnonymous',
    'setVoteBudget',
    'saveDraft',
    'editDraft',
    'deleteDraft',
    'shareDraftEarly',
    'castDots',
    'revealDrafts',
    'writeTally',
  ],
  logTypes: ['reveal', 'tally', 'brainstorm.anonymous', 'brainstorm.budget'],
  initSection: (section, title, content) => initBrainstormSection(section, title, seedColumns(content)),
  // Private drafts and dot allocations: ciphertext until the relay reveals or tallies them.
  sealedPaths: [['drafts'], ['dots']],
});
