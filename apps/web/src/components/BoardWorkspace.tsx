/** The board's layout: header on top, agenda on the left, the selected section in the middle, activity on the right. */
import { useEffect, useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useSectionIds } from '../hooks/useSectionIds.js';
import type { UndoControls } from '../hooks/useUndo.js';
import { ActivityLog } from './ActivityLog.js';
import { AgendaPanel } from './AgendaPanel.js';
import { BoardHeader } from './BoardHeader.js';
import { Icon } from './Icon.js';
import { SectionDetail } from './SectionDetail.js';
import { ShareDialog } from './ShareDialog.js';

/** Lays out an open board. `selectedId` falls back to the first section when absent or removed. */
export function BoardWorkspace({ selectedId, onSelect, undo, onEditProfile }: {
  selectedId: string | null;
  onSelect: (id: string) => void;
  undo: UndoControls;
  onEditProfile: () => void;
}) {
  const { role } = useBoardContext();
  const ids = useSectionIds();
  const [shareOpen, setShareOpen] = useState(false);
  const current = selectedId !== null && ids.includes(selectedId) ? selectedId : (ids[0] ?? null);

  useEffect(() => {
    if (current !== selectedId && current !== null) onSelect(current);
  }, [current, selectedId, onSelect]);

  return (
    <div className="board">
      <BoardHeader undo={undo} onShare={() => setShareOpen(true)} onFollow={onSelect} onEditProfile={onEditProfile} />
      <div className="board__body">
        <AgendaPanel selectedId={current} onSelect={onSelect} />
        <main className="board__main">
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
        <aside className="board__aside">
          <ActivityLog />
        </aside>
      </div>
      {shareOpen ? <ShareDialog open onClose={() => setShareOpen(false)} /> : null}
    </div>
  );
}
