/**
 * Actions in components: `useAction(name, target)` binds one registered action to its target
 * and returns what a button, menu item or shortcut hint needs (label, disabled, the reason it
 * is disabled, run). Availability is computed under read tracking, so the control re-renders
 * only when something the action's `available` read changes (that section's lead, the undo
 * stack, the agenda order), never on unrelated edits. `useRunAction()` runs any action on a
 * target chosen at call time (drag and drop, notices).
 */
import type { Result } from '@roundtable/model';
import { useCallback, useMemo } from 'react';
import { ACTIONS, performAction, type ActionName, type ArgsOf, type Confirmation, type TargetOf, type ValueOf } from '../actions/index.js';
import type { AnyAction } from '../actions/types.js';
import { asSentence } from '../sentence.js';
import { shallowEqual } from '../store/shallowEqual.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** One action bound to its target, for a control. */
export interface BoundAction<A, V> {
  name: ActionName;
  label: string;
  disabled: boolean;
  /** Why it is disabled ("Only Ada, who leads this section, can move its phases"), or null. */
  reason: string | null;
  /** Keyboard shortcut for tooltips ("Ctrl+Z"), or null. */
  shortcut: string | null;
  /** The question to ask before running, or null to run at once (evaluated now). */
  confirmation: () => Confirmation | null;
  /** Runs the action if available; a failure's error is a sentence to show. */
  run: (args: A) => Result<V>;
}

/** A failure's lower-case fragment from the model, as a sentence. */
function asShown<V>(result: Result<V>): Result<V> {
  return result.ok ? result : { ok: false, error: asSentence(result.error) };
}

/** The target parameter of action `N`: none for board-wide actions. */
type TargetParam<N extends ActionName> = TargetOf<N> extends void ? [] : [target: TargetOf<N>];

/** One action bound to its target and checked only when asked: no subscription, no render cost. */
export interface ActionHandle<A, V> {
  name: ActionName;
  /** The label now. */
  label: () => string;
  /** Why it is unavailable now, or null when it is available. */
  reason: () => string | null;
  /** The question to ask before running, or null to run at once. */
  confirmation: () => Confirmation | null;
  /** Runs the action if available; a failure's error is a sentence to show. */
  run: (args: A) => Result<V>;
}

/**
 * Action `name` bound to `target`, for controls that are not on screen until asked for (a row's
 * menu items, its keyboard shortcuts): availability is read when the menu opens or the key is
 * pressed, so three hundred agenda rows subscribe to nothing for actions nobody is looking at.
 */
export function useActionHandle<N extends ActionName>(name: N, ...params: TargetParam<N>): ActionHandle<ArgsOf<N>, ValueOf<N>> {
  const { actions: ctx } = useBoardContext();
  const target = params[0] as TargetOf<N>;
  const key = target === undefined ? '' : JSON.stringify(target);
  /* eslint-disable react-hooks/exhaustive-deps -- `target` is compared by value (`key`) */
  return useMemo(() => {
    const action = ACTIONS[name] as AnyAction;
    return {
      name,
      label: () => action.label(ctx, target),
      reason: () => {
        const availability = action.available(ctx, target);
        return availability.ok ? null : availability.reason;
      },
      confirmation: () => action.confirm?.(ctx, target) ?? null,
      run: (args: ArgsOf<N>) => asShown(performAction(action, ctx, target, args)) as Result<ValueOf<N>>,
    };
  }, [ctx, name, key]);
  /* eslint-enable react-hooks/exhaustive-deps */
}

/** Action `name` bound to `target` (no target for board-wide actions such as 'undo'). */
export function useAction<N extends ActionName>(name: N, ...params: TargetParam<N>): BoundAction<ArgsOf<N>, ValueOf<N>> {
  const handle = useActionHandle(name, ...params);
  const state = useTracked(() => ({ label: handle.label(), reason: handle.reason() }), [handle], shallowEqual);
  const shortcut = ACTIONS[name].shortcut ?? null;
  return useMemo(
    () => ({ name, label: state.label, disabled: state.reason !== null, reason: state.reason, shortcut, confirmation: handle.confirmation, run: handle.run }),
    [name, state, shortcut, handle],
  );
}

/** Runs action `name` on `target` with `args` (availability checked; errors as sentences). */
export type RunAction = <N extends ActionName>(name: N, target: TargetOf<N>, args: ArgsOf<N>) => Result<ValueOf<N>>;

/** A stable runner for actions whose target is known only when the person acts. */
export function useRunAction(): RunAction {
  const { actions: ctx } = useBoardContext();
  return useCallback<RunAction>(
    (name, target, args) => asShown(performAction(ACTIONS[name] as AnyAction, ctx, target, args)),
    [ctx],
  );
}
