/**
 * The lead's setup of a brainstorm, behind a disclosure: columns (prompts), filled from a
 * template ("Start / Stop / Continue", "4Ls", …) and still editable before saving, anonymity,
 * dots per person.
 */
import { MAX_COLUMN_TITLE, MAX_VOTE_BUDGET } from '@roundtable/model';
import { COLUMN_TEMPLATES, matchingTemplate, templateText } from '../columnTemplates.js';
import { useState } from 'react';
import { useAction } from '../hooks/useAction.js';
import type { BrainstormLayout } from '../store/BrainstormStore.js';

/** Setup of section `sectionId`. */
export function BrainstormSetup({ sectionId, layout, phase }: { sectionId: string; layout: BrainstormLayout; phase: string }) {
  const target = { sectionId };
  const columns = useAction('setColumns', target);
  const anonymous = useAction('setAnonymous', target);
  const budget = useAction('setVoteBudget', target);
  const [titles, setTitles] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (columns.disabled && anonymous.disabled && budget.disabled) return null;
  const current = layout.columns.map((c) => c.title).join('\n');
  const { votes } = layout.settings;
  const draftTitles = (titles ?? current).split('\n').map((t) => t.trim()).filter(Boolean);
  const picked = matchingTemplate(draftTitles);
  const report = (r: { ok: boolean; error?: string }) => setError(r.ok ? null : (r.error ?? null));

  return (
    <details className="bsetup" data-testid="brainstorm-setup">
      <summary className="bsetup__summary">Set up this brainstorm</summary>
      <div className="bsetup__body">
        <div className="bsetup__templates" role="group" aria-labelledby={`templates-${sectionId}`}>
          <span className="field__label" id={`templates-${sectionId}`}>Columns from a template</span>
          <div className="bsetup__chips">
            {COLUMN_TEMPLATES.map((t) => (
              <button key={t.id} type="button" className="chip-btn" aria-pressed={picked?.id === t.id} disabled={columns.disabled} onClick={() => setTitles(templateText(t))}>{t.name}</button>
            ))}
          </div>
        </div>
        <label className="field">
          <span className="field__label">Columns, one per line (edit freely)</span>
          <textarea className="input bsetup__columns" rows={3} value={titles ?? current} disabled={columns.disabled} maxLength={MAX_COLUMN_TITLE * 9} onChange={(e) => setTitles(e.target.value)} />
        </label>
        <button type="button" className="btn btn--secondary btn--sm" disabled={columns.disabled || titles === null || titles === current} onClick={() => {
          const list = (titles ?? '').split('\n').map((t) => t.trim()).filter(Boolean);
          const byTitle = new Map(layout.columns.map((c) => [c.title, c.id]));
          const result = columns.run({ columns: list.map((title, i) => ({ id: byTitle.get(title) ?? layout.columns[i]?.id, title })) });
          report(result);
          if (result.ok) setTitles(null);
        }}>Save columns</button>
        <label className="bsetup__check">
          <input type="checkbox" checked={layout.settings.anonymous} disabled={anonymous.disabled} onChange={(e) => report(anonymous.run({ anonymous: e.target.checked }))} />
          Anonymous: no names on cards or votes{phase !== 'write' ? ' (set in the write phase)' : ''}
        </label>
        <div className="bsetup__row">
          <label className="field">
            <span className="field__label">Dots per person</span>
            <input className="input input--sm" type="number" min={1} max={MAX_VOTE_BUDGET} value={votes.budget} disabled={budget.disabled} onChange={(e) => report(budget.run({ budget: Number(e.target.value), maxPerCard: Math.min(votes.maxPerCard, Number(e.target.value)) }))} />
          </label>
          <label className="field">
            <span className="field__label">Most dots on one card</span>
            <input className="input input--sm" type="number" min={1} max={votes.budget} value={votes.maxPerCard} disabled={budget.disabled} onChange={(e) => report(budget.run({ budget: votes.budget, maxPerCard: Number(e.target.value) }))} />
          </label>
        </div>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </div>
    </details>
  );
}
