/** Dots on one card or group in the vote phase: − count +, re-sealing this member's allocation on each change. */
import { useState } from 'react';
import { useRunAction } from '../hooks/useAction.js';
import { useBrainstormLayout } from '../hooks/useBrainstormLayout.js';
import { useMyDots } from '../hooks/useSealing.js';
import { Icon } from './Icon.js';

/** Controls for `targetId` (`name` is the card's or group's name, for the buttons' labels). */
export function DotControls({ sectionId, targetId, name }: { sectionId: string; targetId: string; name: string }) {
  const mine = useMyDots(sectionId);
  const layout = useBrainstormLayout(sectionId);
  const run = useRunAction();
  const [error, setError] = useState<string | null>(null);
  if (!layout) return null;
  const { budget, maxPerCard } = layout.settings.votes;
  const here = mine.dots[targetId] ?? 0;
  const placed = Object.values(mine.dots).reduce((a, b) => a + b, 0);
  const change = (delta: number) => {
    const dots = { ...mine.dots, [targetId]: Math.max(0, here + delta) };
    if (dots[targetId] === 0) delete dots[targetId];
    const result = run('castDots', { sectionId }, { dots });
    setError(result.ok ? null : result.error);
  };
  const short = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return (
    <div className="dots" data-testid="dot-controls">
      <button type="button" className="btn btn--secondary btn--sm btn--icon" aria-label={`Remove a dot from ${short}`} disabled={here === 0} onClick={() => change(-1)}>
        <Icon name="minus" size={14} />
      </button>
      <span className="dots__count" aria-label={`${here} of your dots on ${short}`} data-testid="dot-count">
        {Array.from({ length: Math.max(here, 0) }, (_, i) => <span key={i} className="dots__dot" aria-hidden="true" />)}
        <span className="dots__number">{here}</span>
      </span>
      <button type="button" className="btn btn--secondary btn--sm btn--icon" aria-label={`Add a dot to ${short}`} disabled={placed >= budget || here >= maxPerCard} onClick={() => change(1)}>
        <Icon name="plus" size={14} />
      </button>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </div>
  );
}
