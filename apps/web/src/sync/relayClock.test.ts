import { describe, expect, it } from 'vitest';
import { RelayClock, sampleRelayClock } from './relayClock.js';

/** A fake device clock and relay: each request takes `delays[i]` ms each way, relay is `skew` ahead. */
function fakeNetwork(skew: number, delays: number[], answers?: (unknown | Error)[]) {
  let local = 1_000_000;
  let i = 0;
  const localNow = () => local;
  const fetchTime = async () => {
    const index = i++;
    const delay = delays[index % delays.length] ?? 0;
    local += delay;
    const answer = answers?.[index];
    const relayNow = local + skew;
    local += delay;
    if (answer instanceof Error) throw answer;
    return answer === undefined ? relayNow : answer;
  };
  return { localNow, fetchTime, calls: () => i };
}

describe('sampleRelayClock', () => {
  it('records send, relay and receive times per round trip', async () => {
    const net = fakeNetwork(90_000, [10]);
    const samples = await sampleRelayClock(net.fetchTime, net.localNow, 3);
    expect(samples).toHaveLength(3);
    expect(samples[0]).toEqual({ sentAt: 1_000_000, serverNow: 1_000_010 + 90_000, receivedAt: 1_000_020 });
  });

  it('skips failed requests and answers that are not a finite number', async () => {
    const net = fakeNetwork(0, [5], [new Error('offline'), 'soon', Number.NaN, null, undefined]);
    const samples = await sampleRelayClock(net.fetchTime, net.localNow, 5);
    expect(net.calls()).toBe(5);
    expect(samples).toHaveLength(1);
  });
});

describe('RelayClock', () => {
  it('corrects a device clock 90 s behind the relay, trusting the fastest round trip', async () => {
    // Round trips of 400, 20 and 300 ms: only the 20 ms one gives the offset within 10 ms.
    const net = fakeNetwork(-90_000, [200, 10, 150]);
    const clock = new RelayClock({ fetchTime: net.fetchTime, localNow: net.localNow, samplesPerRound: 3 });
    expect(clock.synced).toBe(false);
    expect(clock.now()).toBe(net.localNow());
    await clock.sync();
    expect(clock.synced).toBe(true);
    expect(clock.offsetMs).toBe(-90_000);
    expect(clock.now()).toBe(net.localNow() - 90_000);
  });

  it('keeps the last good offset when a later round fails entirely', async () => {
    let fail = false;
    const net = fakeNetwork(42_000, [5]);
    const clock = new RelayClock({
      fetchTime: () => (fail ? Promise.reject(new Error('relay down')) : net.fetchTime()),
      localNow: net.localNow,
      samplesPerRound: 2,
    });
    await clock.sync();
    fail = true;
    await clock.sync();
    expect(clock.offsetMs).toBe(42_000);
  });

  it('reads the device clock while the relay never answered', async () => {
    const net = fakeNetwork(5_000, [5], [new Error('x'), new Error('y')]);
    const clock = new RelayClock({ fetchTime: net.fetchTime, localNow: net.localNow, samplesPerRound: 2 });
    await expect(clock.sync()).resolves.toBeNull();
    expect(clock.offsetMs).toBe(0);
  });

  it('ignores a round that finishes after stop()', async () => {
    const net = fakeNetwork(7_000, [5]);
    const clock = new RelayClock({ fetchTime: net.fetchTime, localNow: net.localNow, samplesPerRound: 1 });
    const round = clock.sync();
    clock.stop();
    await round;
    expect(clock.synced).toBe(false);
  });
});
