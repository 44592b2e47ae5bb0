/**
 * The names the exchange layer owns (exports and imports of whole boards). Registered in
 * catalog.ts. Importing writes no log record: an imported board reads as its export did.
 */
import { defineNames } from '../core/registry.js';

/** The import operation; exports only read. */
export const EXCHANGE_NAMES = defineNames({
  operations: ['importBoard'],
  logTypes: [],
});
