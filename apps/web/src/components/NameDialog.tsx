/** First visit on this device: ask for a display name and an avatar colour (no prompt()). */
import { MAX_NAME_LENGTH } from '@roundtable/model';
import { useState, type FormEvent } from 'react';
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
          <div className="swatches" role="radiogroup" aria-label="Your colour">
            {MEMBER_PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={c === color}
                aria-label={`Colour ${c}`}
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
