import { addCard, createBoard, purposeText, selectBrainstormSettings, selectSections, setPhase, upsertMember } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ActivityStore, documentActivity } from './ActivityStore.js';

const ADA = 'member-ada';
const GRACE = 'member-grace';
const LIVE = { relay: 'live' };
const CATCH_UP = { relay: 'catch-up' };

/** Waits until the store reports a change (its re-read is coalesced). */
const changed = (store: ActivityStore) => new Promise<void>((resolve) => { const stop = store.subscribe(() => { stop(); resolve(); }); });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function setup() {
  const mine = new Y.Doc();
  createBoard(mine, { title: 'Retro', template: 'retrospective', at: 1_000 });
  for (const id of [ADA, GRACE]) upsertMember(mine, { id, name: id, color: '#336699', at: 1_000 });
  const [purpose, brainstorm] = selectSections(mine).map((s) => s.id) as [string, string];
  setPhase(mine, { sectionId: brainstorm, by: ADA, at: 2_000, phase: 'reveal' });
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  const column = selectBrainstormSettings(mine, brainstorm)!.columns[0]!.id;
  let now = 50_000;
  const store = new ActivityStore(mine, { isLocal: (o) => o !== LIVE && o !== CATCH_UP, isLive: (o) => o === LIVE, now: () => now, delayMs: 0 });
  return { mine, theirs, store, purpose, brainstorm, column, setNow: (t: number) => { now = t; } };
}

describe('ActivityStore: a board\'s last activity', () => {
  it('starts at the newest time the document holds (the log and members\' visits), read when the page is idle', async () => {
    const { store, mine } = setup();
    expect(store.get()).toBeNull();
    await changed(store);
    expect(store.get()).toBe(2_000);
    expect(documentActivity(new Y.Doc())).toBeNull();
    expect(documentActivity(mine)).toBe(2_000);
  });

  it('moves to the time of a card that arrives in a catch-up sync (no log record), not to the arrival', async () => {
    const { store, mine, theirs, brainstorm, column } = setup();
    expect(addCard(theirs, { sectionId: brainstorm, by: GRACE, at: 9_000, column, text: 'Written offline' }).ok).toBe(true);
    const next = changed(store);
    deliverFrom(theirs, mine, CATCH_UP);
    await next;
    expect(store.get()).toBe(9_000);
  });

  it('counts a card added on this device, and a live remote change, at the moment this device saw it', async () => {
    const { store, mine, theirs, brainstorm, column, setNow } = setup();
    let next = changed(store);
    expect(addCard(mine, { sectionId: brainstorm, by: ADA, at: 40_000, column, text: 'Mine' }).ok).toBe(true);
    await next;
    expect(store.get()).toBe(50_000); // now (the card's own time is earlier)
    setNow(60_000);
    addCard(theirs, { sectionId: brainstorm, by: GRACE, at: 59_000, column, text: 'Theirs' });
    next = changed(store);
    deliverFrom(theirs, mine, LIVE);
    await next;
    expect(store.get()).toBe(60_000);
  });

  it('counts text typed here (which keeps no time) but not untimed text arriving in a catch-up', async () => {
    const { store, mine, theirs, purpose, setNow } = setup();
    setNow(70_000);
    const next = changed(store);
    purposeText(mine, purpose, 'statement')!.insert(0, 'We are here to ');
    await next;
    expect(store.get()).toBe(70_000);
    setNow(80_000);
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    purposeText(theirs, purpose, 'statement')!.insert(0, 'Offline: ');
    deliverFrom(theirs, mine, CATCH_UP);
    await settle();
    expect(store.get()).toBe(70_000);
  });

  it('stops listening when destroyed', async () => {
    const { store, mine, brainstorm, column } = setup();
    await changed(store);
    store.destroy();
    addCard(mine, { sectionId: brainstorm, by: ADA, at: 90_000, column, text: 'After' });
    await settle();
    expect(store.get()).toBe(2_000);
  });
});

/** Applies the changes of `from` that `to` lacks, with `origin` (as the relay's provider would). */
function deliverFrom(from: Y.Doc, to: Y.Doc, origin: unknown): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), origin);
}
