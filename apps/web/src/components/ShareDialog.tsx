/** The share panel: an edit link and a view-only link for this board. */
import { useBoardContext } from '../hooks/boardContext.js';
import { boardLink } from '../routes.js';
import { CopyField } from './CopyField.js';
import { Dialog } from './Dialog.js';

/** Share links for the open board; edit links are shown only to editors. */
export function ShareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { boardId, role, editToken, viewToken } = useBoardContext();
  const origin = window.location.origin;
  return (
    <Dialog open={open} title="Share this board" description="Anyone with a link can join. Links work until the board is deleted." onClose={onClose} width={520} testId="share-dialog">
      <div className="share">
        {role === 'edit' && editToken ? (
          <CopyField label="Edit link" value={boardLink(origin, boardId, editToken)} hint="Can add, rename, reorder and remove sections." testId="edit-link" />
        ) : null}
        {viewToken ? (
          <CopyField label="View link" value={boardLink(origin, boardId, viewToken)} hint="Can follow along and be seen, but not change anything." testId="view-link" />
        ) : (
          <p className="hint">The view-only link is kept on the device that created this board.</p>
        )}
      </div>
      <div className="dialog__actions">
        <button type="button" className="btn btn--primary" onClick={onClose}>Done</button>
      </div>
    </Dialog>
  );
}
