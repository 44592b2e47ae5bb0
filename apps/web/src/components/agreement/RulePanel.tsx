/**
 * The decision rule, agreed before voting: everyone sees it in words before a round opens (and
 * the rule a round opened with while it runs); whoever holds lead powers picks it between rounds.
 * Every rule type the model knows: consensus, no serious disagreement (with at most N at 6),
 * majority, and "at least N voters" alone or with a base. Impossible numbers are refused as you
 * type, with the model's sentence, and again by the action.
 */
import { MAX_RULE_NUMBER, checkRule, describeRule, type AgreementView, type DecisionRule, type RuleBase } from '@roundtable/model';
import { useEffect, useId, useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useBoardContext } from '../../hooks/boardContext.js';
import { useTracked } from '../../hooks/useTracked.js';
import { asSentence } from '../../sentence.js';

const BASES: readonly { base: RuleBase | null; label: string; hint: string }[] = [
  { base: 'consensus', label: 'Consensus', hint: 'Everyone who takes a position is at 1–3; no 8.' },
  { base: 'noSeriousDisagreement', label: 'No serious disagreement', hint: 'No 7 or 8, and only a few 6s.' },
  { base: 'majority', label: 'Majority', hint: 'More than half of those taking a position at 1–3; no 8.' },
  { base: null, label: 'Turnout only', hint: 'Only the number of voters counts.' },
];

interface Draft {
  base: RuleBase | null;
  maxAtSix: string;
  quorum: boolean;
  minVoters: string;
}

const toDraft = (rule: DecisionRule): Draft => ({ base: rule.base, maxAtSix: String(rule.maxAtSix), quorum: rule.minVoters !== null, minVoters: String(rule.minVoters ?? 3) });
const fromDraft = (d: Draft) => ({ base: d.base, maxAtSix: d.maxAtSix.trim() === '' ? NaN : Number(d.maxAtSix), minVoters: d.quorum ? (d.minVoters.trim() === '' ? NaN : Number(d.minVoters)) : null });

/** The rule of `agreement` and, for the lead, its picker. */
export function RulePanel({ agreement, onEditing }: { agreement: AgreementView; onEditing?: (editing: boolean) => void }) {
  const sectionId = agreement.section.id;
  const setRule = useAction('setDecisionRule', { sectionId });
  const anonymous = useAction('setAgreementAnonymous', { sectionId });
  const { store } = useBoardContext();
  const members = useTracked(() => store.getMembers().length, [store]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const editing = draft !== null;
  useEffect(() => onEditing?.(editing), [editing, onEditing]);
  const open = agreement.openRound;
  const shown = open?.rule ?? agreement.rule;
  const check = draft ? checkRule(fromDraft(draft), members) : null;
  const problem = check && !check.ok ? asSentence(check.error) : null;
  const canEdit = !setRule.disabled;

  const save = () => {
    if (!draft) return;
    const result = setRule.run({ rule: fromDraft(draft) as DecisionRule });
    setError(result.ok ? null : result.error);
    if (result.ok) setDraft(null);
  };

  return (
    <section className="agree-card agree-rule" aria-labelledby={`${id}-title`} data-testid="rule">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id={`${id}-title`}>Decision rule</h3>
        <span className="agree-pill">{(open ? open.anonymous : agreement.anonymous) ? 'Anonymous ballots' : 'Named ballots'}</span>
        <span className="agree-card__spacer" />
        {canEdit && !draft ? <button type="button" className="btn btn--ghost btn--sm" onClick={() => setDraft(toDraft(agreement.rule))}>Change rule</button> : null}
      </div>
      {!draft ? (
        <p className="agree-rule__text" data-testid="rule-text">
          <span className="agree-rule__label">{open ? `Round ${open.number} passes if:` : 'A round passes if:'}</span> {describeRule(shown)}
        </p>
      ) : (
        <form className="agree-rule__form" onSubmit={(e) => { e.preventDefault(); save(); }} aria-describedby={`${id}-problem`}>
          <fieldset className="agree-rule__bases">
            <legend className="field__label">Base</legend>
            {BASES.map((b) => (
              <label key={String(b.base)} className={`agree-option${draft.base === b.base ? ' is-checked' : ''}`}>
                <input type="radio" name={`${id}-base`} checked={draft.base === b.base} onChange={() => setDraft({ ...draft, base: b.base, quorum: b.base === null ? true : draft.quorum })} />
                <span>
                  <span className="agree-option__label">{b.label}</span>
                  <span className="agree-option__hint">{b.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="agree-rule__numbers">
            {draft.base === 'noSeriousDisagreement' ? (
              <label className="agree-rule__number">
                <span>At most</span>
                <input className="input input--number" type="number" inputMode="numeric" min={0} max={MAX_RULE_NUMBER} value={draft.maxAtSix} aria-label="How many at 6 are acceptable" onChange={(e) => setDraft({ ...draft, maxAtSix: e.target.value })} />
                <span>at 6</span>
              </label>
            ) : null}
            <label className="agree-rule__number">
              <input type="checkbox" checked={draft.quorum} onChange={(e) => setDraft({ ...draft, quorum: e.target.checked })} />
              <span>At least</span>
              <input className="input input--number" type="number" inputMode="numeric" min={1} max={MAX_RULE_NUMBER} value={draft.minVoters} disabled={!draft.quorum} aria-label="Fewest voters" onChange={(e) => setDraft({ ...draft, minVoters: e.target.value })} />
              <span>voters (this board has {members})</span>
            </label>
          </div>
          <p className="agree-rule__preview" aria-live="polite" id={`${id}-problem`}>
            {problem ? <span className="form-error" role="alert" data-testid="rule-problem">{problem}</span> : check?.ok ? <span>Passes if: {describeRule(check.value)}</span> : null}
          </p>
          <div className="agree-form__footer">
            <button type="button" className="btn btn--ghost btn--sm" onClick={() => { setDraft(null); setError(null); }}>Cancel</button>
            <button type="submit" className="btn btn--primary btn--sm" disabled={problem !== null}>Set rule</button>
          </div>
          {error ? <p className="form-error" role="alert">{error}</p> : null}
        </form>
      )}
      {canEdit || !anonymous.disabled ? (
        <label className="agree-check">
          <input type="checkbox" checked={agreement.anonymous} disabled={anonymous.disabled} onChange={(e) => { const r = anonymous.run({ anonymous: e.target.checked }); setError(r.ok ? null : r.error); }} />
          Anonymous ballots: others see how many voted, never who or how
        </label>
      ) : null}
      {!open ? <p className="agree-card__meta">Everyone sees this rule before voting opens.</p> : null}
    </section>
  );
}
