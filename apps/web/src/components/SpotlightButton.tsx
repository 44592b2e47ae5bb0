/** "Spotlight this section" / "End spotlight": ask everyone to follow here (a lead power). */
import { endSpotlight, startSpotlight, type SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useLeadPowers } from '../hooks/useLeadPowers.js';
import { useSpotlight } from '../hooks/useSpotlight.js';
import { asSentence } from '../sentence.js';
import { Icon } from './Icon.js';

/** The spotlight toggle of `section`. */
export function SpotlightButton({ section }: { section: SectionView }) {
  const { connection, member, role } = useBoardContext();
  const powers = useLeadPowers(section);
  const spotlight = useSpotlight();
  const [error, setError] = useState<string | null>(null);
  const here = spotlight?.sectionId === section.id;
  // While this section is spotlighted, the banner says so; its starter ends it from there.
  if (role !== 'edit' || (here && (spotlight.by === member?.id || !powers.allowed))) return null;
  const reason = here ? null : powers.reason('spotlight it');

  const toggle = () => {
    if (!member) return;
    const at = connection.clock.now();
    const result = here ? endSpotlight(connection.doc, { by: member.id, at }) : startSpotlight(connection.doc, { sectionId: section.id, by: member.id, at });
    setError(result.ok ? null : asSentence(result.error));
  };

  return (
    <span className="spotlight-toggle">
      <button
        type="button"
        className={`btn btn--sm ${here ? 'btn--secondary' : 'btn--spotlight'}`}
        disabled={!here && !powers.allowed}
        title={reason ?? (here ? 'Stop asking everyone to follow' : 'Ask everyone to follow to this section')}
        aria-description={reason ?? undefined}
        onClick={toggle}
      >
        <Icon name="spotlight" size={14} /> {here ? 'End spotlight' : 'Spotlight this section'}
      </button>
      {error ? <span className="form-error" role="alert">{error}</span> : null}
    </span>
  );
}
