/**
 * Per-member undo/redo. Each client creates one manager per board document; it tracks only
 * transactions whose origin is a LocalOrigin (this client's named operations), so an undo
 * never reverts another member's change (Yjs also refuses to restore a map value that someone
 * else overwrote since).
 *
 * Scope: meta, sections and members, NOT the log. The log is the session's history: undoing a
 * take of the lead restores the previous lead but keeps the 'lead.taken' record, and undo/redo
 * append their own 'undo' / 'redo' records. That append is a second, log-only transaction:
 * nesting it inside the manager's transaction would make Yjs file the undo as a new change.
 */
import * as Y from 'yjs';
import { checkAt } from './guards.js';
import { appendLog } from './log.js';
import { isOperationName, type OperationName } from '../catalog.js';
import { LocalOrigin, isLocalOrigin } from './origin.js';
import { fail, ok, type Result } from './result.js';
import { roots } from './schema.js';

const OPERATION = 'operation';

/** Who undoes or redoes, and when (relay-corrected ms since the epoch), for the log record. */
export interface UndoArgs {
  by: string | null;
  at: number;
}

/**
 * Operations that are bookkeeping, not a change the person made: registering a member
 * (name, colour, last seen) runs on every board open, and an undo must never unregister them.
 */
const NOT_UNDOABLE: ReadonlySet<OperationName> = new Set(['upsertMember', 'migrate']);

/**
 * An undo manager over meta + sections + members tracking only LocalOrigin. One operation is
 * one undo step (captureTimeout 0: quick successive operations are not merged); upsertMember and
 * migrate are bookkeeping and never captured. Each stack item
 * remembers the operation it reverts, for the log and for "Undo <operation>" labels.
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const { meta, sections, members } = roots(doc);
  const manager = new Y.UndoManager([meta, sections, members], {
    trackedOrigins: new Set([LocalOrigin]),
    captureTimeout: 0,
    captureTransaction: (tr) => !(isLocalOrigin(tr.origin) && NOT_UNDOABLE.has(tr.origin.operation)),
  });
  manager.on('stack-item-added', ({ stackItem, origin }) => {
    // A new change names its operation; an undo/redo carries over the name of the item it popped.
    const name = isLocalOrigin(origin) ? origin.operation : manager.currStackItem?.meta.get(OPERATION);
    if (name !== undefined) stackItem.meta.set(OPERATION, name);
  });
  return manager;
}

/** The operation the next undo (or redo) would revert, or null when the stack is empty. */
export function nextUndoOperation(manager: Y.UndoManager, stack: 'undo' | 'redo' = 'undo'): OperationName | null {
  const items = stack === 'undo' ? manager.undoStack : manager.redoStack;
  const name = items.at(-1)?.meta.get(OPERATION);
  return isOperationName(name) ? name : null;
}

function step(manager: Y.UndoManager, kind: 'undo' | 'redo', args: UndoArgs): Result<OperationName | null> {
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const item = kind === 'undo' ? manager.undo() : manager.redo();
  if (item === null) return fail(`nothing to ${kind}`);
  const name = item.meta.get(OPERATION);
  const operation = isOperationName(name) ? name : null;
  manager.doc.transact(() => {
    appendLog(manager.doc, { at: at.value, by: args.by, type: kind, detail: operation ?? undefined });
  }, new LocalOrigin(kind));
  return ok(operation);
}

/** Undoes this member's last operation and logs it. Returns the undone operation's name. */
export function undo(manager: Y.UndoManager, args: UndoArgs): Result<OperationName | null> {
  return step(manager, 'undo', args);
}

/** Redoes this member's last undone operation and logs it. Returns the operation's name. */
export function redo(manager: Y.UndoManager, args: UndoArgs): Result<OperationName | null> {
  return step(manager, 'redo', args);
}
