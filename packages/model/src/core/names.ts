/**
 * The names the core layer owns: its operations (member bookkeeping, migrations, undo/redo)
 * and the log types it writes. Registered in catalog.ts.
 */
import { defineNames } from './registry.js';

/** Core operations and log types. */
export const CORE_NAMES = defineNames({
  operations: ['upsertMember', 'migrate', 'undo', 'redo'],
  logTypes: ['undo', 'redo'],
});
