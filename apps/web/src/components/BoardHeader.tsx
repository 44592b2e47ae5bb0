/** The board's top bar: home, inline-editable title, presence, connection, undo, the log toggle (narrow screens) and share. */
import { useBoardContext } from '../hooks/boardContext.js';
import { useBoardMeta } from '../hooks/useBoardMeta.js';
import { useAction } from '../hooks/useAction.js';
import type { LogDrawer } from '../hooks/useLogDrawer.js';
import { navigate } from '../routes.js';
import { titleProblem } from '../titleText.js';
import { BoardMenu } from './BoardMenu.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { Icon } from './Icon.js';
import { InlineEdit } from './InlineEdit.js';
import { LogToggle } from './LogToggle.js';
import { Logo } from './Logo.js';
import { PresenceAvatars } from './PresenceAvatars.js';

/** Header of the board page. */
export function BoardHeader({ onShare, onFollow, onEditProfile, log }: {
  log: LogDrawer;
  onShare: () => void;
  onFollow: (sectionId: string) => void;
  onEditProfile: () => void;
}) {
  const { role } = useBoardContext();
  const meta = useBoardMeta();
  const rename = useAction('renameBoard');
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
          const result = rename.run({ title });
          return result.ok ? null : result.error;
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
        <HistoryButtons />
      ) : null}
      <LogToggle log={log} />
      <BoardMenu />
      <button type="button" className="btn btn--primary" onClick={onShare}>
        <Icon name="share" /> <span className="btn__label">Share</span>
      </button>
    </header>
  );
}

/** Undo and redo: the registered actions (their labels name what they revert). */
function HistoryButtons() {
  const undo = useAction('undo');
  const redo = useAction('redo');
  return (
    <div className="board-header__group" role="group" aria-label="History">
      <button type="button" className="icon-btn" aria-label="Undo" title={`${undo.label} (${undo.shortcut})`} disabled={undo.disabled} onClick={() => undo.run()}>
        <Icon name="undo" />
      </button>
      <button type="button" className="icon-btn" aria-label="Redo" title={`${redo.label} (${redo.shortcut})`} disabled={redo.disabled} onClick={() => redo.run()}>
        <Icon name="redo" />
      </button>
    </div>
  );
}
