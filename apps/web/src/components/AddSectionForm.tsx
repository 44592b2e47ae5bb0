/**
 * "Add section": pick a kind, type a title, Enter. An empty or space-only title is refused with
 * a sentence (no default title is made up); a counter shows the limit as the title nears it.
 */
import { SECTION_KINDS, type SectionKind } from '@roundtable/model';
import { useRef, useState, type FormEvent } from 'react';
import { useAction } from '../hooks/useAction.js';
import { KINDS } from '../kinds.js';
import { titleProblem } from '../titleText.js';
import { Icon } from './Icon.js';
import { KindChip } from './KindChip.js';
import { TitleCounter } from './TitleCounter.js';

/** Example titles per kind, as placeholders (never used as a title). */
const EXAMPLES: Record<SectionKind, string> = {
  purpose: 'e.g. Why we are here',
  brainstorm: 'e.g. Ideas for the offsite',
  agreement: 'e.g. Do we agree on the plan?',
};

/** Collapsed button that expands into a small form; calls `onAdded` with the new id. */
export function AddSectionForm({ onAdded }: { onAdded: (id: string) => void }) {
  const add = useAction('addSection');
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<SectionKind>('brainstorm');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  if (!open) {
    return (
      <button type="button" className="btn btn--ghost add-section__toggle" onClick={() => setOpen(true)}>
        <Icon name="plus" /> Add section
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = titleProblem(title, 'section');
    if (problem) {
      setError(problem);
      inputRef.current?.focus();
      return;
    }
    const result = add.run({ kind, title });
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
        ref={inputRef}
        className="input"
        aria-label="New section title"
        aria-invalid={error ? true : undefined}
        aria-describedby="new-section-count new-section-error"
        placeholder={EXAMPLES[kind]}
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          if (error) setError(null);
        }}
        autoFocus
      />
      <TitleCounter id="new-section-count" text={title} />
      {error ? <p id="new-section-error" className="form-error" role="alert" data-testid="add-section-error">{error}</p> : null}
      <div className="add-section__actions">
        <button type="button" className="btn btn--ghost btn--sm" onClick={() => setOpen(false)}>Cancel</button>
        <button type="submit" className="btn btn--primary btn--sm">Add</button>
      </div>
    </form>
  );
}
