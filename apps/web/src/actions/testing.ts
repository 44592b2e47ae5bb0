/**
 * A real board for action tests in plain Node: a Y.Doc with four sections (FOUR_SECTIONS) and
 * two members (Ada, Grace), the real stores over it, and a fake relay clock set far from the
 * device clock, so a test can tell relay-corrected time from `Date.now()`.
 */
import { addSections, createBoard, createUndoManager, upsertMember, type NewSection } from '@roundtable/model';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DeviceMember } from '../storage/member.js';
import type { Role } from '../storage/recentBoards.js';
import { BoardStore } from '../store/BoardStore.js';
import { HistoryStore } from '../store/HistoryStore.js';
import { PresenceStore } from '../store/PresenceStore.js';
import { SealingStore } from '../store/SealingStore.js';
import type { ActionContext } from './types.js';

export const ADA: DeviceMember = { id: 'member-ada', name: 'Ada Lovelace', color: '#6366f1' };
export const GRACE: DeviceMember = { id: 'member-grace', name: 'Grace Hopper', color: '#0ea5e9' };

/** The agenda of the action tests (the retrospective's first shape): purpose, two brainstorms, agreement. */
export const FOUR_SECTIONS: readonly NewSection[] = [
    { kind: 'purpose', title: 'Why we are here' },
    { kind: 'brainstorm', title: 'What went well' },
    { kind: 'brainstorm', title: 'What to improve' },
    { kind: 'agreement', title: 'Actions we commit to' },
  ];

/** The fake relay clock's start: 2023-11-14, days away from any test machine's clock. */
export const RELAY_EPOCH = 1_700_000_000_000;

/** A board, its stores, a fake relay clock and a context factory per member and role. */
export function actionBoard() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Retro', template: 'blank', at: RELAY_EPOCH });
  addSections(doc, { sections: FOUR_SECTIONS, by: null, at: RELAY_EPOCH });
  for (const m of [ADA, GRACE]) upsertMember(doc, { ...m, at: RELAY_EPOCH });
  const clock = { t: RELAY_EPOCH + 60_000, now: () => clock.t };
  const awareness = new Awareness(doc);
  const store = new BoardStore(doc);
  const presence = new PresenceStore(awareness, clock.now);
  const history = new HistoryStore(createUndoManager(doc));
  const sealing = new SealingStore('test-board');
  const ctx = (member: DeviceMember | null, role: Role = 'edit'): ActionContext => ({
    doc,
    role,
    member,
    now: clock.now,
    store,
    presence,
    history,
    sealing,
    relay: { boardId: 'test-board', token: 'test-token' },
  });
  const sections = store.getSectionIds();
  const destroy = () => {
    awareness.destroy();
    presence.destroy();
    history.destroy();
    store.destroy();
  };
  return { doc, clock, awareness, store, presence, history, ctx, sections, destroy };
}
