/**
 * Rounds side by side: every revealed round as a small histogram with its verdict and the
 * proposal it voted on, oldest first, so the group sees how the distribution moved.
 */
import type { RoundView } from '@roundtable/model';
import { LevelHistogram } from './LevelHistogram.js';

/** The revealed rounds of a section, side by side (shown from the second round on). */
export function RoundHistory({ rounds }: { rounds: readonly RoundView[] }) {
  const revealed = rounds.filter((r) => r.status === 'revealed' && r.result);
  if (revealed.length < 2) return null;
  return (
    <section className="agree-card agree-history" aria-labelledby="agree-history-title" data-testid="round-history">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id="agree-history-title">Rounds side by side</h3>
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
