/**
 * The board header's Export menu (Markdown summary, JSON, CSV of cards and of commitments, the
 * session summary) and, for editors, its More menu (session summary, delete the board). Every
 * item is a registered action; the dialogs live here so the header stays one line.
 */
import { useState } from 'react';
import { useAction } from '../hooks/useAction.js';
import { useBoardContext } from '../hooks/boardContext.js';
import { forgetDeletedBoard } from '../storage/deletedBoard.js';
import { DeleteBoardDialog } from './DeleteBoardDialog.js';
import { Icon } from './Icon.js';
import { MenuButton, type MenuItem } from './MenuButton.js';
import { SessionSummaryDialog } from './SessionSummaryDialog.js';

/** Export and More menus with their dialogs. */
export function BoardMenu() {
  const { boardId, role } = useBoardContext();
  const [open, setOpen] = useState<'summary' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const md = useAction('exportBoard', { format: 'md' });
  const json = useAction('exportBoard', { format: 'json' });
  const cards = useAction('exportBoard', { format: 'csv-cards' });
  const commitments = useAction('exportBoard', { format: 'csv-commitments' });
  const remove = useAction('deleteBoard');

  const download = (bound: typeof md): MenuItem => ({
    id: bound.name + bound.label,
    label: bound.label,
    disabledReason: bound.reason,
    onSelect: () => {
      const result = bound.run();
      setNotice(result.ok ? `Downloaded ${result.value}` : result.error);
    },
  });
  const summary: MenuItem = { id: 'summary', label: 'Session summary…', onSelect: () => setOpen('summary') };
  const exportItems: MenuItem[] = [download(md), download(json), download(cards), download(commitments), summary];
  const moreItems: MenuItem[] = [summary, { id: 'delete', label: remove.label, danger: true, disabledReason: remove.reason, onSelect: () => setOpen('delete') }];

  return (
    <>
      <MenuButton label="Export" items={exportItems} className="btn btn--ghost board-menu__export" testId="export-menu-button">
        <Icon name="download" /> <span className="btn__label">Export</span>
      </MenuButton>
      {/* A view link can only export: the session summary is in the Export menu, and no room is taken from the title on a phone. */}
      {role === 'edit' ? (
        <MenuButton label="More board actions" items={moreItems} className="icon-btn" testId="board-more-button">
          <Icon name="more" />
        </MenuButton>
      ) : null}
      {open === 'summary' ? <SessionSummaryDialog onClose={() => setOpen(null)} /> : null}
      {open === 'delete' ? (
        <DeleteBoardDialog
          onClose={() => setOpen(null)}
          onDeleted={() => {
            forgetDeletedBoard(boardId);
            setOpen(null);
          }}
        />
      ) : null}
      {/* The browser shows the download itself; this tells screen reader users it happened. */}
      <span className="visually-hidden" role="status" data-testid="export-status">{notice ?? ''}</span>
    </>
  );
}
