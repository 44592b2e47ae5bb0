/** First visit on this device: ask for a display name and an avatar colour (no prompt()). */
import { MAX_NAME_LENGTH } from '@roundtable/model';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { colorName } from '../colorNames.js';
import { MEMBER_PALETTE, suggestColor } from '../storage/member.js';
import { Avatar } from './Avatar.js';
import { Dialog } from './Dialog.js';

/** The name-and-colour dialog; `onClose` makes it dismissible (when editing an existing name). */
export function NameDialog({ open, boardTitle, initialName = '', initialColor, onSave, onClose }: {
  open: boolean;
  boardTitle: string;
  initialName?: string;
  initialColor?: string;
  onSave: (name: string, color: string) => void;
  onClose?: () => void;
}) {
  const [name, setName] = useState(initialName);
  const [color, setColor] = useState(() => initialColor ?? suggestColor());
  const trimmed = name.trim();
  const editing = Boolean(onClose);

  // The palette entry that holds the Tab stop: the chosen colour, else the first.
  const current = (MEMBER_PALETTE as readonly string[]).includes(color) ? color : MEMBER_PALETTE[0];
  const onSwatchKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const i = (MEMBER_PALETTE as readonly string[]).indexOf(current);
    const next = MEMBER_PALETTE[(i + step + MEMBER_PALETTE.length) % MEMBER_PALETTE.length] ?? current;
    setColor(next);
    (event.currentTarget.querySelector(`[aria-label="${colorName(next)}"]`) as HTMLElement | null)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) onSave(trimmed, color);
  };

  return (
    <Dialog
      open={open}
      title={editing ? 'Your profile' : 'Welcome to the table'}
      description={editing ? 'How others see you on every board on this device.' : <>You are joining <strong>{boardTitle}</strong>. Tell the others who you are.</>}
      onClose={onClose}
      testId="name-dialog"
    >
      <form onSubmit={submit} className="name-form">
        <div className="name-form__preview">
          <Avatar name={trimmed || '?'} color={color} size={56} />
        </div>
        <label className="field">
          <span className="field__label">Your name</span>
          <input
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={MAX_NAME_LENGTH}
            placeholder="e.g. Ada Lovelace"
            autoComplete="name"
            autoFocus
            required
          />
        </label>
        <fieldset className="field">
          <legend className="field__label">Your colour</legend>
          {/* A radio group: one Tab stop (the chosen colour), arrow keys move the choice. */}
          <div className="swatches" role="radiogroup" aria-label="Your colour" onKeyDown={onSwatchKey}>
            {MEMBER_PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={c === color}
                aria-label={colorName(c)}
                title={colorName(c)}
                tabIndex={c === current ? 0 : -1}
                className="swatch"
                style={{ background: c }}
                onClick={() => setColor(c)}
              />
            ))}
          </div>
        </fieldset>
        <p className="hint">Remembered on this device only. You can change it later from your avatar.</p>
        <div className="dialog__actions">
          {onClose ? <button type="button" className="btn btn--ghost" onClick={onClose}>Cancel</button> : null}
          <button type="submit" className="btn btn--primary" disabled={!trimmed}>{editing ? 'Save' : 'Join board'}</button>
        </div>
      </form>
    </Dialog>
  );
}
