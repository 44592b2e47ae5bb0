import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import { connect, rawClient, startTestRelay, synced, waitFor, type Board, type TestRelay } from './harness.js';

let relay: TestRelay;
let board: Board;
beforeAll(async () => {
  relay = await startTestRelay();
  board = await relay.createBoard('Presence');
});
afterAll(() => relay.close());

describe('awareness (presence)', () => {
  it("relays presence, and a closed client's presence disappears from the others", async () => {
    const a = connect(relay.wsUrl, board.boardId, board.editToken);
    const b = connect(relay.wsUrl, board.boardId, board.viewToken);
    try {
      await Promise.all([synced(a), synced(b)]);
      a.awareness.setLocalStateField('user', { name: 'Ada', color: '#ff5500' });
      b.awareness.setLocalStateField('user', { name: 'Viewer Bo', color: '#0055ff' });
      await waitFor('A sees B', () => (a.awareness.getStates().get(b.awareness.clientID) as { user?: { name: string } } | undefined)?.user?.name === 'Viewer Bo');
      await waitFor('B sees A', () => b.awareness.getStates().has(a.awareness.clientID));

      // B's socket goes away without B saying goodbye (as when a laptop lid closes).
      b.ws?.close();
      b.shouldConnect = false;
      await waitFor('A no longer sees B', () => !a.awareness.getStates().has(b.awareness.clientID), 3000);
      expect([...a.awareness.getStates().keys()]).toEqual([a.awareness.clientID]);
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});

describe('dead peers', () => {
  it('are dropped when they stop answering pings, and their presence goes with them', async () => {
    const fast = await startTestRelay({ ROUNDTABLE_PING_MS: '200' });
    const b = await fast.createBoard('Pings');
    const live = connect(fast.wsUrl, b.boardId, b.editToken);
    // A peer whose network died: it still holds the socket but never answers a ping.
    const dead = connect(fast.wsUrl, b.boardId, b.editToken);
    try {
      await Promise.all([synced(live), synced(dead)]);
      dead.awareness.setLocalStateField('user', { name: 'Gone' });
      await waitFor('live sees the dead peer', () => live.awareness.getStates().has(dead.awareness.clientID));
      const socket = (dead.ws as unknown as { _socket: { pause(): void } })._socket;
      socket.pause();
      await waitFor('dead peer dropped', () => !live.awareness.getStates().has(dead.awareness.clientID), 5000);
    } finally {
      live.destroy();
      dead.destroy();
      await fast.close();
    }
  });
});

describe('presence ownership', () => {
  it('one connection can neither overwrite nor remove presence another connection holds', async () => {
    const owner = connect(relay.wsUrl, board.boardId, board.editToken);
    const watcher = connect(relay.wsUrl, board.boardId, board.viewToken);
    const { ws: attacker } = await rawClient(`${relay.wsUrl}/${board.boardId}?token=${board.editToken}`);
    try {
      await Promise.all([synced(owner), synced(watcher)]);
      owner.awareness.setLocalStateField('user', { memberId: 'm-ada', name: 'Ada', color: '#ff5500' });
      const id = owner.awareness.clientID;
      const nameSeen = () => (watcher.awareness.getStates().get(id) as { user?: { name?: string } } | undefined)?.user?.name;
      await waitFor('the watcher sees Ada', () => nameSeen() === 'Ada');
      // The attacker claims Ada's client id with a far higher clock: a new state, then a removal,
      // and its own presence in the same message (which is allowed).
      attacker.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: id, clock: 1_000, state: { user: { memberId: 'm-ada', name: 'Mallory', color: '#000000' } } }, { clientId: 424242, clock: 1, state: { user: { memberId: 'm-mal', name: 'Mal', color: '#000000' } } }])));
      attacker.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: id, clock: 2_000, state: null }])));
      await waitFor('the watcher sees the attacker’s own presence', () => watcher.awareness.getStates().has(424242));
      expect(nameSeen()).toBe('Ada');
      // The owner's own later change still applies.
      owner.awareness.setLocalStateField('user', { memberId: 'm-ada', name: 'Ada L.', color: '#ff5500' });
      await waitFor('the watcher sees Ada’s own change', () => nameSeen() === 'Ada L.');
    } finally {
      attacker.close();
      owner.destroy();
      watcher.destroy();
    }
  });
});
