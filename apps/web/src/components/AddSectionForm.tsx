/** "Add section": pick a kind, type a title, Enter. */
import { MAX_TITLE_LENGTH, SECTION_KINDS, type SectionKind } from '@roundtable/model';
import { useState, type FormEvent } from 'react';
import { useAction } from '../hooks/useAction.js';
import { KINDS } from '../kinds.js';
import { Icon } from './Icon.js';
import { KindChip } from './KindChip.js';

/** Collapsed button that expands into a small form; calls `onAdded` with the new id. */
export function AddSectionForm({ onAdded }: { onAdded: (id: string) => void }) {
  const add = useAction('addSection');
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<SectionKind>('brainstorm');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" className="btn btn--ghost add-section__toggle" onClick={() => setOpen(true)}>
        <Icon name="plus" /> Add section
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = add.run({ kind, title: title || KINDS[kind].label });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setTitle('');
    setError(null);
    setOpen(false);
    onAdded(result.value);
  };

  return (
    <form className="add-section" onSubmit={submit} aria-label="Add a section" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <div className="segmented" role="radiogroup" aria-label="Section kind">
        {SECTION_KINDS.map((k) => (
          <button key={k} type="button" role="radio" aria-checked={k === kind} className="segmented__option" onClick={() => setKind(k)}>
            <KindChip kind={k} /> {KINDS[k].label}
          </button>
        ))}
      </div>
      <input
        className="input"
        aria-label="New section title"
        placeholder={`${KINDS[kind].label} title`}
        value={title}
        maxLength={MAX_TITLE_LENGTH}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="add-section__actions">
        <button type="button" className="btn btn--ghost btn--sm" onClick={() => setOpen(false)}>Cancel</button>
        <button type="submit" className="btn btn--primary btn--sm">Add</button>
      </div>
    </form>
  );
}
