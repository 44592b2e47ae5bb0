/** One of my sealed drafts (write phase): its text from this device, edit, delete and "Share now". */
import { memo, useState } from 'react';
import { useAction } from '../hooks/useAction.js';
import { useDraftText } from '../hooks/useSealing.js';
import { cardName } from './BrainstormCard.js';
import { CardComposer } from './CardComposer.js';
import { Icon } from './Icon.js';

/** Draft `draftId` of this member. */
export const DraftCard = memo(function DraftCard({ sectionId, draftId }: { sectionId: string; draftId: string }) {
  const text = useDraftText(draftId);
  const target = { sectionId, draftId };
  const edit = useAction('editDraft', target);
  const remove = useAction('deleteDraft', target);
  const share = useAction('shareDraftEarly', target);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!text) {
    return (
      <li className="bcard bcard--draft bcard--elsewhere" data-testid="my-draft">
        <p className="bcard__text muted">A private card you wrote on another device (its text stays there).</p>
      </li>
    );
  }
  const name = cardName(text.text);
  return (
    <li className={`bcard bcard--draft card-${text.color}`} data-testid="my-draft" aria-label={`Private card: ${name}`}>
      {editing ? (
        <CardComposer label="Private card text" submitLabel="Save" initial={text.text} autoFocus onCancel={() => setEditing(false)} onSubmit={(next) => {
          const result = edit.run({ text: next });
          if (result.ok) setEditing(false);
          return result.ok ? null : result.error;
        }} />
      ) : (
        <p className="bcard__text" data-testid="card-text">{text.text}</p>
      )}
      <div className="bcard__footer">
        <span className="bcard__private"><Icon name="lock" size={12} /> Only you</span>
        {!editing ? (
          <span className="bcard__actions bcard__actions--shown">
            <button type="button" className="btn btn--ghost btn--sm btn--icon" aria-label={`Edit private card: ${name}`} disabled={edit.disabled} onClick={() => setEditing(true)}><Icon name="edit" size={14} /></button>
            <button type="button" className="btn btn--ghost btn--sm" disabled={share.disabled} title={share.reason ?? 'Everyone sees it now, before the reveal'} onClick={() => {
              const result = share.run();
              setError(result.ok ? null : result.error);
            }}>Share now</button>
            <button type="button" className="btn btn--ghost btn--sm btn--icon" aria-label={`Delete private card: ${name}`} disabled={remove.disabled} onClick={() => {
              const result = remove.run();
              setError(result.ok ? null : result.error);
            }}><Icon name="trash" size={14} /></button>
          </span>
        ) : null}
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </li>
  );
});
