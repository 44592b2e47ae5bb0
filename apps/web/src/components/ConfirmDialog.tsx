/** Asks before a destructive action; the confirm button names the action. */
import type { ReactNode } from 'react';
import { Dialog } from './Dialog.js';

/** A yes/no confirmation for `confirmLabel`; `tone` 'primary' for actions that destroy nothing. */
export function ConfirmDialog({ open, title, description, confirmLabel, onConfirm, onCancel, tone = 'danger' }: {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: 'danger' | 'primary';
}) {
  return (
    <Dialog open={open} title={title} description={description} onClose={onCancel} width={400} testId="confirm-dialog">
      <div className="dialog__actions">
        <button type="button" className="btn btn--ghost" onClick={onCancel} autoFocus>Cancel</button>
        <button type="button" className={`btn btn--${tone}`} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </Dialog>
  );
}
