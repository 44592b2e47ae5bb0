/**
 * One co-edited field of a purpose section (the statement or a prompt): a CodeMirror editor
 * bound to the field's Y.Text (see editor/collabEditor.ts), with a visible character counter
 * and the limit. Typing past the limit is refused with a message; remote edits are never
 * refused, so the counter can show a text over the limit, which then cannot be endorsed.
 */
import { maxLengthOf, type PurposeField as Field } from '@roundtable/model';
import { useEffect, useId, useRef, useState } from 'react';
import { mountPurposeEditor } from '../editor/purposeEditor.js';
import { useBoardContext } from '../hooks/boardContext.js';

const format = (n: number) => n.toLocaleString('en-US');

/** The editor of `field` in section `sectionId`. */
export function PurposeField({ sectionId, field, label, placeholder, large = false }: {
  sectionId: string;
  field: Field;
  label: string;
  placeholder: string;
  large?: boolean;
}) {
  const { connection, role } = useBoardContext();
  const host = useRef<HTMLDivElement>(null);
  const [length, setLength] = useState(0);
  const [refused, setRefused] = useState(false);
  const [missing, setMissing] = useState(false);
  const counterId = useId();
  const max = maxLengthOf(field);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const editor = mountPurposeEditor(parent, connection, sectionId, field, {
      label,
      placeholder,
      maxLength: max,
      readOnly: role !== 'edit',
      onLength: (n) => {
        setLength(n);
        if (n < max) setRefused(false);
      },
      onRefused: () => setRefused(true),
    });
    setMissing(editor === null);
    if (editor) editor.view.contentDOM.setAttribute('aria-describedby', counterId);
    return () => editor?.destroy();
  }, [connection, sectionId, field, label, placeholder, max, role, counterId]);

  const over = length > max;
  const near = length >= max * 0.9;
  return (
    <div className={`purpose-field${large ? ' purpose-field--large' : ''}`}>
      <div ref={host} className="purpose-field__editor" data-testid={`purpose-${field}`} />
      {missing ? <p className="purpose-field__message" role="alert">This text could not be opened (the section's content is damaged).</p> : null}
      <p id={counterId} className={`purpose-field__counter${over || refused ? ' is-over' : near ? ' is-near' : ''}`} aria-live={near ? 'polite' : 'off'}>
        {over
          ? `${format(length)} / ${format(max)} characters: ${format(length - max)} over the limit`
          : refused
            ? `${format(length)} / ${format(max)} characters: the limit is reached`
            : `${format(length)} / ${format(max)} characters`}
      </p>
    </div>
  );
}
