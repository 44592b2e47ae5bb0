/**
 * This member's undo and redo stacks as a tracked source: the undo/redo actions read
 * `canUndo()` / `nextUndo()` here, so their buttons re-render only when a stack changes.
 * The stacks belong to the model's UndoManager (`createUndoManager`: LocalOrigin only).
 */
import { nextUndoOperation, type OperationName } from '@roundtable/model';
import type * as Y from 'yjs';
import { KeyedListeners } from './KeyedListeners.js';
import { reportRead, type Source } from './tracking.js';

const STACKS = 'stacks';
const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

/** Undo/redo stack state of one UndoManager. */
export class HistoryStore implements Source {
  private readonly listeners = new KeyedListeners();

  constructor(readonly manager: Y.UndoManager) {
    for (const e of EVENTS) manager.on(e, this.onChange);
  }

  private readonly onChange = (): void => this.listeners.notify([STACKS]);

  /** True when there is a step to undo (tracked). */
  canUndo(): boolean {
    reportRead(this, STACKS);
    return this.manager.undoStack.length > 0;
  }

  /** True when there is a step to redo (tracked). */
  canRedo(): boolean {
    reportRead(this, STACKS);
    return this.manager.redoStack.length > 0;
  }

  /** The operation the next undo (or redo) reverts, or null (tracked). */
  next(stack: 'undo' | 'redo'): OperationName | null {
    reportRead(this, STACKS);
    return nextUndoOperation(this.manager, stack);
  }

  /** Calls `listener` when a stack changes. */
  subscribe(key: string, listener: () => void): () => void {
    return this.listeners.subscribe(key, listener);
  }

  /** Stops listening to the manager. */
  destroy(): void {
    for (const e of EVENTS) this.manager.off(e, this.onChange);
    this.listeners.clear();
  }
}
