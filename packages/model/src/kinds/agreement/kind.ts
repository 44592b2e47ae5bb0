/**
 * Registration of the agreement kind (a proposal the group votes on and decides). Plain data,
 * listed once in catalog.ts. Its content, readers and operations come with the agreement issue;
 * their operation names and log types are added here when they exist.
 */
import { defineKind } from '../../core/registry.js';
import { AGREEMENT_PHASES } from './phases.js';

/** The agreement kind. 'decision' (a recorded decision) is reserved for its content. */
export const agreementKind = defineKind({
  kind: 'agreement',
  phases: AGREEMENT_PHASES,
  operations: [],
  logTypes: ['decision'],
});
