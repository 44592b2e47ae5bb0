import { selectLog, selectMembers, selectMeta, selectSection } from '@roundtable/model';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Computation } from '../store/tracking.js';
import { ACTIONS, performAction, registeredActions, type ActionName, type AnyActionTarget } from './index.js';
import { ADA, GRACE, actionBoard } from './testing.js';
import type { AnyAction } from './types.js';

let board: ReturnType<typeof actionBoard>;
afterEach(() => board?.destroy());

const act = (name: ActionName) => ACTIONS[name] as AnyAction;
const lastLog = () => selectLog(board.doc).at(-1)!;

/** A valid target and arguments for every action, on a fresh board. */
function sample(name: ActionName): { target: AnyActionTarget; args: unknown } {
  const sectionId = board.sections[1]!;
  const targets: Partial<Record<ActionName, { target: AnyActionTarget; args: unknown }>> = {
    renameBoard: { target: undefined, args: { title: 'Retro 2' } },
    registerMember: { target: undefined, args: undefined },
    addSection: { target: undefined, args: { kind: 'purpose', title: 'Why' } },
    renameSection: { target: { sectionId }, args: { title: 'Wins' } },
    moveSection: { target: { sectionId }, args: { toIndex: 0 } },
    offerLead: { target: { sectionId }, args: { to: GRACE.id } },
    startTimer: { target: { sectionId }, args: { durationMs: 60_000 } },
    addTime: { target: { sectionId }, args: { ms: 60_000 } },
  };
  return targets[name] ?? { target: ['endSpotlight', 'undo', 'redo'].includes(name) ? undefined : { sectionId }, args: undefined };
}

/** Actions that only read the board (downloads): a view link may use them. */
const READ_ONLY: ActionName[] = ['exportBoard', 'exportHistogram'];

describe('exports and deleting the board', () => {
  it('lets anyone export, view links and devices that have not joined included', () => {
    board = actionBoard();
    for (const ctx of [board.ctx(ADA), board.ctx(ADA, 'view'), board.ctx(null)]) {
      expect(ACTIONS.exportBoard.available(ctx, { format: 'md' })).toEqual({ ok: true });
      expect(ACTIONS.exportBoard.label(ctx, { format: 'json' })).toBe('Whole board (JSON, re-importable)');
    }
    // No round was revealed: no histogram to draw.
    expect(ACTIONS.exportHistogram.available(board.ctx(ADA), { sectionId: board.sections[1]!, roundId: 'r1', format: 'svg' })).toEqual({ ok: false, reason: 'This round has not been revealed yet.' });
  });

  it('lets only a joined editor delete, and only with the exact title typed', () => {
    board = actionBoard();
    expect(ACTIONS.deleteBoard.available(board.ctx(ADA, 'view'), undefined)).toEqual({ ok: false, reason: 'This is a view-only link: you cannot delete the board' });
    expect(ACTIONS.deleteBoard.available(board.ctx(null), undefined)).toEqual({ ok: false, reason: 'Join the board to delete the board' });
    const title = selectMeta(board.doc).title;
    expect(performAction(ACTIONS.deleteBoard, board.ctx(ADA), undefined, { typedTitle: `${title} x` })).toEqual({ ok: false, error: `Type the board's title exactly ("${title}") to delete it.` });
  });
});

describe('the action registry', () => {
  it('registers every action once under the name it is looked up by', () => {
    board = actionBoard();
    const registered = registeredActions();
    expect(registered.map((a) => a.name).sort()).toEqual(Object.keys(ACTIONS).sort());
    for (const [name, action] of Object.entries(ACTIONS)) expect(action.name).toBe(name);
  });

  it('refuses every action from a view-only link, saying so, and writes nothing (exports only read)', () => {
    board = actionBoard();
    const before = Y.encodeStateVector(board.doc);
    for (const name of (Object.keys(ACTIONS) as ActionName[]).filter((n) => !READ_ONLY.includes(n))) {
      const { target, args } = sample(name);
      const availability = act(name).available(board.ctx(ADA, 'view'), target);
      expect(availability, name).toEqual({ ok: false, reason: expect.stringMatching(/^This is a view-only link: you cannot /) });
      expect(performAction(act(name), board.ctx(ADA, 'view'), target, args).ok).toBe(false);
    }
    expect(Y.encodeStateVector(board.doc)).toEqual(before);
  });

  it('asks a device that has not joined to join first', () => {
    board = actionBoard();
    for (const name of ['renameBoard', 'takeLead', 'nextPhase', 'startTimer'] as const) {
      const { target } = sample(name);
      expect(act(name).available(board.ctx(null), target)).toEqual({ ok: false, reason: expect.stringMatching(/^Join the board to /) });
    }
  });
});

describe('lead powers', () => {
  it('names the lead in the reason: "Only Ada Lovelace, who leads this section, can move its phases"', () => {
    board = actionBoard();
    const target = { sectionId: board.sections[1]! };
    expect(performAction(ACTIONS.takeLead, board.ctx(ADA), target, undefined).ok).toBe(true);
    const grace = board.ctx(GRACE);
    expect(ACTIONS.nextPhase.available(grace, target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can move its phases' });
    expect(ACTIONS.startTimer.available(grace, target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can run its timer' });
    expect(ACTIONS.startSpotlight.available(grace, target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can spotlight it' });
    expect(ACTIONS.offerLead.available(grace, target)).toEqual({ ok: false, reason: 'Only Ada Lovelace, who leads this section, can offer its lead' });
    expect(ACTIONS.nextPhase.available(board.ctx(ADA), target)).toEqual({ ok: true });
    // Another section has no lead: anyone may run it.
    expect(ACTIONS.nextPhase.available(grace, { sectionId: board.sections[2]! })).toEqual({ ok: true });
    // A racing click is refused with the reason and writes nothing.
    const before = Y.encodeStateVector(board.doc);
    expect(performAction(ACTIONS.nextPhase, grace, target, undefined)).toEqual({ ok: false, error: 'Only Ada Lovelace, who leads this section, can move its phases' });
    expect(Y.encodeStateVector(board.doc)).toEqual(before);
  });

  it('disables the phase arrows at either end of the phases', () => {
    board = actionBoard();
    const target = { sectionId: board.sections[0]! }; // purpose: draft, review, agreed
    const ada = board.ctx(ADA);
    expect(ACTIONS.previousPhase.available(ada, target)).toEqual({ ok: false, reason: 'Already in its first phase' });
    expect(performAction(ACTIONS.nextPhase, ada, target, undefined).ok).toBe(true);
    expect(performAction(ACTIONS.nextPhase, ada, target, undefined).ok).toBe(true);
    expect(ACTIONS.nextPhase.available(ada, target)).toEqual({ ok: false, reason: 'Already in its last phase' });
    expect(ACTIONS.previousPhase.available(ada, target)).toEqual({ ok: true });
  });

  it('asks before taking the lead from someone present, not from someone away', () => {
    board = actionBoard();
    const target = { sectionId: board.sections[1]! };
    performAction(ACTIONS.takeLead, board.ctx(ADA), target, undefined);
    board.awareness.setLocalState({ user: { memberId: ADA.id, name: ADA.name, color: ADA.color }, sectionId: target.sectionId });
    expect(ACTIONS.takeLead.confirm!(board.ctx(GRACE), target)).toMatchObject({ title: 'Ada Lovelace leads this section. Take over?', confirmLabel: 'Take the lead' });
    board.awareness.setLocalState(null);
    board.clock.t += 10 * 60_000; // Ada left ten relay minutes ago: away.
    expect(ACTIONS.takeLead.confirm!(board.ctx(GRACE), target)).toBeNull();
    expect(ACTIONS.takeLead.available(board.ctx(ADA), target)).toEqual({ ok: false, reason: 'You already lead this section' });
  });

  it("wakes a control's availability when that section's lead changes, not when another section is renamed", () => {
    board = actionBoard();
    const target = { sectionId: board.sections[1]! };
    const grace = board.ctx(GRACE);
    const availability = new Computation(() => ACTIONS.nextPhase.available(grace, target).ok);
    let wakes = 0;
    availability.subscribe(() => wakes++);
    performAction(ACTIONS.renameSection, grace, { sectionId: board.sections[2]! }, { title: 'Elsewhere' });
    expect(wakes).toBe(0);
    performAction(ACTIONS.takeLead, board.ctx(ADA), target, undefined);
    expect(wakes).toBe(1);
    expect(availability.get()).toBe(false);
  });
});

describe('perform', () => {
  it('stamps every record with relay-corrected time, never the device clock', () => {
    board = actionBoard();
    const ada = board.ctx(ADA);
    const target = { sectionId: board.sections[1]! };
    const at = board.clock.t;
    expect(Math.abs(at - Date.now())).toBeGreaterThan(60_000);
    const steps: [ActionName, unknown, unknown][] = [
      ['takeLead', target, undefined],
      ['nextPhase', target, undefined],
      ['startTimer', target, { durationMs: 120_000 }],
      ['startSpotlight', target, undefined],
      ['endSpotlight', undefined, undefined],
      ['renameBoard', undefined, { title: 'Retro, relay time' }],
      ['addSection', undefined, { kind: 'agreement', title: 'Decide' }],
      ['removeSection', { sectionId: board.sections[3]! }, undefined],
      ['undo', undefined, undefined],
    ];
    for (const [name, t, args] of steps) {
      const result = performAction(act(name), ada, t, args);
      expect(result.ok, `${name}: ${result.ok ? '' : result.error}`).toBe(true);
      expect(lastLog().at, name).toBe(at);
      expect(lastLog().by, name).toBe(ADA.id);
    }
    expect(selectSection(board.doc, target.sectionId)?.timer?.startedAt).toBe(at);
    performAction(ACTIONS.registerMember, ada, undefined, undefined);
    expect(selectMembers(board.doc).find((m) => m.id === ADA.id)?.lastSeen).toBe(at);
  });

  it('moves sections up and down by agenda position, unavailable at the ends', () => {
    board = actionBoard();
    const ada = board.ctx(ADA);
    const [first, second, , last] = board.sections;
    expect(ACTIONS.moveSectionUp.available(ada, { sectionId: first! })).toEqual({ ok: false, reason: 'Already first on the agenda' });
    expect(ACTIONS.moveSectionDown.available(ada, { sectionId: last! })).toEqual({ ok: false, reason: 'Already last on the agenda' });
    expect(ACTIONS.moveSectionUp.label(ada, { sectionId: second! })).toBe(`Move ${board.store.getSectionTitle(second!)} up`);
    expect(performAction(ACTIONS.moveSectionUp, ada, { sectionId: second! }, undefined).ok).toBe(true);
    expect(board.store.getSectionIds().slice(0, 2)).toEqual([second, first]);
    expect(performAction(ACTIONS.moveSectionDown, ada, { sectionId: second! }, undefined).ok).toBe(true);
    expect(board.store.getSectionIds()).toEqual(board.sections);
  });

  it('reports a removed section instead of writing', () => {
    board = actionBoard();
    const target = { sectionId: board.sections[1]! };
    performAction(ACTIONS.removeSection, board.ctx(GRACE), target, undefined);
    expect(ACTIONS.renameSection.available(board.ctx(ADA), target)).toEqual({ ok: false, reason: 'This section has been removed' });
  });
});

describe('undo and redo', () => {
  it('are available only with something to revert, name it, and answer to Ctrl/Cmd+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
    board = actionBoard();
    const ada = board.ctx(ADA);
    expect(ACTIONS.undo.available(ada, undefined)).toEqual({ ok: false, reason: 'Nothing to undo' });
    performAction(ACTIONS.renameSection, ada, { sectionId: board.sections[0]! }, { title: 'Why, really' });
    expect(ACTIONS.undo.available(ada, undefined)).toEqual({ ok: true });
    expect(ACTIONS.undo.label(ada, undefined)).toBe('Undo renaming a section');
    expect(performAction(ACTIONS.undo, ada, undefined, undefined).ok).toBe(true);
    expect(board.store.getSectionTitle(board.sections[0]!)).toBe('Why we are here');
    expect(ACTIONS.redo.label(ada, undefined)).toBe('Redo renaming a section');
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect(ACTIONS.undo.keyTest!(key('z', { ctrlKey: true }))).toBe(true);
    expect(ACTIONS.undo.keyTest!(key('z', { metaKey: true }))).toBe(true);
    expect(ACTIONS.undo.keyTest!(key('z'))).toBe(false);
    expect(ACTIONS.undo.keyTest!(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(ACTIONS.redo.keyTest!(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(ACTIONS.redo.keyTest!(key('y', { ctrlKey: true }))).toBe(true);
    expect(ACTIONS.redo.keyTest!(key('y', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
