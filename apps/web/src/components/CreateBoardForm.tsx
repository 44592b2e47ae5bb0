/** Home page form: a title and a template, then POST /api/boards and open the new board. */
import { type TemplateId } from '@roundtable/model';
import { useState, type FormEvent } from 'react';
import { createBoardOnRelay } from '../api/boards.js';
import { boardPath, navigate } from '../routes.js';
import { deviceStorage } from '../storage/localJson.js';
import { rememberBoard } from '../storage/recentBoards.js';
import { titleProblem } from '../titleText.js';
import { Icon } from './Icon.js';
import { TemplatePicker } from './TemplatePicker.js';
import { TitleCounter } from './TitleCounter.js';

/** Creates a board and navigates to it with its edit token. */
export function CreateBoardForm() {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('workshop');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = title.replace(/\s+/g, ' ').trim();
    if (busy) return;
    const problem = titleProblem(title, 'board');
    if (problem) {
      setError(problem);
      return;
    }
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
          onChange={(e) => {
            setTitle(e.target.value);
            if (error) setError(null);
          }}
          placeholder="e.g. Q3 planning retro"
          aria-describedby="board-title-count"
          aria-required="true"
          aria-invalid={error ? true : undefined}
          autoFocus
        />
        <TitleCounter id="board-title-count" text={title} />
      </label>
      <TemplatePicker value={template} onChange={setTemplate} />
      {error ? <p className="form-error" role="alert"><Icon name="alert" /> {error}</p> : null}
      <button type="submit" className="btn btn--primary btn--large" disabled={busy}>
        {busy ? 'Creating…' : 'Create board'}
        {busy ? null : <Icon name="arrowRight" />}
      </button>
    </form>
  );
}
