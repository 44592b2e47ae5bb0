/**
 * Deleting the board (editors): the person types the board's title to confirm, as GitHub asks
 * for a repository's name. The relay then closes everyone's connection and the page shows
 * "This board was deleted".
 */
import { useId, useState, type FormEvent } from 'react';
import { useAction } from '../hooks/useAction.js';
import { useBoardMeta } from '../hooks/useBoardMeta.js';
import { Dialog } from './Dialog.js';
import { Icon } from './Icon.js';

/** The confirm dialog; `onDeleted` runs once the relay has deleted the board. */
export function DeleteBoardDialog({ onClose, onDeleted }: { onClose: () => void; onDeleted: () => void }) {
  const meta = useBoardMeta();
  const remove = useAction('deleteBoard');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const matches = typed.replace(/\s+/g, ' ').trim() === meta.title;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!matches || busy) return;
    const started = remove.run({ typedTitle: typed });
    if (!started.ok) return setError(started.error);
    setBusy(true);
    const result = await started.value;
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDeleted();
  };

  return (
    <Dialog
      open
      title="Delete this board?"
      description="Everything on it (sections, cards, votes, commitments, the session log) is removed from the server for everyone, and its links will say it was deleted. This cannot be undone; export it first to keep a copy."
      onClose={onClose}
      width={460}
      testId="delete-board-dialog"
    >
      <form onSubmit={submit} className="delete-board">
        <label className="field">
          <span className="field__label">
            Type the board’s title, <strong className="delete-board__title">{meta.title}</strong>, to confirm
          </span>
          <input
            className="input"
            value={typed}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setError(null);
            }}
          />
        </label>
        <p id={hintId} className="delete-board__hint">{matches ? 'The title matches.' : 'The delete button unlocks when the title matches.'}</p>
        {error ? <p className="form-error" role="alert"><Icon name="alert" /> {error}</p> : null}
        <div className="dialog__actions">
          <button type="button" className="btn btn--ghost" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn--danger" disabled={!matches || busy || remove.disabled} title={remove.reason ?? undefined}>
            <Icon name="trash" /> {busy ? 'Deleting…' : 'Delete board'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
