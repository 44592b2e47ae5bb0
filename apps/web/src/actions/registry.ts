/**
 * The action registry: every action is registered once, by name (Excalidraw's `register`).
 * `performAction` is the only way an action runs: it checks `available` first, so a control
 * that raced a remote change (someone took the lead a moment ago) gets the reason, not a write.
 */
import { fail, type Result } from '@roundtable/model';
import type { Action, ActionContext, AnyAction } from './types.js';

const registry = new Map<string, AnyAction>();

/** Registers `action` under its name (names are unique) and returns it. */
export function register<T, A, V>(action: Action<T, A, V>): Action<T, A, V> {
  if (registry.has(action.name)) throw new Error(`action "${action.name}" is registered twice`);
  registry.set(action.name, action);
  return action;
}

/** Every registered action (for shortcuts and tests). */
export function registeredActions(): readonly AnyAction[] {
  return [...registry.values()];
}

/** Performs `action` on `target` with `args` if it is available; otherwise fails with the reason. */
export function performAction<T, A, V>(action: Action<T, A, V>, ctx: ActionContext, target: T, args: A): Result<V> {
  const availability = action.available(ctx, target);
  if (!availability.ok) return fail(availability.reason);
  return action.perform(ctx, target, args);
}
