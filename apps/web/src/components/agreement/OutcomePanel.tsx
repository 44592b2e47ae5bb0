/**
 * The outcome: adopted, not adopted or postponed, with a note. Whoever holds lead powers
 * records it between rounds (it goes to the session log); everyone sees it once recorded.
 */
import { DECISIONS, DECISION_LABELS, MAX_OUTCOME_NOTE, type AgreementView, type Decision } from '@roundtable/model';
import { useId, useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useMember } from '../../hooks/useMember.js';
import { useIsNew } from '../../hooks/useVisit.js';
import { Icon } from '../Icon.js';
import { NewMarker } from '../NewMarker.js';

const HINTS: Record<Decision, string> = {
  adopted: 'We go ahead with it.',
  notAdopted: 'We do not go ahead.',
  postponed: 'We decide later.',
};

/** The outcome of `agreement`. */
export function OutcomePanel({ agreement }: { agreement: AgreementView }) {
  const sectionId = agreement.section.id;
  const record = useAction('recordOutcome', { sectionId });
  const outcome = agreement.outcome;
  const by = useMember(outcome?.by ?? null);
  // A decision recorded since this member's last visit (the visit news keys decisions by section).
  const isNew = useIsNew('decision', sectionId);
  const [editing, setEditing] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const last = agreement.lastRevealed;
  const round = outcome?.roundId ? agreement.rounds.find((r) => r.id === outcome.roundId) : null;
  const showForm = !record.disabled && (editing || !outcome);
  if (!outcome && !showForm) return null;

  const submit = () => {
    if (decision === null) return setError('Pick an outcome first.');
    const result = record.run({ decision, note });
    setError(result.ok ? null : result.error);
    if (result.ok) setEditing(false);
  };

  return (
    <section className="agree-card agree-outcome" aria-labelledby={`${id}-title`} data-testid="outcome">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id={`${id}-title`}>Outcome</h3>
        <span className="agree-card__spacer" />
        {outcome && !showForm && !record.disabled ? <button type="button" className="btn btn--ghost btn--sm" onClick={() => { setEditing(true); setDecision(outcome.decision); setNote(outcome.note); }}>Change outcome</button> : null}
      </div>
      {outcome && !showForm ? (
        <div className={`agree-decided agree-decided--${outcome.decision}`} data-testid="outcome-recorded">
          <span className="agree-decided__icon" aria-hidden="true"><Icon name={outcome.decision === 'adopted' ? 'check' : outcome.decision === 'postponed' ? 'clock' : 'close'} size={18} /></span>
          <div>
            <p className="agree-decided__title">{DECISION_LABELS[outcome.decision]}{isNew ? <> <NewMarker /></> : null}</p>
            {outcome.note ? <p className="agree-decided__note">{outcome.note}</p> : null}
            <p className="agree-card__meta">Recorded by {by?.name ?? 'the lead'}{round ? ` after round ${round.number}` : ''}. It is in the session log.</p>
          </div>
        </div>
      ) : (
        <form className="agree-outcome__form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
          {last?.verdict ? <p className="agree-card__meta">Round {last.number}: {last.verdict.met ? 'the rule is met.' : `the rule is not met (${last.verdict.reasons.join('; ')}).`}</p> : <p className="agree-card__meta">No round has been revealed yet.</p>}
          <fieldset className="agree-segments">
            <legend className="visually-hidden">Outcome</legend>
            {DECISIONS.map((d) => (
              <label key={d} className={`agree-segment agree-segment--${d}${decision === d ? ' is-checked' : ''}`}>
                <input type="radio" name={`${id}-decision`} checked={decision === d} onChange={() => setDecision(d)} />
                <span className="agree-segment__label">{DECISION_LABELS[d]}</span>
                <span className="agree-segment__hint">{HINTS[d]}</span>
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field__label">Note (optional)</span>
            <textarea className="input agree-textarea" rows={2} value={note} maxLength={MAX_OUTCOME_NOTE * 2} placeholder="What was decided, and what happens next" onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="agree-form__footer">
            {outcome ? <button type="button" className="btn btn--ghost btn--sm" onClick={() => setEditing(false)}>Cancel</button> : null}
            <button type="submit" className="btn btn--primary btn--sm">Record outcome</button>
          </div>
          {error ? <p className="form-error" role="alert">{error}</p> : null}
        </form>
      )}
    </section>
  );
}
