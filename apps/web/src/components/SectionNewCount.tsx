/** An agenda row's count of news since the last visit ("3 new"); nothing when there is none. */
import { memo } from 'react';
import { useSectionNewCount } from '../hooks/useVisit.js';

export const SectionNewCount = memo(function SectionNewCount({ sectionId }: { sectionId: string }) {
  const count = useSectionNewCount(sectionId);
  if (count === 0) return null;
  return (
    <span className="new-count" data-testid="agenda-new-count">
      {count} new<span className="visually-hidden"> since your last visit</span>
    </span>
  );
});
