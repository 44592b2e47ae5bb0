/**
 * Registration of the brainstorm kind (cards written privately, revealed, clustered, voted).
 * Plain data, listed once in catalog.ts. Its content, readers and operations come with the
 * brainstorm issue; their operation names and log types are added here when they exist.
 */
import { defineKind } from '../../core/registry.js';
import { BRAINSTORM_PHASES } from './phases.js';

/** The brainstorm kind. 'reveal' (cards revealed) is reserved for its content. */
export const brainstormKind = defineKind({
  kind: 'brainstorm',
  phases: BRAINSTORM_PHASES,
  operations: [],
  logTypes: ['reveal'],
});
