/**
 * A revealed round: the plain verdict (is the rule met, and why not), the histogram over the
 * eight levels with counts and names (or none, when anonymous), and the comments of everyone
 * at 5-8 as concerns to discuss.
 */
import { describeRule, levelLabel, type RoundView } from '@roundtable/model';
import { useMembersById } from '../../hooks/useMembersById.js';
import { Avatar } from '../Avatar.js';
import { Icon } from '../Icon.js';
import { LevelHistogram } from './LevelHistogram.js';
import { concernsOf, namesPerLevel } from './agreementText.js';
import { levelTone } from './histogramLayout.js';

/** The verdict banner of a revealed round. */
export function VerdictBanner({ round }: { round: RoundView }) {
  if (!round.verdict) return null;
  const { met, reasons } = round.verdict;
  return (
    <div className={`agree-verdict ${met ? 'agree-verdict--met' : 'agree-verdict--not-met'}`} data-testid="verdict" role="status">
      <span className="agree-verdict__icon" aria-hidden="true"><Icon name={met ? 'check' : 'alert'} size={18} /></span>
      <div>
        <p className="agree-verdict__title">{met ? 'The rule is met' : 'The rule is not met'}</p>
        <p className="agree-verdict__why">
          {met ? `Passes if: ${round.rule ? describeRule(round.rule) : 'the rule'}.` : `Why not: ${reasons.join('; ')}.`}
        </p>
      </div>
    </div>
  );
}

/** Results of revealed `round`. */
export function RoundResults({ round, currentProposal }: { round: RoundView; currentProposal: string | null }) {
  const votes = round.result?.votes ?? [];
  const members = useMembersById(votes.map((v) => v.voter).filter((v): v is string => v !== null));
  const nameOf = (id: string) => members.get(id)?.name ?? 'Someone';
  const concerns = concernsOf(votes);
  const total = round.result?.ballots ?? 0;
  return (
    <section className="agree-card agree-results" aria-labelledby={`results-${round.id}`} data-testid="results">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id={`results-${round.id}`}>Round {round.number} results</h3>
        <span className="agree-pill">{total} {total === 1 ? 'vote' : 'votes'}{round.anonymous ? ' · anonymous' : ''}</span>
      </div>
      {currentProposal !== null && currentProposal !== round.proposal ? <p className="agree-card__meta agree-results__voted-on">Voted on the earlier text: “{round.proposal}”</p> : null}
      <VerdictBanner round={round} />
      <LevelHistogram counts={round.result?.counts ?? []} names={namesPerLevel(votes, round.anonymous, nameOf)} title={`Round ${round.number} results`} />
      <div className="agree-concerns" data-testid="concerns">
        <h4 className="agree-subtitle">Concerns to discuss</h4>
        {concerns.length === 0 ? (
          <p className="agree-empty">No comments at levels 5–8.</p>
        ) : (
          <ul className="agree-concerns__list">
            {concerns.map((c, i) => {
              const m = c.voter ? members.get(c.voter) : undefined;
              return (
                <li key={`${c.voter ?? 'anon'}-${i}`} className={`agree-concern agree-concern--${levelTone(c.level)}`} data-testid="concern">
                  <span className={`agree-level agree-level--${levelTone(c.level)}`} title={levelLabel(c.level)}>{c.level}</span>
                  <div className="agree-concern__body">
                    <p className="agree-concern__text">{c.comment}</p>
                    <p className="agree-concern__who">
                      {m ? <Avatar name={m.name} color={m.color} size={18} /> : null}
                      {round.anonymous ? 'Anonymous' : (m?.name ?? 'Someone')} · {levelLabel(c.level)}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
