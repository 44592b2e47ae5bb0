/**
 * Boards opened on this device, newest first, with the tokens that open them
 * (`roundtable.recentBoards`). This list is the only place the device keeps tokens.
 */
import { readJson, writeJson } from './localJson.js';

/** Access a token grants. */
export type Role = 'edit' | 'view';

/** Someone who was on a remembered board (for the home page's avatars). */
export interface RecentPerson {
  name: string;
  color: string;
}

/** One remembered board. */
export interface RecentBoard {
  boardId: string;
  title: string;
  role: Role;
  editToken?: string;
  viewToken?: string;
  /** When this device last opened it (device clock). */
  openedAt: number;
  /** The board's last activity as of the last visit: newest log record or member visit (relay time). */
  activityAt?: number;
  /** Who was there, most recently seen first (at most MAX_PEOPLE). */
  people?: RecentPerson[];
  /** How many members the board had. */
  memberCount?: number;
}

/** How many people an entry keeps. */
export const MAX_PEOPLE = 6;

const COLOR = /^#[0-9a-fA-F]{6}$/;

function parsePeople(value: unknown): RecentPerson[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .filter((p): p is { name: string; color: string } => typeof p === 'object' && p !== null && typeof p.name === 'string' && typeof p.color === 'string' && COLOR.test(p.color))
    .slice(0, MAX_PEOPLE)
    .map((p) => ({ name: p.name.slice(0, 60), color: p.color }));
}

/** localStorage key of the recent-boards list. */
export const RECENT_KEY = 'roundtable.recentBoards';
const MAX_RECENT = 30;

function parseEntry(value: unknown): RecentBoard | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.boardId !== 'string' || typeof r.openedAt !== 'number') return null;
  if (r.role !== 'edit' && r.role !== 'view') return null;
  const entry: RecentBoard = {
    boardId: r.boardId,
    title: typeof r.title === 'string' ? r.title : 'Untitled board',
    role: r.role,
    openedAt: r.openedAt,
  };
  if (typeof r.editToken === 'string') entry.editToken = r.editToken;
  if (typeof r.viewToken === 'string') entry.viewToken = r.viewToken;
  if (typeof r.activityAt === 'number' && Number.isFinite(r.activityAt)) entry.activityAt = r.activityAt;
  const people = parsePeople(r.people);
  if (people) entry.people = people;
  if (typeof r.memberCount === 'number' && Number.isInteger(r.memberCount) && r.memberCount >= 0) entry.memberCount = r.memberCount;
  return entry;
}

/** The remembered boards, newest first; invalid entries are dropped. */
export function listRecentBoards(storage: Storage | null): RecentBoard[] {
  const value = readJson(storage, RECENT_KEY);
  if (!Array.isArray(value)) return [];
  return value
    .map(parseEntry)
    .filter((e): e is RecentBoard => e !== null)
    .sort((a, b) => b.openedAt - a.openedAt);
}

/** The entry for `boardId`, if remembered. */
export function findRecentBoard(storage: Storage | null, boardId: string): RecentBoard | null {
  return listRecentBoards(storage).find((b) => b.boardId === boardId) ?? null;
}

/**
 * Merges `patch` into the board's entry (creating it), moves it to the top and saves.
 * An edit role is never downgraded by a later visit with the view link.
 */
export function rememberBoard(
  storage: Storage | null,
  patch: Partial<RecentBoard> & { boardId: string },
): RecentBoard[] {
  const list = listRecentBoards(storage);
  const previous = list.find((b) => b.boardId === patch.boardId);
  const merged: RecentBoard = {
    title: 'Untitled board',
    role: 'view',
    ...previous,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    openedAt: patch.openedAt ?? Date.now(),
  } as RecentBoard;
  if (previous?.role === 'edit' || merged.editToken) merged.role = 'edit';
  const next = [merged, ...list.filter((b) => b.boardId !== patch.boardId)].slice(0, MAX_RECENT);
  writeJson(storage, RECENT_KEY, next);
  return next;
}

/** Forgets a board on this device (the board itself is untouched). */
export function forgetBoard(storage: Storage | null, boardId: string): RecentBoard[] {
  const next = listRecentBoards(storage).filter((b) => b.boardId !== boardId);
  writeJson(storage, RECENT_KEY, next);
  return next;
}
