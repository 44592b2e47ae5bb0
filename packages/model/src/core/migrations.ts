/**
 * Schema migrations. `meta.schemaVersion` says which shape a document has; MIGRATIONS[n]
 * upgrades a version n-1 document to version n. `migrate` runs where a document is opened:
 * on the relay right after a board is loaded from its store (before anyone joins, committed and
 * relayed like any update), and in the web client after its sync with the relay.
 *
 * Rules for a step, because several peers may run it on the same document at once:
 *  - idempotent: running it on an already upgraded document changes nothing;
 *  - deterministic: it writes only values derived from the document (no clock, no random ids,
 *    no new Y types under an existing key), so concurrent runs write identical values and the
 *    document converges whichever write Yjs keeps;
 *  - it writes only keys that are missing or in the old shape. A peer holding a stale copy must
 *    not migrate it offline: its writes would be concurrent with newer edits and could win over
 *    them. That is why the relay migrates first and the client migrates only after syncing.
 *
 * One deliberate exception to "no new Y types": v2 creates the shared types a kind nests in its
 * sections (a kind's `repairSection`) under keys that are MISSING. They are empty, and the relay
 * creates them when it loads the board, before anyone can type into them; two peers migrating
 * the same stale board at once would each create one and Yjs would keep one, losing nothing
 * because nobody has written into either yet.
 */
import * as Y from 'yjs';
import { isSectionKind, repairSectionContent } from '../catalog.js';
import { LocalOrigin } from './origin.js';
import { SCHEMA_VERSION, roots } from './schema.js';

type Migration = (doc: Y.Doc) => void;

/** MIGRATIONS[n] upgrades a version n-1 document to version n. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** v1: documents from before versioning get the fields v1 readers expect. */
  1: (doc) => {
    const { meta } = roots(doc);
    if (typeof meta.get('title') !== 'string') meta.set('title', 'Untitled board');
    if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', 0);
  },
  /** v2: sections get the shared types their kind nests (the purpose statement and prompts). */
  2: (doc) => {
    roots(doc).sections.forEach((section) => {
      if (!(section instanceof Y.Map)) return;
      const kind = section.get('kind');
      if (isSectionKind(kind)) repairSectionContent(kind, section);
    });
  },
};

/** What `migrate` did: the document's version before and after (equal when nothing was done). */
export interface MigrationOutcome {
  from: number;
  to: number;
}

/** The document's stored schema version; 0 for a document from before versioning. */
function storedVersion(doc: Y.Doc): number {
  const raw = roots(doc).meta.get('schemaVersion');
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
}

/** True when the document holds nothing yet (a client before its first sync): not a board to upgrade. */
function isEmpty(doc: Y.Doc): boolean {
  const { meta, sections, members, log } = roots(doc);
  return meta.size === 0 && sections.size === 0 && members.size === 0 && log.length === 0;
}

/** Whether `migrate` would write: a board, not empty, from before SCHEMA_VERSION. */
export function needsMigration(doc: Y.Doc): boolean {
  return storedVersion(doc) < SCHEMA_VERSION && !isEmpty(doc);
}

/**
 * Brings a board document to SCHEMA_VERSION in one transaction (origin LocalOrigin('migrate'),
 * never captured by undo). Writes nothing to an empty document, to one already current, or to
 * one from a newer version of the model (readers still read what they understand).
 */
export function migrate(doc: Y.Doc): MigrationOutcome {
  const from = storedVersion(doc);
  if (!needsMigration(doc)) return { from, to: from };
  doc.transact(() => {
    for (let v = from + 1; v <= SCHEMA_VERSION; v++) MIGRATIONS[v]?.(doc);
    roots(doc).meta.set('schemaVersion', SCHEMA_VERSION);
  }, new LocalOrigin('migrate'));
  return { from, to: SCHEMA_VERSION };
}
