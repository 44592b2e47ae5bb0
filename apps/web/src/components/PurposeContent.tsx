/**
 * The content of a purpose section: the co-edited statement with its counter, the optional
 * structured prompts (each co-edited), endorsements and named versions.
 */
import type { SectionView } from '@roundtable/model';
import { usePurpose } from '../hooks/usePurpose.js';
import { PurposeEndorsements } from './PurposeEndorsements.js';
import { PurposeField } from './PurposeField.js';
import { PurposeHistory } from './PurposeHistory.js';
import { isAnswered } from '../templateText.js';
import { useIsNew } from '../hooks/useVisit.js';
import { NewMarker } from './NewMarker.js';

const PROMPTS = [
  { field: 'why', label: 'Why are we here?', placeholder: 'The situation that brings this group together…' },
  { field: 'forWhom', label: 'For whom?', placeholder: 'Who benefits when we get this right…' },
  { field: 'success', label: 'What does success look like?', placeholder: 'How we will know it worked…' },
] as const;

/** Statement, prompts, endorsements and history of purpose section `section`. */
export function PurposeContent({ section }: { section: SectionView }) {
  const purpose = usePurpose(section.id);
  const edited = useIsNew('purpose', section.id);
  if (!purpose) return null;
  const filled = PROMPTS.filter((p) => isAnswered(p.field, purpose.prompts[p.field])).length;
  return (
    <div className="purpose" data-testid="purpose">
      <section className="purpose-statement" aria-labelledby="statement-title">
        <h3 id="statement-title" className="purpose-panel__title">Purpose statement{edited ? <> <NewMarker text="Edited" /></> : null}</h3>
        <PurposeField sectionId={section.id} field="statement" label="Purpose statement" placeholder="We are here to… (write together: everyone's edits and carets show live)" large />
      </section>
      <details className="purpose-prompts">
        <summary>Structured prompts <span className="muted">({filled} of 3 answered)</span></summary>
        <div className="purpose-prompts__list">
          {PROMPTS.map((p) => (
            <div key={p.field} className="purpose-prompt">
              <h4 className="purpose-prompt__label">{p.label}</h4>
              <PurposeField sectionId={section.id} field={p.field} label={p.label} placeholder={p.placeholder} />
            </div>
          ))}
        </div>
      </details>
      <div className="purpose-panels">
        <PurposeEndorsements purpose={purpose} />
        <PurposeHistory purpose={purpose} section={section} />
      </div>
    </div>
  );
}
