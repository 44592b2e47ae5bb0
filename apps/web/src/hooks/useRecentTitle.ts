/** Keeps this device's recent-boards entry titled like the board, without rendering anything. */
import { useEffect } from 'react';
import { deviceStorage } from '../storage/localJson.js';
import { rememberBoard } from '../storage/recentBoards.js';
import type { BoardStore } from '../store/BoardStore.js';
import { Computation } from '../store/tracking.js';

/** Subscribes to the board's meta (not a render dependency) and saves its title when it changes. */
export function useRecentTitle(store: BoardStore, boardId: string): void {
  useEffect(() => {
    const meta = new Computation(() => store.getMeta());
    const remember = () => {
      const { schemaVersion, title } = meta.get();
      if (schemaVersion > 0) rememberBoard(deviceStorage(), { boardId, title });
    };
    const stop = meta.subscribe(remember);
    remember();
    return stop;
  }, [store, boardId]);
}
