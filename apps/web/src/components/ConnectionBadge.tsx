/** "Online", "Syncing…" or "Offline · N unsynced changes", with a coloured dot. */
import { useConnectionStatus } from '../hooks/useConnectionStatus.js';
import { useBoardContext } from '../hooks/boardContext.js';
import { badgeFor } from '../sync/connectionStatus.js';

/** The connection state of the open board. */
export function ConnectionBadge() {
  const { connection } = useBoardContext();
  const badge = badgeFor(useConnectionStatus(connection));
  const hint =
    badge.kind === 'offline'
      ? 'Changes are saved on this device and sync when the connection returns.'
      : badge.kind === 'syncing'
        ? 'Exchanging changes with the server.'
        : 'Connected. Changes sync live.';
  return (
    <span className={`conn-badge conn-badge--${badge.kind}`} data-testid="connection-badge" data-state={badge.kind} role="status" title={hint}>
      <span className="conn-badge__dot" aria-hidden="true" />
      {badge.label}
    </span>
  );
}
