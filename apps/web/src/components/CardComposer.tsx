/**
 * A card's text field: Enter adds, Shift+Enter starts a new line; a counter shows near the
 * 2,000-character limit and, beyond it, a clear message while the text stays in the field.
 */
import { MAX_CARD_TEXT } from '@roundtable/model';
import { useId, useState, type KeyboardEvent } from 'react';

/** Counts characters the way the model does (code points). */
const length = (text: string) => [...text].length;

/** Text area + submit for a new or edited card; `onSubmit` returns an error sentence or null. */
export function CardComposer({ label, submitLabel, initial = '', disabled, reason, autoFocus, onSubmit, onCancel }: {
  label: string;
  submitLabel: string;
  initial?: string;
  disabled?: boolean;
  reason?: string | null;
  autoFocus?: boolean;
  onSubmit: (text: string) => string | null;
  onCancel?: () => void;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const count = length(text);
  const over = count > MAX_CARD_TEXT;
  const near = count >= MAX_CARD_TEXT - 200;

  const submit = () => {
    if (text.trim() === '') return;
    if (over) {
      setError(`This card is ${count.toLocaleString('en')} characters; the limit is ${MAX_CARD_TEXT.toLocaleString('en')}. Shorten it to add it — your text is kept here.`);
      return;
    }
    const failure = onSubmit(text);
    setError(failure);
    if (failure === null && !onCancel) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="composer">
      <label className="visually-hidden" htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="composer__input input"
        placeholder={disabled ? (reason ?? label) : `${label}…`}
        value={text}
        rows={2}
        disabled={disabled}
        autoFocus={autoFocus}
        aria-invalid={over || undefined}
        aria-describedby={`${id}-count ${id}-error`}
        aria-keyshortcuts="Enter Shift+Enter"
        onChange={(e) => {
          setText(e.target.value);
          if (error && length(e.target.value) <= MAX_CARD_TEXT) setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="composer__footer">
        <span id={`${id}-count`} className={`composer__count${over ? ' composer__count--over' : ''}`} aria-live="polite">
          {near ? `${count.toLocaleString('en')} / ${MAX_CARD_TEXT.toLocaleString('en')}` : ''}
        </span>
        {!near && text !== '' ? <span className="composer__hint" aria-hidden="true">Enter adds · Shift+Enter new line</span> : null}
        {onCancel ? <button type="button" className="btn btn--ghost btn--sm" onClick={onCancel}>Cancel</button> : null}
        <button type="button" className="btn btn--primary btn--sm" disabled={disabled || text.trim() === ''} onClick={submit}>{submitLabel}</button>
      </div>
      <p id={`${id}-error`} className="form-error" role={error ? 'alert' : undefined}>{error ?? (over ? `${(count - MAX_CARD_TEXT).toLocaleString('en')} characters over the limit.` : '')}</p>
    </div>
  );
}
