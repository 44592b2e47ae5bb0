import { describe, expect, it } from 'vitest';
import { encodeAwarenessUpdate } from './awarenessUpdate.js';

describe('encodeAwarenessUpdate', () => {
  it('writes count, client id, clock and JSON state as varints and a varstring', () => {
    const bytes = encodeAwarenessUpdate([{ clientId: 300, clock: 2, state: { a: 1 } }]);
    // 1 entry; 300 = 0xac 0x02 as a varuint; clock 2; '{"a":1}' is 7 bytes.
    expect([...bytes]).toEqual([1, 0xac, 0x02, 2, 7, ...Array.from('{"a":1}', (c) => c.charCodeAt(0))]);
  });
});
