import { describe, expect, it } from 'vitest';
import { INITIAL_STATUS, afterLocalChange, afterSync, badgeFor } from './connectionStatus.js';
import { problemForClose } from './closeCodes.js';

describe('connection status', () => {
  it('says Syncing… before the first sync and Online after it', () => {
    expect(badgeFor(INITIAL_STATUS)).toEqual({ kind: 'syncing', label: 'Syncing…' });
    expect(badgeFor(afterSync({ ...INITIAL_STATUS, connected: true }, true))).toEqual({ kind: 'online', label: 'Online' });
  });

  it('counts local changes made offline and resets them when a sync completes', () => {
    let s = { ...INITIAL_STATUS, offline: true };
    expect(badgeFor(s).label).toBe('Offline');
    s = afterLocalChange(s);
    expect(badgeFor(s).label).toBe('Offline · 1 unsynced change');
    s = afterLocalChange(afterLocalChange(s));
    expect(badgeFor(s).label).toBe('Offline · 3 unsynced changes');
    s = afterSync({ ...s, connected: true }, true);
    expect(s.unsynced).toBe(0);
    expect(badgeFor(s).kind).toBe('online');
  });

  it('does not count a change that goes straight to a synced relay', () => {
    const online = afterSync({ ...INITIAL_STATUS, connected: true }, true);
    expect(afterLocalChange(online)).toBe(online);
  });

  it('stops reconnecting only for token and unknown-board close codes', () => {
    expect(problemForClose(4401)).toBe('bad-token');
    expect(problemForClose(4403)).toBe('forbidden');
    expect(problemForClose(4404)).toBe('not-found');
    for (const code of [1001, 1006, 4400, 4413, 4429]) expect(problemForClose(code)).toBeNull();
  });
});
