/** "Spotlight this section" / "End spotlight": ask everyone to follow here (a lead power). */
import type { SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import { useSpotlight } from '../hooks/useSpotlight.js';
import { Icon } from './Icon.js';

/** The spotlight toggle of `section`. */
export function SpotlightButton({ section }: { section: SectionView }) {
  const { member, role } = useBoardContext();
  const start = useAction('startSpotlight', { sectionId: section.id });
  const end = useAction('endSpotlight');
  const spotlight = useSpotlight();
  const [error, setError] = useState<string | null>(null);
  const here = spotlight?.sectionId === section.id;
  // While this section is spotlighted, the banner says so; its starter ends it from there.
  if (role !== 'edit' || (here && (spotlight.by === member?.id || end.disabled))) return null;
  const action = here ? end : start;
  const reason = action.reason;

  const toggle = () => {
    const result = action.run();
    setError(result.ok ? null : result.error);
  };

  return (
    <span className="spotlight-toggle">
      <button
        type="button"
        className={`btn btn--sm ${here ? 'btn--secondary' : 'btn--spotlight'}`}
        disabled={action.disabled}
        title={reason ?? (here ? 'Stop asking everyone to follow' : 'Ask everyone to follow to this section')}
        aria-description={reason ?? undefined}
        onClick={toggle}
      >
        <Icon name="spotlight" size={14} /> {action.label}
      </button>
      {error ? <span className="form-error" role="alert">{error}</span> : null}
    </span>
  );
}
