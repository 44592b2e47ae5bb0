/**
 * Who stands behind the purpose: "Endorse this text" for this member, the members who endorse
 * the current text (avatars and names), and those who endorsed an earlier version, each with a
 * word diff of what changed since. Endorsing is refused on a view link and for an empty or
 * over-long statement, with the reason next to the button.
 */
import { capitalised, DEFAULT_MEMBER_COLOR, statementProblem, type PurposeView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import { useMembers } from '../hooks/useMembers.js';
import { Avatar } from './Avatar.js';
import { UnseenMarker } from './UnseenMarker.js';
import { WordDiffView } from './WordDiffView.js';

/** The endorsement panel of a purpose section. */
export function PurposeEndorsements({ purpose }: { purpose: PurposeView }) {
  const { member } = useBoardContext();
  const members = useMembers();
  const endorseAction = useAction('endorsePurpose', { sectionId: purpose.sectionId });
  const withdrawAction = useAction('withdrawEndorsement', { sectionId: purpose.sectionId });
  const [error, setError] = useState<string | null>(null);
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? 'A former member';
  const colorOf = (id: string) => members.find((m) => m.id === id)?.color ?? DEFAULT_MEMBER_COLOR;
  const mine = member ? purpose.endorsements.find((e) => e.memberId === member.id) : undefined;
  const current = purpose.endorsements.filter((e) => e.current);
  const earlier = purpose.endorsements.filter((e) => !e.current);
  const statement = statementProblem(purpose.statement, 'endorsed');
  const problem = endorseAction.reason ?? (statement ? capitalised(statement) : null);

  // The button stays focusable when unavailable (aria-disabled) and says why when pressed.
  const endorse = () => {
    if (endorseAction.reason) return setError(endorseAction.reason);
    const result = endorseAction.run();
    setError(result.ok ? null : result.error);
  };
  const withdraw = () => {
    const result = withdrawAction.run();
    setError(result.ok ? null : result.error);
  };

  return (
    <section className="purpose-panel" aria-labelledby="endorsements-title" data-testid="endorsements">
      <div className="purpose-panel__head">
        <h3 id="endorsements-title" className="purpose-panel__title">Endorsements</h3>
        <div className="purpose-panel__actions">
          {mine?.current ? (
            <>
              <span className="purpose-badge purpose-badge--ok">You endorse this text</span>
              <button type="button" className="btn btn--ghost btn--sm" onClick={withdraw}>Withdraw</button>
            </>
          ) : (
            <button type="button" className="btn btn--primary btn--sm" onClick={endorse} aria-disabled={problem !== null} aria-describedby={problem ? 'endorse-reason' : undefined}>
              {mine ? 'Re-endorse this text' : 'Endorse this text'}
            </button>
          )}
        </div>
      </div>
      {problem && !mine?.current ? <p id="endorse-reason" className="purpose-panel__hint">{problem}</p> : null}
      {error ? <p className="purpose-panel__error" role="alert">{error}</p> : null}

      <h4 className="purpose-panel__subtitle">Endorse the current text ({current.length})</h4>
      {current.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul className="endorsers" data-testid="endorsers-current">
          {current.map((e) => (
            <li key={e.memberId} className="viewer-chip">
              <Avatar name={nameOf(e.memberId)} color={colorOf(e.memberId)} size={20} />
              {e.memberId === member?.id ? `${nameOf(e.memberId)} (you)` : nameOf(e.memberId)}
              <UnseenMarker kind="endorsement" itemId={e.memberId} />
            </li>
          ))}
        </ul>
      )}

      {earlier.length > 0 ? (
        <>
          <h4 className="purpose-panel__subtitle">Endorsed an earlier version ({earlier.length})</h4>
          <ul className="endorsers-earlier" data-testid="endorsers-earlier">
            {earlier.map((e) => (
              <li key={e.memberId}>
                <details className="earlier">
                  <summary>
                    <Avatar name={nameOf(e.memberId)} color={colorOf(e.memberId)} size={20} />
                    <span>
                      {e.memberId === member?.id ? 'You' : nameOf(e.memberId)} endorsed an earlier version
                    </span>
                    <span className="earlier__more">What changed since</span>
                  </summary>
                  <WordDiffView before={e.text} after={purpose.statement} label={`What changed since ${nameOf(e.memberId)} endorsed`} />
                </details>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
