/** What the home page remembers of a board's activity: its last activity and who was there. Pure. */
import type { LogEntry, MemberView } from '@roundtable/model';
import { MAX_PEOPLE, type RecentPerson } from './storage/recentBoards.js';

/** The recent-boards fields that describe activity. */
export interface RecentActivity {
  activityAt?: number;
  people: RecentPerson[];
  memberCount: number;
}

/**
 * Newest of the log's times, the members' visits and `activityAt` (the board's last activity as
 * `store/ActivityStore.ts` reads it: cards, votes, commitments… which write no log record);
 * people most recently seen first.
 */
export function recentActivity(log: readonly LogEntry[], members: readonly MemberView[], activityAt: number | null = null): RecentActivity {
  let latest = activityAt ?? -Infinity;
  for (const entry of log) if (entry.at > latest) latest = entry.at;
  for (const m of members) if (m.lastSeen !== null && m.lastSeen > latest) latest = m.lastSeen;
  const people = [...members]
    .sort((a, b) => (b.lastSeen ?? b.firstSeen ?? 0) - (a.lastSeen ?? a.firstSeen ?? 0) || a.name.localeCompare(b.name))
    .slice(0, MAX_PEOPLE)
    .map((m) => ({ name: m.name, color: m.color }));
  return { ...(Number.isFinite(latest) ? { activityAt: latest } : {}), people, memberCount: members.length };
}
