/** The lock that says drafts are sealed for this board, with the key's short fingerprint (DESIGN §4). */
import { useBoardKey } from '../hooks/useSealing.js';
import { Icon } from './Icon.js';

/** "Sealed for this board · fingerprint 3f2a 9c01 …", or why sealing is not ready. */
export function SealBadge() {
  const key = useBoardKey();
  const text = key.status === 'ready' ? `Sealed for this board · fingerprint ${key.fingerprint.split('-').join(' ')}` : key.status === 'loading' ? 'Fetching the board key…' : key.message;
  return (
    <span className={`seal-badge${key.status === 'error' ? ' seal-badge--error' : ''}`} title={text} data-testid="seal-badge" tabIndex={0} aria-label={text}>
      <Icon name="lock" size={14} />
      <span className="seal-badge__text">{key.status === 'ready' ? `Private · ${key.fingerprint.split('-').slice(0, 2).join(' ')}` : key.status === 'loading' ? 'Sealing…' : 'Not sealed'}</span>
    </span>
  );
}
