/** The board's top bar: home, inline-editable title, presence, connection, undo, the log toggle (narrow screens) and share. */
import { renameBoard } from '@roundtable/model';
import { useBoardContext } from '../hooks/boardContext.js';
import { useBoardMeta } from '../hooks/useBoardMeta.js';
import type { LogDrawer } from '../hooks/useLogDrawer.js';
import type { UndoControls } from '../hooks/useUndo.js';
import { operationLabel } from '../logText.js';
import { navigate } from '../routes.js';
import { asSentence } from '../sentence.js';
import { titleProblem } from '../titleText.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { Icon } from './Icon.js';
import { InlineEdit } from './InlineEdit.js';
import { LogToggle } from './LogToggle.js';
import { Logo } from './Logo.js';
import { PresenceAvatars } from './PresenceAvatars.js';

/** Header of the board page. */
export function BoardHeader({ undo, onShare, onFollow, onEditProfile, log }: {
  undo: UndoControls;
  log: LogDrawer;
  onShare: () => void;
  onFollow: (sectionId: string) => void;
  onEditProfile: () => void;
}) {
  const { connection, role, member } = useBoardContext();
  const meta = useBoardMeta();
  const canEdit = role === 'edit';

  return (
    <header className="board-header">
      <a
        href="/"
        className="board-header__home"
        aria-label="All boards"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        <Logo compact />
      </a>
      <span className="board-header__divider" aria-hidden="true" />
      <InlineEdit
        as="h1"
        className="board-header__title"
        value={meta.title}
        label="Board title"
        editLabel="rename board"
        readOnly={!canEdit}
        counter
        validate={(title) => titleProblem(title, 'board')}
        testId="board-title-input"
        onSave={(title) => {
          const result = renameBoard(connection.doc, { title, by: member?.id ?? null, at: connection.clock.now() });
          return result.ok ? null : asSentence(result.error);
        }}
      />
      {canEdit ? null : (
        <span className="pill pill--view" data-testid="view-only-badge">
          <Icon name="eye" size={14} /> <span className="pill__label">View only</span>
        </span>
      )}
      <div className="board-header__spacer" />
      <PresenceAvatars onFollow={onFollow} onEditProfile={onEditProfile} />
      <ConnectionBadge />
      {canEdit ? (
        <div className="board-header__group" role="group" aria-label="History">
          <button type="button" className="icon-btn" aria-label="Undo" title={undo.nextUndo ? `Undo ${operationLabel(undo.nextUndo)} (Ctrl+Z)` : 'Undo (Ctrl+Z)'} disabled={!undo.canUndo} onClick={undo.undo}>
            <Icon name="undo" />
          </button>
          <button type="button" className="icon-btn" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!undo.canRedo} onClick={undo.redo}>
            <Icon name="redo" />
          </button>
        </div>
      ) : null}
      <LogToggle log={log} />
      <button type="button" className="btn btn--primary" onClick={onShare}>
        <Icon name="share" /> <span className="btn__label">Share</span>
      </button>
    </header>
  );
}
