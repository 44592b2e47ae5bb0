/**
 * Hostile frames against a relay process: at least 100,000 (1,000,000 with
 * RELIABILITY_FULL=1) of random bytes, truncated varints, huge length prefixes, garbage Yjs
 * updates, awareness with bad JSON or someone else's client id, unknown message types and text
 * frames, over real sockets. The relay never crashes, every fatal frame closes only its own
 * connection with 4400, and two neighbours on the same board keep syncing with their presence intact.
 */
import { upsertMember, selectMembers } from '@roundtable/model';
import { CloseCode, encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connect, createBoardVia, removeDir, tempDir, waitFor } from '../test/harness.js';
import { spawnRelay } from '../test/process.js';
import { sized } from './scale.js';

const FRAMES = Number(process.env.RELIABILITY_HOSTILE_FRAMES) || sized(100_000, 1_000_000);
/** Frames per hostile connection: harmless-looking but foreign presence first, one fatal frame last. */
const PER_CONNECTION = 50;
const CONCURRENT = 40;

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bytesOf(random: () => number, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
}

function build(...parts: ((e: encoding.Encoder) => void)[]): Uint8Array {
  const e = encoding.createEncoder();
  for (const part of parts) part(e);
  return encoding.toUint8Array(e);
}

/** One fatal frame of a random kind (binary unless it is a text frame). */
function fatalFrame(random: () => number): { data: Uint8Array | string; kind: string } {
  const kinds = [
    () => ({ kind: 'random bytes', data: bytesOf(random, 1 + Math.floor(random() * 300)) }),
    () => ({ kind: 'truncated varint', data: Uint8Array.from([0, 2, 0x80 | Math.floor(random() * 128)]) }),
    () => ({ kind: 'huge length prefix', data: Uint8Array.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, ...bytesOf(random, 8)]) }),
    () => ({ kind: 'garbage Yjs update', data: build((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint8Array(e, bytesOf(random, 2 + Math.floor(random() * 64)))) }),
    () => ({ kind: 'awareness with bad JSON', data: build((e) => encoding.writeVarUint(e, 1), (e) => encoding.writeVarUint8Array(e, build((u) => encoding.writeVarUint(u, 1), (u) => encoding.writeVarUint(u, 7 + Math.floor(random() * 1e6)), (u) => encoding.writeVarUint(u, 1), (u) => encoding.writeVarString(u, '{"user": {"name": ')))) }),
    () => ({ kind: 'unknown message type', data: Uint8Array.from([4 + Math.floor(random() * 120), ...bytesOf(random, 6)]) }),
    () => ({ kind: 'text frame', data: 'hello relay' }),
  ];
  return (kinds[Math.floor(random() * kinds.length)] as () => { data: Uint8Array | string; kind: string })();
}

describe('hostile frames', () => {
  it(`${FRAMES.toLocaleString('en')} hostile frames: no crash, each fatal one closes only its connection, neighbours unaffected`, async () => {
    const dir = tempDir();
    const relay = await spawnRelay(dir, { ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE: '10000000', ROUNDTABLE_RATE_LIMIT: '100000' });
    const board = await createBoardVia(relay.url, 'Under attack');
    const alice = connect(relay.wsUrl, board.boardId, board.editToken);
    const bob = connect(relay.wsUrl, board.boardId, board.editToken);
    const url = `${relay.wsUrl}/${board.boardId}?token=${board.editToken}`;
    try {
      await waitFor('neighbours synced', () => alice.synced && bob.synced, 60_000);
      alice.awareness.setLocalStateField('user', { memberId: 'm-alice', name: 'Alice', color: '#aa3300' });
      await waitFor('Bob sees Alice', () => bob.awareness.getStates().has(alice.awareness.clientID), 60_000);
      const foreign = encodeAwareness(encodeAwarenessUpdate([{ clientId: alice.awareness.clientID, clock: 1e6, state: { user: { memberId: 'm-alice', name: 'Mallory', color: '#000000' } } }]));

      const random = prng(20261122);
      const codes = new Map<number, number>();
      const kindsSeen = new Set<string>();
      let sent = 0;
      let neighbourEdits = 0;
      const attack = async (): Promise<void> => {
        const ws = new WebSocket(url, { perMessageDeflate: false });
        const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
        ws.on('error', () => undefined);
        await new Promise<void>((resolve, reject) => {
          ws.once('open', () => resolve());
          ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
          ws.once('close', (code) => reject(new Error(`closed before opening: ${code}`)));
        });
        for (let i = 0; i < PER_CONNECTION - 1; i++) ws.send(foreign);
        const fatal = fatalFrame(random);
        kindsSeen.add(fatal.kind);
        ws.send(fatal.data, { binary: typeof fatal.data !== 'string' });
        sent += PER_CONNECTION;
        // A garbage update Yjs happens to accept leaves the connection open: end it ourselves.
        const timer = setTimeout(() => ws.close(1000), 5000);
        const code = await closed;
        clearTimeout(timer);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      };
      while (sent < FRAMES) {
        await Promise.all(Array.from({ length: CONCURRENT }, attack));
        // The neighbours keep editing and seeing each other's edits throughout.
        const id = `neighbour-${neighbourEdits++}`;
        upsertMember(alice.doc, { id, name: id, color: '#336699', at: Date.now() });
        await waitFor(`Bob sees ${id}`, () => selectMembers(bob.doc).some((m) => m.id === id), 60_000);
      }

      expect(relay.child.exitCode).toBeNull();
      expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
      expect(kindsSeen.size).toBe(7);
      // Every hostile connection ended with 4400, or was still open after a garbage update Yjs accepted (closed by us: 1000).
      expect([...codes.keys()].filter((c) => c !== CloseCode.malformed && c !== 1000)).toEqual([]);
      expect(codes.get(CloseCode.malformed) ?? 0).toBeGreaterThan((FRAMES / PER_CONNECTION) * 0.8);
      // Presence: no foreign frame changed Alice's.
      expect((bob.awareness.getStates().get(alice.awareness.clientID) as { user?: { name?: string } } | undefined)?.user?.name).toBe('Alice');
      expect(alice.wsconnected && bob.wsconnected).toBe(true);
    } finally {
      alice.destroy();
      bob.destroy();
      relay.child.kill('SIGKILL');
      await relay.exited;
      removeDir(dir);
    }
  });
});
