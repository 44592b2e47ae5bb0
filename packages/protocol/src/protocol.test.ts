import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseClientMessage } from './protocol.js';

describe('parseClientMessage', () => {
  it('reads what the encoders write', () => {
    const payload = new Uint8Array([1, 2, 3]);
    expect(parseClientMessage(encodeSyncStep1(payload))).toEqual({ type: 'syncStep1', stateVector: payload });
    expect(parseClientMessage(encodeSyncStep2(payload))).toEqual({ type: 'update', update: payload });
    expect(parseClientMessage(encodeUpdate(payload))).toEqual({ type: 'update', update: payload });
    expect(parseClientMessage(encodeAwareness(payload))).toEqual({ type: 'awareness', update: payload });
    expect(parseClientMessage(new Uint8Array([3]))).toEqual({ type: 'queryAwareness' });
  });

  it('rejects frames that are not exactly one message', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 10);
    encoding.writeUint8(e, 1);
    const truncated = encoding.toUint8Array(e);
    // A view into a larger buffer must not let a length run past the frame into other bytes.
    const backing = new Uint8Array(64);
    backing.set(truncated);
    for (const frame of [new Uint8Array(0), new Uint8Array([7]), new Uint8Array([2, 0]), new Uint8Array([0, 5, 0]), truncated, backing.subarray(0, truncated.length), new Uint8Array([3, 3])]) {
      expect(parseClientMessage(frame)).toBeNull();
    }
  });
});
