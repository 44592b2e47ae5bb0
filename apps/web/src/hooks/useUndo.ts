/**
 * Undo/redo of this device's own operations (the UndoManager tracks LocalOrigin only, so
 * a remote peer's edits are never undone here). Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y)
 * outside text fields, where the browser's own text undo applies.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** Whether undo and redo are possible, plus the actions. */
export interface UndoControls {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** Undo state of `manager`, with keyboard shortcuts bound to the window when `enabled`. */
export function useUndo(manager: Y.UndoManager, enabled: boolean): UndoControls {
  const subscribe = useCallback(
    (listener: () => void) => {
      for (const e of EVENTS) manager.on(e, listener);
      return () => {
        for (const e of EVENTS) manager.off(e, listener);
      };
    },
    [manager],
  );
  const state = useSyncExternalStore(subscribe, () => (manager.canUndo() ? 1 : 0) + (manager.canRedo() ? 2 : 0));
  const undo = useCallback(() => void manager.undo(), [manager]);
  const redo = useCallback(() => void manager.redo(), [manager]);

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

  return { canUndo: enabled && (state & 1) !== 0, canRedo: enabled && (state & 2) !== 0, undo, redo };
}
