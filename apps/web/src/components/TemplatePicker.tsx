/** Radio cards for the board templates, each listing the agenda and the content it starts with. */
import { TEMPLATES, TEMPLATE_ORDER, type TemplateId, type TemplateSection } from '@roundtable/model';
import { templateSectionNote } from '../templateText.js';
import { KindChip } from './KindChip.js';

function AgendaLine({ section }: { section: TemplateSection }) {
  const note = templateSectionNote(section);
  return (
    <span className="template-card__section">
      <KindChip kind={section.kind} />
      <span className="template-card__section-text">
        <span className="template-card__section-title">{section.title}</span>
        {note ? <span className="template-card__section-note">{note}</span> : null}
      </span>
    </span>
  );
}

/** Picks one template. */
export function TemplatePicker({ value, onChange }: { value: TemplateId; onChange: (id: TemplateId) => void }) {
  return (
    <fieldset className="templates">
      <legend className="field__label">Start from</legend>
      <div className="templates__grid">
        {TEMPLATE_ORDER.map((id) => {
          const t = TEMPLATES[id];
          const sections: readonly TemplateSection[] = t.sections;
          return (
            <label key={id} className={`template-card${value === id ? ' is-selected' : ''}`} data-template={id}>
              <input type="radio" name="template" value={id} checked={value === id} onChange={() => onChange(id)} className="visually-hidden" />
              <span className="template-card__name">{t.name}</span>
              <span className="template-card__desc">{t.description}</span>
              <span className="template-card__agenda">
                {sections.length === 0 ? (
                  <span className="template-card__empty">Empty agenda</span>
                ) : (
                  sections.map((s, i) => <AgendaLine key={i} section={s} />)
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
