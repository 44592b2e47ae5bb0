/**
 * Undo/redo of this device's own operations through the model's `undo`/`redo` (which also
 * log 'undo'/'redo' records). The UndoManager (`createUndoManager`) tracks LocalOrigin only, so
 * a remote peer's edits are never undone here. Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y)
 * outside text fields, where the browser's own text undo applies.
 */
import { nextUndoOperation, redo as redoOperation, undo as undoOperation, type OperationName } from '@roundtable/model';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** Whether undo and redo are possible, plus the actions. */
export interface UndoControls {
  canUndo: boolean;
  canRedo: boolean;
  /** The operation the next undo would revert (for the button's tooltip). */
  nextUndo: OperationName | null;
  undo: () => void;
  redo: () => void;
}

const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * Undo state of `manager`, with keyboard shortcuts bound to the window when `enabled`.
 * `by` is the member logged as undoing; `now` gives the (relay-corrected) time of the record.
 */
export function useUndo(manager: Y.UndoManager, enabled: boolean, by: string | null, now: () => number): UndoControls {
  const subscribe = useCallback(
    (listener: () => void) => {
      for (const e of EVENTS) manager.on(e, listener);
      return () => {
        for (const e of EVENTS) manager.off(e, listener);
      };
    },
    [manager],
  );
  // Stack depths as the snapshot: a new undo step re-renders even when canUndo stays true.
  const state = useSyncExternalStore(subscribe, () => `${manager.undoStack.length}/${manager.redoStack.length}`);
  const [undoDepth, redoDepth] = state.split('/').map(Number) as [number, number];
  const undo = useCallback(() => void undoOperation(manager, { by, at: now() }), [manager, by, now]);
  const redo = useCallback(() => void redoOperation(manager, { by, at: now() }), [manager, by, now]);

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, undo, redo]);

  return {
    canUndo: enabled && undoDepth > 0,
    canRedo: enabled && redoDepth > 0,
    nextUndo: enabled && undoDepth > 0 ? nextUndoOperation(manager) : null,
    undo,
    redo,
  };
}
