/**
 * Commitments ("I will … by …"): this section's list, the form to commit yourself (whoever
 * holds lead powers may instead propose one to a named member, who accepts or declines), and
 * every commitment on the board, by section.
 */
import { MAX_COMMITMENT_TEXT, MAX_DUE_TEXT, type AgreementView } from '@roundtable/model';
import { useId, useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useBoardCommitments } from '../../hooks/useAgreement.js';
import { useBoardContext } from '../../hooks/boardContext.js';
import { useMembers } from '../../hooks/useMembers.js';
import { Icon } from '../Icon.js';
import { CommitmentItem } from './CommitmentItem.js';

/** The commitments of `agreement` and of the board. */
export function CommitmentsPanel({ agreement }: { agreement: AgreementView }) {
  const sectionId = agreement.section.id;
  const { member } = useBoardContext();
  const me = member?.id ?? null;
  const add = useAction('addCommitment', { sectionId });
  const propose = useAction('proposeCommitment', { sectionId });
  const members = useMembers();
  const board = useBoardCommitments();
  const elsewhere = board.filter((c) => c.sectionId !== sectionId);
  const [who, setWho] = useState<string>('me');
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const id = useId();
  const others = members.filter((m) => m.id !== me);
  const forOther = who !== 'me' && !propose.disabled;
  const list = agreement.commitments;
  const doneCount = list.filter((c) => c.doneAt !== null).length;

  const submit = () => {
    const result = forOther ? propose.run({ to: who, text, due }) : add.run({ text, due });
    if (!result.ok) return setError(result.error);
    setError(null);
    setText('');
    setDue('');
    setFlash(forOther ? `Proposed to ${members.find((m) => m.id === who)?.name ?? 'them'}.` : 'Committed.');
  };

  return (
    <section className="agree-card agree-commitments" aria-labelledby={`${id}-title`} data-testid="commitments">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id={`${id}-title`}>Commitments</h3>
        {list.length > 0 ? <span className="agree-pill">{doneCount} of {list.filter((c) => c.state === 'active').length} done</span> : null}
      </div>
      {list.length === 0 ? <p className="agree-empty">Nobody has committed to anything yet. Who will do what, by when?</p> : (
        <ul className="agree-commitments__list" aria-label="Commitments in this section">
          {list.map((c) => <CommitmentItem key={c.id} commitment={c} me={me} />)}
        </ul>
      )}
      {!add.disabled ? (
        <form className="agree-commit-form" onSubmit={(e) => { e.preventDefault(); submit(); }} data-testid="commit-form">
          {!propose.disabled && others.length > 0 ? (
            <label className="agree-commit-form__who">
              <span className="field__label">Who</span>
              <select className="input" value={who} onChange={(e) => setWho(e.target.value)} aria-label="Who commits">
                <option value="me">Me</option>
                {others.map((m) => <option key={m.id} value={m.id}>{m.name} (they accept or decline)</option>)}
              </select>
            </label>
          ) : null}
          <label className="agree-commit-form__text">
            <span className="field__label">{forOther ? 'They will' : 'I will'}</span>
            <input className="input" value={text} maxLength={MAX_COMMITMENT_TEXT + 20} placeholder="send the summary to the team" onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="agree-commit-form__due">
            <span className="field__label">By (optional)</span>
            <input className="input" value={due} maxLength={MAX_DUE_TEXT + 10} placeholder="Friday" onChange={(e) => setDue(e.target.value)} />
          </label>
          <button type="submit" className="btn btn--primary agree-commit-form__submit"><Icon name="plus" size={14} /> {forOther ? 'Propose' : 'Commit'}</button>
          {error ? <p className="form-error agree-commit-form__message" role="alert">{error}</p> : flash ? <p className="agree-ok agree-commit-form__message" role="status">{flash}</p> : null}
        </form>
      ) : null}
      {elsewhere.length > 0 ? (
        <details className="agree-board-commitments" data-testid="board-commitments">
          <summary>Elsewhere on this board: {elsewhere.length} {elsewhere.length === 1 ? 'commitment' : 'commitments'}</summary>
          <ul className="agree-commitments__list">
            {elsewhere.map((c) => <CommitmentItem key={c.id} commitment={c} me={me} showSection />)}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
