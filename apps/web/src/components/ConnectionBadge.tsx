/**
 * "Online", "Syncing…" or "Offline · N unsynced changes" (plus "· reloading needs a connection on
 * this address" on a non-secure origin), with a coloured dot; "Not syncing" with the reason when
 * the relay ended syncing for good (e.g. the board is over its size limit).
 */
import { useId, useRef, useState } from 'react';
import { useConnectionStatus } from '../hooks/useConnectionStatus.js';
import { useBoardContext } from '../hooks/boardContext.js';
import { badgeFor } from '../sync/connectionStatus.js';
import { Icon } from './Icon.js';

const HINTS = {
  offline: 'Changes are saved on this device and sync when the connection returns.',
  syncing: 'Exchanging changes with the server.',
  online: 'Connected. Changes sync live.',
} as const;

/** Offline on a non-secure origin (plain http from a LAN address): no service worker keeps the app. */
const NON_SECURE_HINT =
  'Changes are saved on this device and sync when the connection returns. This address is plain http, so the browser keeps no offline copy of the app: keep this page open until you are back online.';

/** The connection state of the open board. */
export function ConnectionBadge() {
  const { connection } = useBoardContext();
  const status = useConnectionStatus(connection);
  const badge = badgeFor(status, window.isSecureContext);
  const noticeId = useId();
  const [noticeHidden, setNoticeHidden] = useState(false);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const stopped = status.stopped;

  if (stopped === null || badge.kind !== 'stopped') {
    return (
      <span className={`conn-badge conn-badge--${badge.kind}`} data-testid="connection-badge" data-state={badge.kind} role="status" title={badge.detail ? NON_SECURE_HINT : HINTS[badge.kind === 'stopped' ? 'offline' : badge.kind]}>
        <span className="conn-badge__dot" aria-hidden="true" />
        {badge.label}
        {badge.detail ? <span className="conn-badge__detail"> · {badge.detail}</span> : null}
      </span>
    );
  }
  return (
    <>
      <button
        ref={badgeRef}
        type="button"
        className="conn-badge conn-badge--stopped"
        data-testid="connection-badge"
        data-state="stopped"
        title={stopped}
        aria-expanded={!noticeHidden}
        aria-controls={noticeId}
        onClick={() => setNoticeHidden((hidden) => !hidden)}
      >
        <span className="conn-badge__dot" aria-hidden="true" />
        {badge.label}
      </button>
      <div id={noticeId} className="sync-stopped" role="alert" data-testid="sync-stopped" hidden={noticeHidden}>
        <span className="sync-stopped__icon" aria-hidden="true"><Icon name="alert" size={18} /></span>
        <p className="sync-stopped__message"><strong>Changes are not syncing.</strong> {stopped}</p>
        <button
          type="button"
          className="btn btn--ghost btn--sm sync-stopped__hide"
          onClick={() => {
            setNoticeHidden(true);
            // The notice goes away with focus inside it; the badge that brings it back takes focus.
            badgeRef.current?.focus();
          }}
        >
          Hide
        </button>
      </div>
    </>
  );
}
