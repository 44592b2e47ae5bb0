/**
 * "Since your last visit": what others did on this board while this member was away, by
 * section, each section a button that opens it, and "Mark as seen" to dismiss (the items'
 * "New" markers go with it).
 */
import { memo, useMemo, useState } from 'react';
import { useMembersById } from '../hooks/useMembersById.js';
import { useSectionTitle } from '../hooks/useSectionTitle.js';
import { useVisitChanges, useVisitStore } from '../hooks/useVisit.js';
import { summarizeVisit, visitHeadline, type VisitSectionSummary } from '../visitText.js';
import { Icon } from './Icon.js';

/** Sections shown before "Show all". */
const FIRST = 4;

function SectionNews({ summary, onOpen }: { summary: VisitSectionSummary; onOpen: (id: string) => void }) {
  const title = useSectionTitle(summary.sectionId) ?? 'A section';
  return (
    <li className="visit__section">
      <button type="button" className="visit__open" onClick={() => onOpen(summary.sectionId)}>
        <span className="visit__section-title">{title}</span>
        <span className="new-count" aria-hidden="true">{summary.count} new</span>
        <Icon name="arrowRight" size={14} />
      </button>
      <ul className="visit__lines">
        {summary.lines.map((line, i) => <li key={i}>{line}</li>)}
      </ul>
    </li>
  );
}

/** The summary above the section; nothing when there is no news. */
export const SinceLastVisit = memo(function SinceLastVisit({ onOpen }: { onOpen: (sectionId: string) => void }) {
  const store = useVisitStore();
  const changes = useVisitChanges();
  const [all, setAll] = useState(false);
  const people = useMemo(() => [...new Set(changes.map((c) => c.by).filter((id): id is string => id !== null))], [changes]);
  const members = useMembersById(people);
  const summary = useMemo(() => summarizeVisit(changes, (id) => members.get(id)?.name ?? null), [changes, members]);
  if (!store || summary.length === 0) return null;
  const shown = all ? summary : summary.slice(0, FIRST);

  return (
    <section className="visit" aria-labelledby="visit-title" data-testid="since-last-visit">
      <div className="visit__head">
        <span className="visit__icon" aria-hidden="true"><Icon name="history" size={18} /></span>
        <div className="visit__heading">
          <h2 id="visit-title" className="visit__title">Since your last visit</h2>
          <p className="visit__headline">{visitHeadline(summary)}</p>
        </div>
        <button
          type="button"
          className="btn btn--sm btn--secondary"
          onClick={() => {
            store.dismiss();
            // The panel goes away with the button: keep the keyboard in the section, not on <body>.
            document.getElementById('section-content')?.focus();
          }}
        >
          <Icon name="check" size={14} /> Mark as seen
        </button>
      </div>
      <ul className="visit__sections">
        {shown.map((s) => <SectionNews key={s.sectionId} summary={s} onOpen={onOpen} />)}
      </ul>
      {summary.length > FIRST ? (
        <button type="button" className="btn btn--ghost btn--sm visit__more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${summary.length} sections`}
        </button>
      ) : null}
    </section>
  );
});
