/**
 * The section's phases with "Previous phase" / "Next phase" (a lead power). Going beyond the
 * list is refused by the model and the refusal is shown; when someone else leads, the
 * buttons are disabled and say who can move them.
 */
import { nextPhase, previousPhase, type SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useLeadPowers } from '../hooks/useLeadPowers.js';
import { asSentence } from '../sentence.js';
import { Icon } from './Icon.js';
import { PhaseSteps } from './PhaseSteps.js';

/** Phase stepper plus previous/next controls for `section`. */
export function PhaseControls({ section }: { section: SectionView }) {
  const { connection, member, role } = useBoardContext();
  const powers = useLeadPowers(section);
  const [error, setError] = useState<string | null>(null);
  const reason = powers.reason('move its phases');

  const move = (step: typeof nextPhase) => {
    if (!member) return;
    const result = step(connection.doc, { sectionId: section.id, by: member.id, at: connection.clock.now() });
    setError(result.ok ? null : asSentence(result.error));
  };

  return (
    <div className="phase-controls">
      <PhaseSteps kind={section.kind} phase={section.phase} />
      {role === 'edit' ? (
        <div className="phase-controls__buttons" role="group" aria-label="Move phase" title={reason ?? undefined}>
          <button type="button" className="btn btn--secondary btn--sm btn--icon" aria-label="Previous phase" title={reason ?? 'Previous phase'} disabled={!powers.allowed} aria-description={reason ?? undefined} onClick={() => move(previousPhase)}>
            <Icon name="left" size={14} />
          </button>
          <button type="button" className="btn btn--secondary btn--sm btn--icon" aria-label="Next phase" title={reason ?? 'Next phase'} disabled={!powers.allowed} aria-description={reason ?? undefined} onClick={() => move(nextPhase)}>
            <Icon name="right" size={14} />
          </button>
        </div>
      ) : null}
      {error ? <p className="form-error" role="alert" data-testid="phase-error">{error}</p> : null}
    </div>
  );
}
