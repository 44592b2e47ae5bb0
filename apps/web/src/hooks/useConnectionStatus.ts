/** The board connection's status (for the badge and loading states). */
import { useSyncExternalStore } from 'react';
import type { BoardConnection } from '../sync/BoardConnection.js';
import type { ConnectionStatus } from '../sync/connectionStatus.js';

/** Live status of `connection`. */
export function useConnectionStatus(connection: BoardConnection): ConnectionStatus {
  return useSyncExternalStore(connection.subscribeStatus, connection.getStatus);
}
