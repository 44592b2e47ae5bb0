/**
 * The header's "Session log" button of narrow screens (CSS hides it where the log is a column),
 * with the number of records added since the log was last open. Subscribes to the log's length
 * on its own, so a new record re-renders only this button.
 */
import { useEffect, useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { LOG_PANEL_ID, type LogDrawer } from '../hooks/useLogDrawer.js';
import { useTracked } from '../hooks/useTracked.js';
import { Icon } from './Icon.js';

/** The toggle of the session log drawer. */
export function LogToggle({ log }: { log: LogDrawer }) {
  const { store } = useBoardContext();
  const count = useTracked(() => store.getLog().length, [store]);
  const [seen, setSeen] = useState(count);
  useEffect(() => {
    if (log.open) setSeen(count);
  }, [log.open, count]);
  const unseen = log.open ? 0 : Math.max(0, count - seen);

  return (
    <button
      ref={log.toggleRef}
      type="button"
      className="btn btn--ghost board-header__log"
      aria-expanded={log.open}
      aria-controls={LOG_PANEL_ID}
      aria-label={unseen > 0 ? `Session log, ${unseen} new` : 'Session log'}
      data-testid="log-toggle"
      onClick={log.toggle}
    >
      <Icon name="history" /> <span className="btn__label">Log</span>
      {unseen > 0 ? <span className="board-header__log-count" aria-hidden="true">{unseen > 99 ? '99+' : unseen}</span> : null}
    </button>
  );
}
