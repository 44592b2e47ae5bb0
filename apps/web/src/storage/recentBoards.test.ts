import { describe, expect, it } from 'vitest';
import { loadMember, saveMember, initials, MEMBER_KEY } from './member.js';
import { findRecentBoard, forgetBoard, listRecentBoards, rememberBoard, RECENT_KEY } from './recentBoards.js';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('recent boards', () => {
  it('remembers boards newest first with their tokens, never downgrading an edit entry', () => {
    const s = memoryStorage();
    rememberBoard(s, { boardId: 'b1', title: 'One', role: 'edit', editToken: 'e1', viewToken: 'v1', openedAt: 1 });
    rememberBoard(s, { boardId: 'b2', title: 'Two', role: 'view', viewToken: 'v2', openedAt: 2 });
    rememberBoard(s, { boardId: 'b1', role: 'view', openedAt: 3 });
    expect(listRecentBoards(s).map((b) => b.boardId)).toEqual(['b1', 'b2']);
    expect(findRecentBoard(s, 'b1')).toMatchObject({ title: 'One', role: 'edit', editToken: 'e1', viewToken: 'v1' });
    expect(forgetBoard(s, 'b1').map((b) => b.boardId)).toEqual(['b2']);
  });

  it('keeps the last activity and who was there, dropping malformed people', () => {
    const s = memoryStorage();
    rememberBoard(s, { boardId: 'b1', title: 'One', role: 'edit', openedAt: 1, activityAt: 50, memberCount: 3, people: [{ name: 'Ada', color: '#336699' }] });
    expect(findRecentBoard(s, 'b1')).toMatchObject({ activityAt: 50, memberCount: 3, people: [{ name: 'Ada', color: '#336699' }] });
    s.setItem(RECENT_KEY, JSON.stringify([{ boardId: 'b2', role: 'view', openedAt: 1, activityAt: 'soon', memberCount: -1, people: [{ name: 'Ok', color: '#123456' }, { name: 5, color: '#123456' }, { name: 'Bad', color: 'red' }] }]));
    const entry = findRecentBoard(s, 'b2');
    expect(entry?.people).toEqual([{ name: 'Ok', color: '#123456' }]);
    expect(entry?.activityAt).toBeUndefined();
    expect(entry?.memberCount).toBeUndefined();
  });

  it('survives junk in storage', () => {
    const s = memoryStorage();
    s.setItem(RECENT_KEY, '{not json');
    expect(listRecentBoards(s)).toEqual([]);
    s.setItem(RECENT_KEY, JSON.stringify([{ boardId: 'x' }, 5, { boardId: 'ok', role: 'view', openedAt: 1 }]));
    expect(listRecentBoards(s).map((b) => b.boardId)).toEqual(['ok']);
    expect(listRecentBoards(null)).toEqual([]);
  });
});

describe('device member', () => {
  it('keeps its id across renames and rejects invalid stored data', () => {
    const s = memoryStorage();
    expect(loadMember(s)).toBeNull();
    const first = saveMember(s, '  Ada   Lovelace ', '#6366f1');
    expect(first.name).toBe('Ada Lovelace');
    const second = saveMember(s, 'Ada L.', '#ef4444');
    expect(second.id).toBe(first.id);
    expect(loadMember(s)).toEqual(second);
    s.setItem(MEMBER_KEY, JSON.stringify({ id: 'no', name: 'x', color: '#fff' }));
    expect(loadMember(s)).toBeNull();
    expect(initials('Grace Brewster Hopper')).toBe('GH');
  });
});
