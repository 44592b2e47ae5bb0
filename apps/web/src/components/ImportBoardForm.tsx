/**
 * Home page: import a JSON export as a new board. The relay validates the file (zod, in the
 * model) and creates nothing from a bad or foreign one; its sentence is shown here.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { importBoardOnRelay } from '../api/boards.js';
import { boardPath, navigate } from '../routes.js';
import { deviceStorage } from '../storage/localJson.js';
import { rememberBoard } from '../storage/recentBoards.js';
import { Icon } from './Icon.js';

/** Largest file read (the relay refuses more anyway). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Picks a `.json` export and opens the board made from it. */
export function ImportBoardForm() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setError('Choose a JSON export of a Roundtable board first.');
      input.current?.focus();
      return;
    }
    if (file.size > MAX_FILE_BYTES) return setError('This file is larger than 16 MB, more than any board export.');
    setBusy(true);
    setError(null);
    const result = await importBoardOnRelay(await file.text());
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const { boardId, editToken, viewToken, title } = result.value;
    rememberBoard(deviceStorage(), { boardId, title, role: 'edit', editToken, viewToken });
    navigate(boardPath(boardId, editToken));
  };

  return (
    <form className="card import-form" onSubmit={submit} aria-label="Import a board" data-testid="import-form">
      <h2 className="card__title">Import a board</h2>
      <p id={hintId} className="import-form__hint">A JSON export (Export → Whole board) becomes a new board with new links.</p>
      <label className="field">
        <span className="field__label">Export file</span>
        <input
          ref={input}
          className="input import-form__file"
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(null);
          }}
        />
      </label>
      {error ? <p className="form-error" role="alert" data-testid="import-error"><Icon name="alert" /> {error}</p> : null}
      <button type="submit" className="btn btn--secondary" disabled={busy}>
        <Icon name="upload" /> {busy ? 'Importing…' : 'Import board'}
      </button>
    </form>
  );
}
