/**
 * Schema migrations. `meta.schemaVersion` says which shape a document has; each step
 * upgrades from version n-1 to n and must be idempotent, because two peers may run the
 * same step concurrently and both writes merge.
 */
import type * as Y from 'yjs';
import { LocalOrigin } from './origin.js';
import { SCHEMA_VERSION, roots } from './schema.js';

type Migration = (doc: Y.Doc) => void;

/** MIGRATIONS[n] upgrades a version n-1 document to version n. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** v1: documents from before versioning get the fields v1 selectors expect. */
  1: (doc) => {
    const { meta } = roots(doc);
    if (typeof meta.get('title') !== 'string') meta.set('title', 'Untitled board');
    if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', 0);
  },
};

/** Brings a document to SCHEMA_VERSION. Returns the version it started at. */
export function migrate(doc: Y.Doc): number {
  const { meta } = roots(doc);
  const raw = meta.get('schemaVersion');
  const from = typeof raw === 'number' && Number.isInteger(raw) ? raw : 0;
  if (from >= SCHEMA_VERSION) return from;
  doc.transact(() => {
    for (let v = from + 1; v <= SCHEMA_VERSION; v++) MIGRATIONS[v]?.(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
  }, new LocalOrigin('migrate'));
  return from;
}
