import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseClientMessage } from './protocol.js';
import { encodeQueryAwareness, parseServerMessage } from './serverMessages.js';

describe('parseServerMessage', () => {
  it('reads what a server writes, telling step 2 from a live update', () => {
    const payload = new Uint8Array([4, 5, 6]);
    expect(parseServerMessage(encodeSyncStep1(payload))).toEqual({ type: 'syncStep1', stateVector: payload });
    expect(parseServerMessage(encodeSyncStep2(payload))).toEqual({ type: 'syncStep2', update: payload });
    expect(parseServerMessage(encodeUpdate(payload))).toEqual({ type: 'update', update: payload });
    expect(parseServerMessage(encodeAwareness(payload))).toEqual({ type: 'awareness', update: payload });
    expect(parseServerMessage(encodeQueryAwareness())).toEqual({ type: 'queryAwareness' });
    expect(parseClientMessage(encodeQueryAwareness())).toEqual({ type: 'queryAwareness' });
  });

  it('reads an auth denial and rejects malformed frames', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, 'no');
    expect(parseServerMessage(encoding.toUint8Array(e))).toEqual({ type: 'authDenied', reason: 'no' });
    for (const frame of [new Uint8Array(0), new Uint8Array([9]), new Uint8Array([0, 7, 0]), new Uint8Array([0, 2, 5, 1]), new Uint8Array([3, 0])]) {
      expect(parseServerMessage(frame)).toBeNull();
    }
  });
});
