/**
 * Rounds side by side: every revealed round as a small histogram with its verdict and the
 * proposal it voted on, oldest first, so the group sees how the distribution moved.
 */
import type { RoundView } from '@roundtable/model';
import { useId } from 'react';
import { LevelHistogram } from './LevelHistogram.js';

/**
 * The revealed rounds of a section, side by side: from the second revealed round on, and while a
 * new round is open (its results are not shown in full then, but the earlier ones stay in view).
 */
export function RoundHistory({ rounds, voting }: { rounds: readonly RoundView[]; voting: boolean }) {
  const id = useId();
  const revealed = rounds.filter((r) => r.status === 'revealed' && r.result);
  if (revealed.length < (voting ? 1 : 2)) return null;
  return (
    <section className="agree-card agree-history" aria-labelledby={`${id}-title`} data-testid="round-history">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id={`${id}-title`}>{revealed.length > 1 ? 'Rounds side by side' : 'Earlier round'}</h3>
      </div>
      <ol className="agree-history__list">
        {revealed.map((r) => (
          <li key={r.id} className="agree-history__item" data-testid="history-round">
            <div className="agree-history__head">
              <span className="agree-history__number">Round {r.number}</span>
              {r.verdict ? <span className={`agree-pill ${r.verdict.met ? 'agree-pill--met' : 'agree-pill--not-met'}`}>{r.verdict.met ? 'Rule met' : 'Not met'}</span> : null}
            </div>
            <LevelHistogram compact counts={r.result!.counts} title={`Round ${r.number}`} />
            <p className="agree-history__proposal" title={r.proposal}>{r.proposal}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
