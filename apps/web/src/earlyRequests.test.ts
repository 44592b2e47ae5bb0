import { describe, expect, it } from 'vitest';
import { EarlyRequests } from './earlyRequests.js';

describe('requests started before the app needs them', () => {
  it('starts one request per key, reads its answer without waiting once it has one, and hands it over once', async () => {
    const requests = new EarlyRequests<string>();
    let calls = 0;
    let answer!: (value: string) => void;
    const request = () => {
      calls += 1;
      return new Promise<string>((resolve) => (answer = resolve));
    };
    requests.start('board', request);
    requests.start('board', request);
    expect(calls).toBe(1);
    expect(requests.peek('board')?.settled).toBe(false);
    answer('state');
    await requests.peek('board')?.promise;
    const entry = requests.peek('board');
    expect(entry?.settled && entry.answer).toBe('state');
    expect(requests.take('board')?.settled).toBe(true);
    expect(requests.take('board')).toBeUndefined();
    expect(requests.peek('other')).toBeUndefined();
  });

  it('leaves a failed request unsettled and its failure to the one who takes it (no unhandled rejection)', async () => {
    const requests = new EarlyRequests<string>();
    let fail!: (error: Error) => void;
    requests.start('board', () => new Promise<string>((_, reject) => (fail = reject)));
    const taken = requests.take('board');
    fail(new Error('offline'));
    await expect(taken?.promise).rejects.toThrow('offline');
    expect(taken?.settled).toBe(false);
  });
});
