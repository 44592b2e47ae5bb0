/**
 * Undo and redo of this member's own operations (the model's `undo`/`redo`, which log
 * 'undo'/'redo' records): Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y, outside text fields.
 */
import { operationLabel, redo as redoOperation, undo as undoOperation, type OperationName } from '@roundtable/model';
import { OK, no, writer } from './availability.js';
import { register } from './registry.js';
import type { KeyPress } from './types.js';

const command = (e: KeyPress) => (e.ctrlKey || e.metaKey) && !e.altKey;

/** Undoes this member's last operation. */
export const undo = register<void, void, OperationName | null>({
  name: 'undo',
  label: (ctx) => {
    const next = ctx.history.next('undo');
    return next ? `Undo ${operationLabel(next)}` : 'Undo';
  },
  available: (ctx) => {
    const who = writer(ctx, 'undo');
    if (!who.ok) return no(who.reason);
    return ctx.history.canUndo() ? OK : no('Nothing to undo');
  },
  perform: (ctx) => undoOperation(ctx.history.manager, { by: ctx.member?.id ?? null, at: ctx.now() }),
  keyTest: (e) => command(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
  shortcut: 'Ctrl+Z',
});

/** Redoes the last undone operation. */
export const redo = register<void, void, OperationName | null>({
  name: 'redo',
  label: (ctx) => {
    const next = ctx.history.next('redo');
    return next ? `Redo ${operationLabel(next)}` : 'Redo';
  },
  available: (ctx) => {
    const who = writer(ctx, 'redo');
    if (!who.ok) return no(who.reason);
    return ctx.history.canRedo() ? OK : no('Nothing to redo');
  },
  perform: (ctx) => redoOperation(ctx.history.manager, { by: ctx.member?.id ?? null, at: ctx.now() }),
  keyTest: (e) => command(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
  shortcut: 'Ctrl+Shift+Z',
});
