/**
 * The board's layout: header on top, agenda on the left, the spotlight banner and the
 * selected section in the middle (under "since your last visit" when there is news), the session
 * log on the right, lead notices in a corner.
 */
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { LOG_PANEL_ID, useLogDrawer } from '../hooks/useLogDrawer.js';
import { useBoardContext } from '../hooks/boardContext.js';
import { useSectionIds } from '../hooks/useSectionIds.js';
import type { FollowState } from '../hooks/useFollow.js';
import { useActionShortcuts } from '../hooks/useActionShortcuts.js';
import { ActivityLog } from './ActivityLog.js';
import { AgendaPanel } from './AgendaPanel.js';
import { BoardHeader } from './BoardHeader.js';
import { Icon } from './Icon.js';
import { LeadNotices } from './LeadNotices.js';
import { OfflineReloadNote } from './OfflineReloadNote.js';
import { SectionDetail } from './SectionDetail.js';
import { ShareDialog } from './ShareDialog.js';
import { SkipLink } from './SkipLink.js';
import { SpotlightBanner } from './SpotlightBanner.js';
import { SinceLastVisit } from './SinceLastVisit.js';
import { useVisitTracking } from '../hooks/useVisit.js';

/** Scrolls `el`'s scrolling panel so `el` starts at its top (never the page: `scrollIntoView` would). */
function scrollToTop(el: HTMLElement | null): void {
  const scroller = el?.parentElement;
  if (!el || !scroller) return;
  scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
}

/** The media query of the one-column layout (board.css). */
const ONE_COLUMN = '(max-width: 760px)';

/**
 * Lays out an open board. `onSelect` is a member's own choice of section; `onResolve` is the
 * fallback to the first section when the selection is absent or removed.
 */
export const BoardWorkspace = memo(function BoardWorkspace({ selectedId, onSelect, onResolve, follow, onEditProfile }: {
  selectedId: string | null;
  onSelect: (id: string) => void;
  onResolve: (id: string) => void;
  follow: FollowState;
  onEditProfile: () => void;
}) {
  const { role } = useBoardContext();
  useActionShortcuts();
  useVisitTracking();
  const ids = useSectionIds();
  const [shareOpen, setShareOpen] = useState(false);
  const log = useLogDrawer();
  const mainRef = useRef<HTMLElement>(null);
  // In the one-column layout (phones) the section is below the agenda: bring it into view.
  const selectFromAgenda = useCallback(
    (id: string) => {
      onSelect(id);
      if (window.matchMedia(ONE_COLUMN).matches) requestAnimationFrame(() => scrollToTop(mainRef.current));
    },
    [onSelect],
  );
  const current = selectedId !== null && ids.includes(selectedId) ? selectedId : (ids[0] ?? null);

  useEffect(() => {
    if (current !== selectedId && current !== null) onResolve(current);
  }, [current, selectedId, onResolve]);

  return (
    <div className="board">
      <SkipLink targetId="section-content">Skip to section content</SkipLink>
      <BoardHeader onShare={() => setShareOpen(true)} onFollow={onSelect} onEditProfile={onEditProfile} log={log} />
      <OfflineReloadNote />
      <div className="board__body">
        <AgendaPanel selectedId={current} onSelect={selectFromAgenda} />
        <main ref={mainRef} className="board__main" id="section-content" tabIndex={-1}>
          <SinceLastVisit onOpen={selectFromAgenda} />
          <SpotlightBanner follow={follow} />
          {current ? (
            <SectionDetail key={current} id={current} index={ids.indexOf(current)} count={ids.length} />
          ) : (
            <div className="empty empty--page">
              <span className="empty__icon"><Icon name="board" size={28} /></span>
              <h2>An empty agenda</h2>
              <p>{role === 'edit' ? 'Add the first section from the agenda on the left: a shared purpose, a brainstorm or an agreement check.' : 'Nobody has added a section yet. They will appear here as soon as someone does.'}</p>
            </div>
          )}
        </main>
        {/* A column on wide screens; below 1180 px a drawer opened from the header's "Log" button. A
            scroller with no focusable content inside: focusable itself, so the keyboard can scroll the log. */}
        <aside
          ref={log.panelRef}
          id={LOG_PANEL_ID}
          className={`board__aside${log.open ? ' is-open' : ''}`}
          aria-label="Session log"
          data-testid="log-panel"
          tabIndex={0}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && log.open) {
              e.stopPropagation();
              log.close();
            }
          }}
        >
          <button type="button" className="icon-btn board__aside-close" aria-label="Close the session log" onClick={log.close}>
            <Icon name="close" />
          </button>
          <ActivityLog />
        </aside>
      </div>
      <LeadNotices />
      {shareOpen ? <ShareDialog open onClose={() => setShareOpen(false)} /> : null}
    </div>
  );
});
