/**
 * Text that turns into an input on click (or Enter): Enter or blur saves, Escape cancels.
 * Read-only callers get plain text. `validate` refuses before saving (an empty title, one over
 * the limit: the input stays open with the message); `onSave` returns the model's error.
 * With `counter`, a "186/200" counter shows near the title limit.
 */
import { useEffect, useId, useRef, useState, type ElementType } from 'react';
import { TitleCounter } from './TitleCounter.js';

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
  /** Why `next` cannot be saved, or null. */
  validate?: (next: string) => string | null;
  /** Show the title-length counter. */
  counter?: boolean;
  testId?: string;
}

/** An inline-editable line of text. */
export function InlineEdit({ value, onSave, label, editLabel, readOnly = false, className = '', as: Tag = 'span', validate, counter = false, testId }: InlineEditProps) {
  const id = useId();
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
    const problem = validate?.(draft) ?? onSave(draft);
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
        aria-describedby={`${id}-count ${id}-error`}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) setError(null);
        }}
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
      {counter ? <TitleCounter id={`${id}-count`} text={draft} /> : null}
      {error ? <span id={`${id}-error`} className="inline-edit__error" role="alert" data-testid="inline-edit-error">{error}</span> : null}
    </Tag>
  );
}
