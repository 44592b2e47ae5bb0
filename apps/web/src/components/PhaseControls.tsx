/**
 * The section's phases with "Previous phase" / "Next phase" (a lead power). At the first or
 * last phase the arrow that would leave the list is inert (`aria-disabled`, so it keeps focus)
 * and says why; when someone else leads, both say who can move them. A refusal from the model
 * (a race with another device) is shown until the phase changes, whoever changed it.
 */
import { nextPhase, previousPhase, type SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useLeadPowers } from '../hooks/useLeadPowers.js';
import { phaseEndReason } from '../kinds.js';
import { asSentence } from '../sentence.js';
import { Icon } from './Icon.js';
import { PhaseSteps } from './PhaseSteps.js';

/** Phase stepper plus previous/next controls for `section`. */
export function PhaseControls({ section }: { section: SectionView }) {
  const { connection, member, role } = useBoardContext();
  const powers = useLeadPowers(section);
  // The message belongs to the phase it was about: a phase change (anyone's) clears it.
  const [error, setError] = useState<{ phase: string; text: string } | null>(null);
  const leadReason = powers.reason('move its phases');

  const move = (step: typeof nextPhase) => {
    if (!member) return;
    const result = step(connection.doc, { sectionId: section.id, by: member.id, at: connection.clock.now() });
    setError(result.ok ? null : { phase: section.phase, text: asSentence(result.error) });
  };

  const arrow = (direction: 'previous' | 'next') => {
    const reason = leadReason ?? phaseEndReason(section.kind, section.phase, direction);
    const label = direction === 'previous' ? 'Previous phase' : 'Next phase';
    return (
      <button
        type="button"
        className="btn btn--secondary btn--sm btn--icon"
        aria-label={label}
        title={reason ?? label}
        aria-disabled={reason ? true : undefined}
        aria-description={reason ?? undefined}
        onClick={() => {
          if (!reason) move(direction === 'previous' ? previousPhase : nextPhase);
        }}
      >
        <Icon name={direction === 'previous' ? 'left' : 'right'} size={14} />
      </button>
    );
  };

  return (
    <div className="phase-controls">
      <PhaseSteps kind={section.kind} phase={section.phase} />
      {role === 'edit' ? (
        <div className="phase-controls__buttons" role="group" aria-label="Move phase">
          {arrow('previous')}
          {arrow('next')}
        </div>
      ) : null}
      {error && error.phase === section.phase ? <p className="form-error" role="alert" data-testid="phase-error">{error.text}</p> : null}
    </div>
  );
}
