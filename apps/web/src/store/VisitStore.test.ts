import { addCard, createBoard, selectBrainstormSettings, selectSections, setPhase, upsertMember } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadLastVisit } from '../storage/lastVisit.js';
import { VisitStore } from './VisitStore.js';

/** An in-memory Storage (the tests run in Node). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const ADA = 'member-ada';
const GRACE = 'member-grace';
const LIVE = { relay: 'live' };
const CATCH_UP = { relay: 'catch-up' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function setup() {
  const mine = new Y.Doc();
  createBoard(mine, { title: 'Retro', template: 'retrospective', at: 1 });
  for (const id of [ADA, GRACE]) upsertMember(mine, { id, name: id, color: '#336699', at: 1 });
  const brainstorm = selectSections(mine)[1]!.id;
  setPhase(mine, { sectionId: brainstorm, by: ADA, at: 2, phase: 'reveal' });
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  const column = selectBrainstormSettings(mine, brainstorm)!.columns[0]!.id;
  const storage = memoryStorage();
  const open = () => new VisitStore(mine, { boardId: 'board0000000001', memberId: ADA, storage, isLive: (o) => o === LIVE, isVisible: () => true, delayMs: 0 });
  /** Their changes since the last delivery reach my document with `origin`. */
  const deliver = (origin: unknown) => Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)), origin);
  const card = (text: string) => addCard(theirs, { sectionId: brainstorm, by: GRACE, at: 5, column, text });
  return { mine, storage, open, deliver, card, brainstorm };
}

describe('VisitStore', () => {
  it('a first visit has no news; the next visit lists what arrived in the catch-up, not what arrived live', async () => {
    const { mine, storage, open, deliver, card } = setup();
    const first = open();
    expect(first.getChanges()).toEqual([]);
    card('Made before my first visit ended');
    deliver(CATCH_UP);
    await tick();
    expect(first.getChanges()).toEqual([]); // no baseline yet: nothing is news on a first visit
    first.save(); // I leave
    first.destroy();
    expect(loadLastVisit(storage, 'board0000000001', ADA)).not.toBeNull();

    const offline = card('Written offline while I was away');
    const second = open();
    deliver(CATCH_UP); // arrives as my device catches up
    await tick();
    expect(second.getChanges().map((c) => [c.kind, c.by, c.detail])).toEqual([['card', GRACE, 'Written offline while I was away']]);
    expect(second.isNew('card', offline.ok ? offline.value : '')).toBe(true);

    card('Added while I watch');
    deliver(LIVE);
    await tick();
    expect(second.getChanges()).toHaveLength(1);

    let notified = 0;
    second.subscribe(() => (notified += 1));
    second.dismiss();
    expect(second.getChanges()).toEqual([]);
    expect(notified).toBe(1);
    expect(Y.decodeStateVector(loadLastVisit(storage, 'board0000000001', ADA)!)).toEqual(Y.decodeStateVector(Y.encodeStateVector(mine)));
    second.destroy();
  });

  it('my own writes on this page are never news', async () => {
    const { mine, open, brainstorm } = setup();
    open().save();
    const store = open();
    const column = selectBrainstormSettings(mine, brainstorm)!.columns[0]!.id;
    expect(addCard(mine, { sectionId: brainstorm, by: ADA, at: 9, column, text: 'Mine' }).ok).toBe(true);
    await tick();
    expect(store.getChanges()).toEqual([]);
  });

  it('a garbage stored visit reads as a first visit', () => {
    const { storage, open } = setup();
    storage.setItem(`roundtable.lastVisit.board0000000001.${ADA}`, '{"sv":"%%%"}');
    expect(open().getChanges()).toEqual([]);
  });
});
