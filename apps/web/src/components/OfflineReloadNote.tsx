/**
 * Offline on a non-secure origin (plain http from a LAN address): the browser runs no service
 * worker there, so a reload cannot start the app until the relay is reachable again. Wide
 * screens read this in the connection badge; narrow ones, whose badge is a dot, get this line
 * under the header (CSS shows it below 1180 px only).
 */
import { useBoardContext } from '../hooks/boardContext.js';
import { useConnectionStatus } from '../hooks/useConnectionStatus.js';
import { badgeFor } from '../sync/connectionStatus.js';
import { Icon } from './Icon.js';

/** The "keep this page open" line, or nothing. */
export function OfflineReloadNote() {
  const { connection } = useBoardContext();
  const badge = badgeFor(useConnectionStatus(connection), window.isSecureContext);
  if (!badge.detail) return null;
  return (
    <p className="offline-note" data-testid="offline-reload-note">
      <Icon name="alert" size={14} /> Offline: your changes are saved on this device, but on this address reloading needs a connection. Keep this page open.
    </p>
  );
}
