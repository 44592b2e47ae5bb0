/**
 * Registration of the purpose kind (a shared statement of why the group meets). Plain data,
 * listed once in catalog.ts. Its content, readers and operations come with the purpose issue;
 * their operation names and log types are added here when they exist.
 */
import { defineKind } from '../../core/registry.js';
import { PURPOSE_PHASES } from './phases.js';

/** The purpose kind. */
export const purposeKind = defineKind({
  kind: 'purpose',
  phases: PURPOSE_PHASES,
  operations: [],
  logTypes: [],
});
