/**
 * The session log drawer of narrow screens (below 1180 px the log is not a column): open or
 * closed, with focus moved into the panel on open and back to the toggle on close, as a
 * disclosure does. Holds no log data, so the layout does not re-render per log record.
 */
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';

/** The id of the session log panel (the header's toggle controls it). */
export const LOG_PANEL_ID = 'session-log-panel';

/** The drawer's state and controls. */
export interface LogDrawer {
  open: boolean;
  toggle: () => void;
  close: () => void;
  toggleRef: RefObject<HTMLButtonElement | null>;
  panelRef: RefObject<HTMLElement | null>;
}

/** Open/closed state of the log drawer. */
export function useLogDrawer(): LogDrawer {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const close = useCallback(() => {
    setOpen(false);
    toggleRef.current?.focus();
  }, []);
  const toggle = useCallback(() => {
    setOpen((was) => {
      if (!was) requestAnimationFrame(() => panelRef.current?.focus());
      return !was;
    });
  }, []);
  return useMemo(() => ({ open, toggle, close, toggleRef, panelRef }), [open, toggle, close]);
}
