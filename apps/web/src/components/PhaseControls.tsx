/**
 * The section's phases with "Previous phase" / "Next phase" (the phase actions, a lead power).
 * Each button is disabled with its action's reason: at either end of the phases, or when
 * someone else leads (then the group says who can move them).
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
  const [error, setError] = useState<string | null>(null);
  // Both disabled means no lead powers (a kind has several phases): the group says why.
  const reason = previous.disabled && next.disabled ? previous.reason : null;

  const move = (step: BoundAction<void, string>) => {
    const result = step.run();
    setError(result.ok ? null : result.error);
  };

  return (
    <div className="phase-controls">
      <PhaseSteps kind={section.kind} phase={section.phase} />
      {role === 'edit' ? (
        <div className="phase-controls__buttons" role="group" aria-label="Move phase" title={reason ?? undefined}>
          <button type="button" className="btn btn--secondary btn--sm btn--icon" aria-label={previous.label} title={previous.reason ?? previous.label} disabled={previous.disabled} aria-description={previous.reason ?? undefined} onClick={() => move(previous)}>
            <Icon name="left" size={14} />
          </button>
          <button type="button" className="btn btn--secondary btn--sm btn--icon" aria-label={next.label} title={next.reason ?? next.label} disabled={next.disabled} aria-description={next.reason ?? undefined} onClick={() => move(next)}>
            <Icon name="right" size={14} />
          </button>
        </div>
      ) : null}
      {error ? <p className="form-error" role="alert" data-testid="phase-error">{error}</p> : null}
    </div>
  );
}
