import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpener, createSealer } from '@roundtable/sealing';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardKeys } from './BoardKeys.js';
import { SqliteBoardKeyStore } from './SqliteBoardKeyStore.js';

const SECRET = 'relay-secret-relay-secret-relay-secret-01';
const dirs: string[] = [];
const stores: SqliteBoardKeyStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function keysIn(dir: string, secret = SECRET): BoardKeys {
  const store = new SqliteBoardKeyStore(dir);
  stores.push(store);
  return new BoardKeys(store, secret);
}

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-keys-'));
  dirs.push(dir);
  return dir;
}

/** Every byte the store wrote: the database, its WAL and shared-memory files. */
function storedBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
}

const place = { sectionId: 's1', itemId: 'd1', kind: 'draft' as const };

describe('board keys', () => {
  it('one key pair per board, created on first use and the same on every later use', async () => {
    const keys = keysIn(dataDir());
    const [a, b] = await Promise.all([keys.keyPair('boardAAAA'), keys.keyPair('boardAAAA')]);
    const other = await keys.keyPair('boardBBBB');
    expect(a.ok && b.ok && other.ok).toBe(true);
    if (!a.ok || !b.ok || !other.ok) return;
    expect(a.value.publicKey).toEqual(b.value.publicKey);
    expect(a.value.publicKey).not.toEqual(other.value.publicKey);
  });

  it('the store never holds the secret key in the clear', async () => {
    const dir = dataDir();
    const pair = await keysIn(dir).keyPair('boardAAAA');
    expect(pair.ok).toBe(true);
    if (!pair.ok) return;
    const bytes = storedBytes(dir);
    expect(bytes.includes(Buffer.from(pair.value.publicKey))).toBe(true); // the check can find a key
    expect(bytes.includes(Buffer.from(pair.value.secretKey))).toBe(false);
  });

  it('a relay restarted with the same secret opens what was sealed before; another secret cannot', async () => {
    const dir = dataDir();
    const first = await keysIn(dir).keyPair('boardAAAA');
    if (!first.ok) throw new Error(first.error);
    const sealed = createSealer('boardAAAA', first.value.publicKey)(place, new Uint8Array([1, 2, 3]));
    if (!sealed.ok) throw new Error(sealed.error);

    const again = await keysIn(dir).keyPair('boardAAAA');
    expect(again.ok && createOpener('boardAAAA', again.value.secretKey)(place, sealed.value)).toEqual({ ok: true, value: new Uint8Array([1, 2, 3]) });

    const foreign = await keysIn(dir, 'another-secret-another-secret-another-01').keyPair('boardAAAA');
    expect(foreign).toEqual({ ok: false, error: expect.stringContaining('ROUNDTABLE_SECRET') });
  });

  it("a wrapped key copied onto another board's row does not unwrap there", async () => {
    const dir = dataDir();
    const store = new SqliteBoardKeyStore(dir);
    stores.push(store);
    const keys = new BoardKeys(store, SECRET);
    await keys.keyPair('boardAAAA');
    const stored = await store.load('boardAAAA');
    await store.insertIfAbsent({ ...stored!, boardId: 'boardBBBB' });
    expect(await keysIn(dir).keyPair('boardBBBB')).toEqual({ ok: false, error: expect.stringContaining('does not open') });
  });
});
