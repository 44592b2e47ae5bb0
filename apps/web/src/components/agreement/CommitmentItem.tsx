/** One commitment: "I will … by …", whose it is, its state, accept/decline for a proposed one, and done. */
import type { CommitmentView } from '@roundtable/model';
import { memo, useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useMember } from '../../hooks/useMember.js';
import { useSectionTitle } from '../../hooks/useSectionTitle.js';
import { Avatar } from '../Avatar.js';
import { UnseenMarker } from '../UnseenMarker.js';
import { commitmentSentence } from './agreementText.js';

/** Commitment `commitment`; `me` is this device's member id. */
export const CommitmentItem = memo(function CommitmentItem({ commitment, me, showSection = false }: { commitment: CommitmentView; me: string | null; showSection?: boolean }) {
  const target = { sectionId: commitment.sectionId, commitmentId: commitment.id };
  const accept = useAction('acceptCommitment', target);
  const decline = useAction('declineCommitment', target);
  const done = useAction('setCommitmentDone', target);
  const owner = useMember(commitment.owner);
  const creator = useMember(commitment.createdBy);
  const sectionTitle = useSectionTitle(showSection ? commitment.sectionId : null);
  const [error, setError] = useState<string | null>(null);
  const isDone = commitment.doneAt !== null;
  const sentence = commitmentSentence(commitment.text, commitment.due);
  const report = (r: { ok: boolean; error?: string }) => setError(r.ok ? null : (r.error ?? null));
  const mine = commitment.owner === me;

  return (
    <li className={`agree-commitment agree-commitment--${commitment.state}${isDone ? ' is-done' : ''}`} data-testid="commitment">
      {commitment.state === 'active' ? (
        <input type="checkbox" className="agree-commitment__check" checked={isDone} disabled={done.disabled} title={done.reason ?? undefined} aria-label={`Done: ${sentence}`} onChange={(e) => report(done.run({ done: e.target.checked }))} />
      ) : (
        <span className="agree-commitment__check agree-commitment__check--none" aria-hidden="true" />
      )}
      <div className="agree-commitment__body">
        <p className="agree-commitment__text"><span data-testid="commitment-text">{sentence}</span> <UnseenMarker kind="commitment" itemId={commitment.id} /></p>
        <p className="agree-commitment__meta">
          <Avatar name={owner?.name ?? '?'} color={owner?.color ?? '#67677a'} size={18} />
          <span>{mine ? 'You' : (owner?.name ?? 'Someone')}</span>
          {commitment.createdBy !== commitment.owner ? <span>· proposed by {commitment.createdBy === me ? 'you' : (creator?.name ?? 'the lead')}</span> : null}
          {showSection ? <span>· in {sectionTitle ?? 'a removed section'}</span> : null}
          {commitment.state === 'proposed' ? <span className="agree-pill agree-pill--waiting" data-testid="commitment-state">{mine ? 'Waiting for your answer' : `Waiting for ${owner?.name ?? 'an answer'}`}</span> : null}
          {commitment.state === 'declined' ? <span className="agree-pill" data-testid="commitment-state">Declined</span> : null}
          {isDone ? <span className="agree-pill agree-pill--met" data-testid="commitment-state">Done</span> : null}
        </p>
        {commitment.state === 'proposed' && !accept.disabled ? (
          <span className="agree-commitment__answer">
            <button type="button" className="btn btn--primary btn--sm" aria-label={`Accept: ${sentence}`} onClick={() => report(accept.run())}>Accept</button>
            <button type="button" className="btn btn--secondary btn--sm" aria-label={`Decline: ${sentence}`} onClick={() => report(decline.run())}>Decline</button>
          </span>
        ) : null}
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </div>
    </li>
  );
});
