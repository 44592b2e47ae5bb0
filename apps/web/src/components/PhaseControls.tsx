/**
 * The section's phases with "Previous phase" / "Next phase" (the phase actions, a lead power).
 * At the first or last phase the arrow that would leave the list is inert (`aria-disabled`, so
 * it keeps focus) and says why with its action's reason ("Already in its first phase"); when
 * someone else leads, both say who can move them. A refusal from the model (a race with
 * another device) is shown until the phase changes, whoever changed it.
 */
import type { SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction, type BoundAction } from '../hooks/useAction.js';
import { Icon } from './Icon.js';
import { PhaseSteps } from './PhaseSteps.js';

/** Phase stepper plus previous/next controls for `section`. */
export function PhaseControls({ section }: { section: SectionView }) {
  const { role } = useBoardContext();
  const previous = useAction('previousPhase', { sectionId: section.id });
  const next = useAction('nextPhase', { sectionId: section.id });
  // The message belongs to the phase it was about: a phase change (anyone's) clears it.
  const [error, setError] = useState<{ phase: string; text: string } | null>(null);

  const arrow = (step: BoundAction<void, string>, icon: 'left' | 'right') => (
    <button
      type="button"
      className="btn btn--secondary btn--sm btn--icon"
      aria-label={step.label}
      title={step.reason ?? step.label}
      aria-disabled={step.disabled ? true : undefined}
      aria-description={step.reason ?? undefined}
      onClick={() => {
        if (step.disabled) return;
        const result = step.run();
        setError(result.ok ? null : { phase: section.phase, text: result.error });
      }}
    >
      <Icon name={icon} size={14} />
    </button>
  );

  return (
    <div className="phase-controls">
      <PhaseSteps kind={section.kind} phase={section.phase} />
      {role === 'edit' ? (
        <div className="phase-controls__buttons" role="group" aria-label="Move phase">
          {arrow(previous, 'left')}
          {arrow(next, 'right')}
        </div>
      ) : null}
      {error && error.phase === section.phase ? <p className="form-error" role="alert" data-testid="phase-error">{error.text}</p> : null}
    </div>
  );
}
