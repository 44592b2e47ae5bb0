/**
 * The current purpose, compact, at the top of every other section: one line, expandable to
 * the whole statement. Nothing shows until some purpose section has a statement.
 */
import { useState } from 'react';
import { useCurrentPurpose } from '../hooks/usePurpose.js';
import { Icon } from './Icon.js';

/** One line with the board's current purpose. */
export function PurposeBanner() {
  const purpose = useCurrentPurpose();
  const [open, setOpen] = useState(false);
  if (!purpose) return null;
  return (
    <aside className={`purpose-banner${open ? ' is-open' : ''}`} aria-label="Current purpose" data-testid="purpose-banner">
      <span className="purpose-banner__icon kind-purpose"><Icon name="purpose" size={14} /></span>
      <p className="purpose-banner__text" id="purpose-banner-text">
        <span className="purpose-banner__label">Purpose:</span> {purpose.statement}
      </p>
      <button type="button" className="btn btn--ghost btn--sm purpose-banner__toggle" aria-expanded={open} aria-controls="purpose-banner-text" onClick={() => setOpen(!open)}>
        {open ? 'Less' : 'More'}<span className="visually-hidden"> of the purpose</span>
      </button>
    </aside>
  );
}
