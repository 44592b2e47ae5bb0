/**
 * Keeps this device's recent-boards entry current (title, last activity, who was there) while
 * the board is open, without rendering anything.
 */
import { useEffect } from 'react';
import { recentActivity } from '../recentActivity.js';
import { deviceStorage } from '../storage/localJson.js';
import { rememberBoard } from '../storage/recentBoards.js';
import { openActivityStore } from '../store/ActivityStore.js';
import type { BoardStore } from '../store/BoardStore.js';
import type { BoardConnection } from '../sync/BoardConnection.js';
import { Computation } from '../store/tracking.js';

/**
 * Subscribes to the board's meta, log and members (not render dependencies) and to its last
 * activity (`store/ActivityStore.ts`: a card added writes no log record but is activity), and
 * saves them when they change.
 */
export function useRecentTitle(store: BoardStore, connection: BoardConnection, boardId: string): void {
  useEffect(() => {
    const entry = new Computation(() => ({ meta: store.getMeta(), log: store.getLog(), members: store.getMembers() }));
    const activity = openActivityStore(connection);
    const remember = () => {
      const { meta, log, members } = entry.get();
      if (meta.schemaVersion > 0) rememberBoard(deviceStorage(), { boardId, title: meta.title, ...recentActivity(log, members, activity.get()) });
    };
    const stop = entry.subscribe(remember);
    const stopActivity = activity.subscribe(remember);
    remember();
    return () => {
      stop();
      stopActivity();
      activity.destroy();
    };
  }, [store, connection, boardId]);
}
