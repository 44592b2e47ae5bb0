/**
 * Keyboard shortcuts of the registered actions (`keyTest`), bound once for the board page.
 * Outside text fields only: there the browser's own text undo applies.
 */
import { useEffect } from 'react';
import { performAction, registeredActions } from '../actions/index.js';
import { useBoardContext } from './boardContext.js';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** Listens on the window and performs the action whose shortcut matches (if available). */
export function useActionShortcuts(): void {
  const { actions: ctx } = useBoardContext();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      const action = registeredActions().find((a) => a.keyTest?.(event));
      if (!action) return;
      event.preventDefault();
      performAction(action, ctx, undefined, undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx]);
}
