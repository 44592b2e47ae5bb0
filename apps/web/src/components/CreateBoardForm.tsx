/** Home page form: a title and a template, then POST /api/boards and open the new board. */
import { MAX_TITLE_LENGTH, type TemplateId } from '@roundtable/model';
import { useState, type FormEvent } from 'react';
import { createBoardOnRelay } from '../api/boards.js';
import { boardPath, navigate } from '../routes.js';
import { deviceStorage } from '../storage/localJson.js';
import { rememberBoard } from '../storage/recentBoards.js';
import { Icon } from './Icon.js';
import { TemplatePicker } from './TemplatePicker.js';

/** Creates a board and navigates to it with its edit token. */
export function CreateBoardForm() {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('workshop');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (!clean || busy) return;
    setBusy(true);
    setError(null);
    const result = await createBoardOnRelay(clean, template);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { boardId, editToken, viewToken } = result.value;
    rememberBoard(deviceStorage(), { boardId, title: clean, role: 'edit', editToken, viewToken });
    navigate(boardPath(boardId, editToken));
  };

  return (
    <form className="card create-form" onSubmit={submit} aria-label="Create a board">
      <h2 className="card__title">New board</h2>
      <label className="field">
        <span className="field__label">Board title</span>
        <input
          className="input input--large"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Q3 planning retro"
          maxLength={MAX_TITLE_LENGTH}
          required
          autoFocus
        />
      </label>
      <TemplatePicker value={template} onChange={setTemplate} />
      {error ? <p className="form-error" role="alert"><Icon name="alert" /> {error}</p> : null}
      <button type="submit" className="btn btn--primary btn--large" disabled={busy || !title.trim()}>
        {busy ? 'Creating…' : 'Create board'}
        {busy ? null : <Icon name="arrowRight" />}
      </button>
    </form>
  );
}
