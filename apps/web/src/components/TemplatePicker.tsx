/** Radio cards for the board templates, each listing the agenda it starts with. */
import { TEMPLATES, type TemplateId } from '@roundtable/model';
import { KindChip } from './KindChip.js';

const ORDER: readonly TemplateId[] = ['workshop', 'retrospective', 'blank'];

/** Picks one template. */
export function TemplatePicker({ value, onChange }: { value: TemplateId; onChange: (id: TemplateId) => void }) {
  return (
    <fieldset className="templates">
      <legend className="field__label">Start from</legend>
      <div className="templates__grid">
        {ORDER.map((id) => {
          const t = TEMPLATES[id];
          return (
            <label key={id} className={`template-card${value === id ? ' is-selected' : ''}`}>
              <input type="radio" name="template" value={id} checked={value === id} onChange={() => onChange(id)} className="visually-hidden" />
              <span className="template-card__name">{t.name}</span>
              <span className="template-card__desc">{t.description}</span>
              <span className="template-card__agenda">
                {t.sections.length === 0 ? (
                  <span className="template-card__empty">Empty agenda</span>
                ) : (
                  t.sections.map((s, i) => <KindChip key={i} kind={s.kind} />)
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
