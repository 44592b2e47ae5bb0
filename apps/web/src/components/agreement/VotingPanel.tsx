/**
 * The open round: how many have voted and, in a named round, who (never how: ballots are
 * sealed), this member's ballot, and the lead's Reveal, which asks the relay to open every
 * ballot and write the result in one transaction (edit links only).
 */
import type { AgreementView, RoundView } from '@roundtable/model';
import { useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useBoardContext } from '../../hooks/boardContext.js';
import { useMember } from '../../hooks/useMember.js';
import { useMembersById } from '../../hooks/useMembersById.js';
import { useTracked } from '../../hooks/useTracked.js';
import { Avatar } from '../Avatar.js';
import { Icon } from '../Icon.js';
import { BallotForm } from './BallotForm.js';
import { votedText } from './agreementText.js';

/** Who has voted in `round` (names only when the round is named). */
function VoteProgress({ round }: { round: RoundView }) {
  const { store } = useBoardContext();
  const members = useTracked(() => store.getMembers().length, [store]);
  const voters = useMembersById(round.voters);
  const voted = round.anonymous ? round.ballotCount : round.voters.length;
  const pct = Math.min(100, Math.round((voted / Math.max(1, members, voted)) * 100));
  return (
    <div className="agree-progress" data-testid="vote-progress">
      <div className="agree-progress__row">
        <p className="agree-progress__text" data-testid="voted-count" aria-live="polite">{votedText(voted, members)}</p>
        {round.anonymous ? <span className="agree-pill">Anonymous: only how many</span> : null}
      </div>
      <div className="agree-progress__bar" aria-hidden="true"><span style={{ width: `${pct}%` }} /></div>
      {!round.anonymous && round.voters.length > 0 ? (
        <ul className="agree-voters" aria-label="Who has voted" data-testid="voters">
          {[...round.voters].sort((a, b) => (voters.get(a)?.name ?? '').localeCompare(voters.get(b)?.name ?? '')).map((id) => {
            const m = voters.get(id);
            return (
              <li key={id} className="viewer-chip">
                <Avatar name={m?.name ?? '?'} color={m?.color ?? '#67677a'} size={20} />
                {m?.name ?? 'Someone'}
                <Icon name="check" size={12} />
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** The open round of `agreement`. */
export function VotingPanel({ agreement, round }: { agreement: AgreementView; round: RoundView }) {
  const sectionId = agreement.section.id;
  const reveal = useAction('revealRound', { sectionId });
  const lead = useMember(agreement.section.lead);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const doReveal = async () => {
    const started = reveal.run();
    if (!started.ok) return setMessage({ tone: 'error', text: started.error });
    setBusy(true);
    const result = await started.value;
    setBusy(false);
    setMessage(result.ok ? null : { tone: 'error', text: result.error });
  };
  return (
    <section className="agree-card agree-voting" aria-labelledby={`voting-${sectionId}`} data-testid="voting">
      <div className="agree-card__head">
        <h3 className="agree-card__title" id={`voting-${sectionId}`}>Round {round.number}: vote</h3>
        <span className="agree-pill agree-pill--sealed"><Icon name="lock" size={12} /> Sealed until the reveal</span>
        <span className="agree-card__spacer" />
        {!reveal.disabled ? (
          <button type="button" className="btn btn--primary btn--sm" disabled={busy} title="Open every sealed ballot for everyone" onClick={() => void doReveal()}>
            <Icon name="eye" size={14} /> {busy ? 'Revealing…' : 'Reveal votes'}
          </button>
        ) : null}
      </div>
      {reveal.disabled && reveal.reason?.startsWith('Only') ? <p className="agree-card__meta">{lead?.name ?? 'The lead'} reveals the votes when everyone is ready.</p> : null}
      {message ? <p className="form-error" role="alert" data-testid="reveal-message">{message.text}</p> : null}
      <VoteProgress round={round} />
      <BallotForm key={round.id} sectionId={sectionId} round={round} />
    </section>
  );
}
