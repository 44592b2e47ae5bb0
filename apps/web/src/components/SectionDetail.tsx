/**
 * The selected section: kind, editable title, the lead bar, phases with their controls, the
 * shared timer, who is here, and its content area. Lead powers (phase, timer, spotlight)
 * are enabled for the lead, or for everyone when nobody leads.
 */
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import { useSection } from '../hooks/useSection.js';
import { useViewers } from '../hooks/useViewers.js';
import { KINDS } from '../kinds.js';
import { titleProblem } from '../titleText.js';
import { Avatar } from './Avatar.js';
import { InlineEdit } from './InlineEdit.js';
import { KindChip } from './KindChip.js';
import { LeadBar } from './LeadBar.js';
import { PhaseControls } from './PhaseControls.js';
import { PurposeBanner } from './PurposeBanner.js';
import { SectionContent } from './SectionContent.js';
import { SectionTimer } from './SectionTimer.js';
import { SpotlightButton } from './SpotlightButton.js';

/** Detail of section `id` (position `index` of `count`). */
export function SectionDetail({ id, index, count }: { id: string; index: number; count: number }) {
  const { role } = useBoardContext();
  const section = useSection(id);
  const rename = useAction('renameSection', { sectionId: id });
  const viewers = useViewers(id);
  if (!section) return null;
  const kind = KINDS[section.kind];

  return (
    <article className="detail" aria-label={section.title} data-testid="section-detail">
      {section.kind !== 'purpose' ? <PurposeBanner /> : null}
      <div className="detail__eyebrow">
        <KindChip kind={section.kind} withLabel />
        <span className="detail__position">Section {index + 1} of {count}</span>
        <span className="detail__spacer" />
        <SpotlightButton section={section} />
      </div>
      <div>
        <InlineEdit
          as="h2"
          className="detail__title"
          value={section.title}
          label="Section title"
          editLabel="rename section"
          readOnly={role !== 'edit'}
          counter
          validate={(title) => titleProblem(title, 'section')}
          onSave={(title) => {
            const result = rename.run({ title });
            return result.ok ? null : result.error;
          }}
        />
      </div>
      <p className="detail__blurb">{kind.blurb}</p>

      <LeadBar section={section} />

      <dl className="detail__facts">
        <div className="fact fact--top">
          <dt>Phase</dt>
          <dd><PhaseControls section={section} /></dd>
        </div>
        <div className="fact">
          <dt>Here now</dt>
          <dd className="fact__viewers" data-testid="section-viewers">
            {viewers.length === 0 ? <span className="muted">Nobody</span> : viewers.map((v) => (
              <span key={v.memberId} className="viewer-chip">
                <Avatar name={v.name} color={v.color} size={20} />
                {v.isSelf ? `${v.name} (you)` : v.name}
              </span>
            ))}
          </dd>
        </div>
      </dl>

      <SectionTimer section={section} />

      <SectionContent section={section} />
    </article>
  );
}
