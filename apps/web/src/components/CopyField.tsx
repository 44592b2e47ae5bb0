/** A read-only link with a copy button that confirms the copy. */
import { useEffect, useId, useState } from 'react';
import { Icon } from './Icon.js';

/** Labelled, selectable, copyable text. */
export function CopyField({ label, value, hint, testId }: { label: string; value: string; hint: string; testId?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1600);
    return () => clearTimeout(t);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <div className="copy-field">
        <input id={id} className="input copy-field__input" value={value} readOnly onFocus={(e) => e.target.select()} data-testid={testId} />
        <button type="button" className={`btn btn--secondary copy-field__button${copied ? ' is-copied' : ''}`} onClick={copy} title={`Copy the ${label.toLowerCase()}`} data-testid={testId ? `${testId}-copy` : undefined}>
          <Icon name={copied ? 'check' : 'copy'} />
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="hint">{hint}</p>
    </div>
  );
}
