import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, CloseCode, closeCodeSpec, closePolicy, finalCloseMessage, shouldRetryClose, type CloseCodeSpec } from './closeCodes.js';

const rows = Object.entries(CLOSE_CODES) as [string, CloseCodeSpec][];

describe('the close-code table', () => {
  it('gives every code one name', () => {
    const codes = rows.map(([, spec]) => spec.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [name, spec] of rows) expect(closeCodeSpec(spec.code)?.name).toBe(name);
  });

  it('agrees with the stock y-websocket client: final exactly for 4400-4499', () => {
    for (const [name, spec] of rows) {
      const stockRetries = !(spec.code >= 4400 && spec.code < 4500);
      expect({ name, retry: spec.policy === 'retry' }).toEqual({ name, retry: stockRetries });
    }
  });

  it('gives every final code a sentence for the person, and no retry code one', () => {
    for (const [name, spec] of rows) {
      if (spec.policy === 'final') expect(spec.message?.length ?? 0, name).toBeGreaterThan(20);
      else expect(spec.message, name).toBeUndefined();
    }
  });

  it('stops on a board over its size limit and says why', () => {
    expect(CloseCode.boardTooLarge).toBe(4413);
    expect(shouldRetryClose(4413)).toBe(false);
    expect(finalCloseMessage(4413)).toMatch(/^This board is over its size limit/);
  });

  it('stops on a deleted board and says so (the stock client stops too: 44xx)', () => {
    expect(CloseCode.boardDeleted).toBe(4410);
    expect(shouldRetryClose(4410)).toBe(false);
    expect(finalCloseMessage(4410)).toBe('This board was deleted. Its content is no longer on the server.');
  });

  it('retries a rate-limited, slow, restarting or failing relay and says nothing', () => {
    expect(CloseCode.rateLimited).toBe(4529);
    for (const code of [CloseCode.rateLimited, CloseCode.slowReader, CloseCode.unavailable, CloseCode.goingAway, CloseCode.storeFailed, CloseCode.messageTooBig, 1006]) {
      expect(shouldRetryClose(code)).toBe(true);
      expect(finalCloseMessage(code)).toBeNull();
    }
  });

  it('follows the y-websocket convention for codes outside the table', () => {
    expect(closeCodeSpec(4429)).toBeNull();
    expect(closePolicy(4429)).toBe('final');
    expect(finalCloseMessage(4429)).toMatch(/syncing has stopped/);
    expect(closePolicy(4599)).toBe('retry');
    expect(closePolicy(1000)).toBe('retry');
  });
});
