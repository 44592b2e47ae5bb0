/**
 * Named versions of the purpose: the lead (anyone when nobody leads) saves the text under a
 * name; anyone views a version with its diff to the current text and restores it. A restore is
 * one board operation, so the board's Undo (button here, header, Ctrl+Z outside the editor)
 * brings the text back.
 */
import { capitalised, MAX_VERSION_NAME_LENGTH, statementProblem, type PurposeView, type SectionView } from '@roundtable/model';
import { useState, type FormEvent } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction, useRunAction } from '../hooks/useAction.js';
import { useMembers } from '../hooks/useMembers.js';
import { WordDiffView } from './WordDiffView.js';

const time = (at: number) => new Date(at).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The history panel of a purpose section. */
export function PurposeHistory({ purpose, section }: { purpose: PurposeView; section: SectionView }) {
  const { role } = useBoardContext();
  const members = useMembers();
  const saveAction = useAction('savePurposeVersion', { sectionId: section.id });
  const undoAction = useAction('undo');
  const runAction = useRunAction();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const nameOf = (id: string | null) => (id ? (members.find((m) => m.id === id)?.name ?? 'A former member') : 'someone');
  const statement = statementProblem(purpose.statement, 'saved as a version');
  const saveReason = saveAction.reason ?? (statement ? capitalised(statement) : null);
  const suggested = `Draft ${purpose.versions.length + 1}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (saveAction.reason) return setError(saveAction.reason);
    const result = saveAction.run({ name: name.trim() || suggested });
    setError(result.ok ? null : result.error);
    if (result.ok) setName('');
  };
  const restore = (versionId: string) => {
    const result = runAction('restorePurposeVersion', { sectionId: purpose.sectionId, versionId }, undefined);
    setError(result.ok ? null : result.error);
    setRestored(result.ok ? result.value : null);
  };

  return (
    <section className="purpose-panel" aria-labelledby="history-title" data-testid="history">
      <div className="purpose-panel__head">
        <h3 id="history-title" className="purpose-panel__title">History</h3>
      </div>
      {role === 'edit' ? (
        <form className="history-save" onSubmit={save}>
          <label className="visually-hidden" htmlFor="version-name">Version name</label>
          <input id="version-name" className="input" value={name} maxLength={MAX_VERSION_NAME_LENGTH} placeholder={suggested} onChange={(e) => setName(e.target.value)} aria-describedby={saveReason ? 'save-reason' : undefined} />
          <button type="submit" className="btn btn--secondary btn--sm" aria-disabled={saveReason !== null}>Save version</button>
        </form>
      ) : null}
      {role === 'edit' && saveReason ? <p id="save-reason" className="purpose-panel__hint">{saveReason}</p> : null}
      {error ? <p className="purpose-panel__error" role="alert">{capitalised(error)}</p> : null}
      {restored ? (
        <p className="purpose-panel__status" role="status">
          Restored “{restored}”.{' '}
          <button type="button" className="btn btn--ghost btn--sm" onClick={() => {
            // The board's undo: the restore is this member's latest board operation.
            const result = undoAction.run();
            setError(result.ok ? null : result.error);
            setRestored(null);
          }}>Undo restore</button>
        </p>
      ) : null}
      {purpose.versions.length === 0 ? (
        <p className="muted">No named versions yet. The lead saves one (“draft 1”, “agreed”) to come back to it later.</p>
      ) : (
        <ol className="versions" data-testid="versions">
          {[...purpose.versions].reverse().map((v) => {
            const same = v.statement === purpose.statement;
            const isOpen = open === v.id;
            return (
              <li key={v.id} className="version">
                <div className="version__row">
                  <span className="version__name">{v.name}</span>
                  <span className="version__meta">{nameOf(v.by)} · {time(v.at)}{same ? ' · current text' : ''}</span>
                  <span className="version__actions">
                    <button type="button" className="btn btn--ghost btn--sm" aria-expanded={isOpen} onClick={() => setOpen(isOpen ? null : v.id)}>
                      {isOpen ? 'Hide' : 'View'}<span className="visually-hidden"> {v.name}</span>
                    </button>
                    {role === 'edit' ? (
                      <button type="button" className="btn btn--secondary btn--sm" onClick={() => restore(v.id)}>
                        Restore<span className="visually-hidden"> {v.name}</span>
                      </button>
                    ) : null}
                  </span>
                </div>
                {isOpen ? (
                  <div className="version__body">
                    <p className="version__text">{v.statement}</p>
                    {same ? <p className="muted">This is the current text.</p> : <WordDiffView before={v.statement} after={purpose.statement} label={`Changes from ${v.name} to now`} />}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
