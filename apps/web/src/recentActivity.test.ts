import type { LogEntry, MemberView } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { recentActivity } from './recentActivity.js';

const member = (id: string, name: string, lastSeen: number | null): MemberView => ({ id, name, color: '#336699', firstSeen: 1, lastSeen });
const entry = (at: number): LogEntry => ({ id: `l${at}`, at, by: null, type: 'board.created' });

describe('recentActivity', () => {
  it('takes the newest log record or visit, and lists people most recently seen first', () => {
    const result = recentActivity([entry(10), entry(40)], [member('a', 'Ada', 30), member('g', 'Grace', 50), member('k', 'Kim', null)]);
    expect(result).toEqual({ activityAt: 50, people: [{ name: 'Grace', color: '#336699' }, { name: 'Ada', color: '#336699' }, { name: 'Kim', color: '#336699' }], memberCount: 3 });
  });

  it('takes a later activity the log does not hold (a card added writes no log record)', () => {
    expect(recentActivity([entry(10)], [member('a', 'Ada', 30)], 90).activityAt).toBe(90);
    expect(recentActivity([entry(10)], [member('a', 'Ada', 30)], 20).activityAt).toBe(30);
    expect(recentActivity([], [], 5).activityAt).toBe(5);
  });

  it('keeps at most six people and no time for an empty board', () => {
    const many = Array.from({ length: 9 }, (_, i) => member(`m${i}`, `Member ${i}`, i));
    const result = recentActivity([], many);
    expect(result.people).toHaveLength(6);
    expect(result.memberCount).toBe(9);
    expect(recentActivity([], []).activityAt).toBeUndefined();
  });
});
