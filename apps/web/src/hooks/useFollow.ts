/**
 * Following a spotlight (device-local, never in the document): while someone spotlights a
 * section, this device's selected section moves there, unless the member opted out of that
 * spotlight ("Stop following") or moved elsewhere on their own; "Rejoin" follows again.
 * The one who started the spotlight is not following anyone.
 */
import type { SpotlightView } from '@roundtable/model';
import { useCallback, useEffect, useMemo, useState } from 'react';

/** Follow state and the selection actions that respect it. */
export interface FollowState {
  spotlight: SpotlightView | null;
  /** True while this device follows the spotlight. */
  following: boolean;
  stopFollowing: () => void;
  rejoin: () => void;
  /** A selection made by the member: leaving the spotlighted section stops following. */
  select: (sectionId: string) => void;
}

const keyOf = (s: SpotlightView) => `${s.sectionId}|${s.by}|${s.at}`;

/** Follow logic over `spotlight` for member `me`, driving `setSelected`. */
export function useFollow(spotlight: SpotlightView | null, me: string | null, setSelected: (id: string) => void): FollowState {
  const [optedOut, setOptedOut] = useState<string | null>(null);
  const key = spotlight ? keyOf(spotlight) : null;
  const following = spotlight !== null && spotlight.by !== me && optedOut !== key;
  const target = following ? spotlight.sectionId : null;

  useEffect(() => {
    if (target !== null) setSelected(target);
  }, [target, key, setSelected]);

  const select = useCallback(
    (sectionId: string) => {
      if (following && key !== null && sectionId !== target) setOptedOut(key);
      setSelected(sectionId);
    },
    [following, key, target, setSelected],
  );

  const stopFollowing = useCallback(() => setOptedOut(key), [key]);
  const rejoin = useCallback(() => setOptedOut(null), []);
  // One object per state, so the memo'd workspace re-renders only when following changes.
  return useMemo(() => ({ spotlight, following, stopFollowing, rejoin, select }), [spotlight, following, stopFollowing, rejoin, select]);
}
