/**
 * Text that turns into an input on click (or Enter): Enter or blur saves, Escape cancels.
 * Read-only callers get plain text. Validation stays in the model: `onSave` returns its error.
 */
import { useEffect, useRef, useState, type ElementType } from 'react';

/** Props of an inline-editable single line. */
export interface InlineEditProps {
  value: string;
  /** Saves the new text; returns an error message to keep the input open. */
  onSave: (next: string) => string | null;
  /** Accessible name of the input. */
  label: string;
  /** Screen-reader-only suffix of the button that starts editing, e.g. "rename board". */
  editLabel: string;
  readOnly?: boolean;
  className?: string;
  as?: ElementType;
  maxLength?: number;
  testId?: string;
}

/** An inline-editable line of text. */
export function InlineEdit({ value, onSave, label, editLabel, readOnly = false, className = '', as: Tag = 'span', maxLength, testId }: InlineEditProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (draft !== null) inputRef.current?.select();
    else if (refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [draft === null]); // eslint-disable-line react-hooks/exhaustive-deps

  if (readOnly) return <Tag className={`inline-edit inline-edit--static ${className}`}>{value}</Tag>;

  if (draft === null) {
    return (
      <Tag className={`inline-edit ${className}`}>
        <button ref={buttonRef} type="button" className="inline-edit__button" title="Click to rename" onClick={() => setDraft(value)}>
          {value}
          <span className="visually-hidden">, {editLabel}</span>
        </button>
      </Tag>
    );
  }

  const commit = () => {
    if (draft.trim() === value) {
      setDraft(null);
      return;
    }
    const problem = onSave(draft);
    if (problem) setError(problem);
    else {
      setError(null);
      setDraft(null);
    }
  };

  return (
    <Tag className={`inline-edit is-editing ${className}`}>
      <input
        ref={inputRef}
        className="inline-edit__input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        value={draft}
        maxLength={maxLength}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            refocus.current = true;
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            refocus.current = true;
            setError(null);
            setDraft(null);
          }
        }}
      />
      {error ? <span className="inline-edit__error" role="alert">{error}</span> : null}
    </Tag>
  );
}
