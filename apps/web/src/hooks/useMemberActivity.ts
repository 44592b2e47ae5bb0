/**
 * Whether a member is here or away, for lead badges and take-over confirmation. "Here" is
 * awareness presence; "away" is the model's `isAway` over the last time anyone saw them:
 * this device's presence memory, else the document's `lastSeen` (written when they opened
 * the board). Re-renders by itself when the away threshold passes.
 */
import { AWAY_AFTER_MS, isAway, type MemberView } from '@roundtable/model';
import { useEffect, useState } from 'react';
import { useBoardContext } from './boardContext.js';
import { useIsPresent } from './usePresence.js';

/** A member's activity as the UI shows it. */
export interface MemberActivity {
  /** On the board right now (awareness). */
  present: boolean;
  /** Gone for longer than AWAY_AFTER_MS (or never seen): anyone may take their lead without asking. */
  away: boolean;
  /** Best known last sign of life (relay-corrected ms, like the document's `lastSeen`), or null. */
  lastSeen: number | null;
}

/** Activity of `member` (null: nobody, which reads as present and not away). */
export function useMemberActivity(member: MemberView | null): MemberActivity {
  const { presence, connection } = useBoardContext();
  const now = connection.clock.now;
  const [, setTick] = useState(0);
  const present = useIsPresent(member?.id ?? null);
  const seenHere = member ? presence.lastSeenOf(member.id) : null;
  const lastSeen = present ? now() : maxOrNull(seenHere, member?.lastSeen ?? null);
  const away = member !== null && !present && isAway({ lastSeen }, now());

  // Wake up when the member crosses the away threshold.
  useEffect(() => {
    if (member === null || present || away || lastSeen === null) return;
    const timeout = setTimeout(() => setTick((t) => t + 1), Math.max(0, lastSeen + AWAY_AFTER_MS - now()) + 100);
    return () => clearTimeout(timeout);
  }, [member, present, away, lastSeen, now]);

  return { present: member === null || present, away, lastSeen };
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
