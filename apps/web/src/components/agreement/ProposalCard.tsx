/**
 * The proposal the group votes on: its text, and for whoever holds lead powers an editor between
 * rounds (a round copies the text when it opens, so revising never changes a past round).
 */
import { MAX_PROPOSAL_TEXT, type AgreementView } from '@roundtable/model';
import { useEffect, useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useMember } from '../../hooks/useMember.js';
import { Icon } from '../Icon.js';

const count = (text: string) => [...text].length;

/** The proposal of `agreement`. */
export function ProposalCard({ agreement, onEditing }: { agreement: AgreementView; onEditing?: (editing: boolean) => void }) {
  const sectionId = agreement.section.id;
  const save = useAction('setProposal', { sectionId });
  const proposal = agreement.proposal;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const revisedBy = useMember(proposal?.revisedBy ?? null);
  const editing = draft !== null || (proposal === null && !save.disabled);
  const text = draft ?? proposal?.text ?? '';
  const unsaved = draft !== null && draft !== (proposal?.text ?? '');
  useEffect(() => onEditing?.(unsaved), [unsaved, onEditing]);
  const over = count(text) > MAX_PROPOSAL_TEXT;
  const open = agreement.openRound;
  const nextRound = (agreement.rounds[agreement.rounds.length - 1]?.number ?? 0) + 1;

  const submit = () => {
    const result = save.run({ text });
    setError(result.ok ? null : result.error);
    if (result.ok) setDraft(null);
  };

  return (
    <section className="agree-card agree-proposal" aria-labelledby={`proposal-${sectionId}`} data-testid="proposal">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id={`proposal-${sectionId}`}>Proposal</h3>
        {open ? <span className="agree-pill agree-pill--live">Round {open.number} voting</span> : proposal && agreement.rounds.length > 0 ? <span className="agree-pill">Next: round {nextRound}</span> : null}
        <span className="agree-card__spacer" />
        {!editing && proposal && !save.disabled ? (
          <button type="button" className="btn btn--ghost btn--sm" onClick={() => setDraft(proposal.text)}>
            <Icon name="edit" size={14} /> {agreement.rounds.length > 0 ? 'Revise proposal' : 'Edit proposal'}
          </button>
        ) : null}
      </div>
      {editing ? (
        <form className="agree-proposal__form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <label className="visually-hidden" htmlFor={`proposal-text-${sectionId}`}>Proposal text</label>
          <textarea
            id={`proposal-text-${sectionId}`}
            className="input agree-textarea agree-textarea--large"
            rows={4}
            value={text}
            placeholder="We will … (what exactly is the group agreeing to?)"
            aria-invalid={over || undefined}
            aria-describedby={`proposal-count-${sectionId}`}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) { e.preventDefault(); submit(); } }}
          />
          <div className="agree-form__footer">
            <span id={`proposal-count-${sectionId}`} className={`agree-count${over ? ' is-over' : ''}`}>{count(text).toLocaleString('en')}/{MAX_PROPOSAL_TEXT.toLocaleString('en')}</span>
            {proposal ? <button type="button" className="btn btn--ghost btn--sm" onClick={() => { setDraft(null); setError(null); }}>Cancel</button> : null}
            <button type="submit" className="btn btn--primary btn--sm" disabled={save.disabled}>Save proposal</button>
          </div>
          {error ? <p className="form-error" role="alert">{error}</p> : null}
        </form>
      ) : proposal ? (
        <>
          <p className="agree-proposal__text" data-testid="proposal-text">{proposal.text}</p>
          {agreement.rounds.length > 0 && proposal.revisedAt !== null && revisedBy && (agreement.rounds[agreement.rounds.length - 1]?.proposal ?? '') !== proposal.text ? (
            <p className="agree-card__meta">Revised by {revisedBy.name} since round {agreement.rounds[agreement.rounds.length - 1]!.number}</p>
          ) : null}
        </>
      ) : (
        <p className="agree-empty">{save.reason && !save.reason.startsWith('This is a view-only') ? 'The lead has not written the proposal yet.' : 'No proposal yet.'}</p>
      )}
    </section>
  );
}
