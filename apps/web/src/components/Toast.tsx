/** One notice card in the corner stack: an avatar, a message, actions and a dismiss button. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from './Icon.js';

/**
 * A dismissable toast; `children` are its action buttons. A plain list item: the stack around it
 * (`LeadNotices`) is the polite live region that announces it.
 */
export function Toast({ icon, message, onDismiss, children, testId, tone = 'default', autoDismissMs }: {
  icon: ReactNode;
  message: ReactNode;
  onDismiss: () => void;
  children?: ReactNode;
  testId?: string;
  tone?: 'default' | 'attention';
  /** Dismiss by itself after this long (for news that needs no answer). */
  autoDismissMs?: number;
}) {
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;
  useEffect(() => {
    if (autoDismissMs === undefined) return;
    const timeout = setTimeout(() => dismissRef.current(), autoDismissMs);
    return () => clearTimeout(timeout);
  }, [autoDismissMs]);

  return (
    <li className={`toast toast--${tone}`} data-testid={testId}>
      <span className="toast__icon">{icon}</span>
      <div className="toast__body">
        <p className="toast__message">{message}</p>
        {children ? <div className="toast__actions">{children}</div> : null}
      </div>
      <button type="button" className="icon-btn icon-btn--sm toast__close" aria-label="Dismiss" onClick={onDismiss}>
        <Icon name="close" size={14} />
      </button>
    </li>
  );
}
