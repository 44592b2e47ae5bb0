/**
 * A modal built on the native <dialog>: `showModal()` gives focus trapping, Escape and
 * an inert background for free, and screen readers announce it as a dialog.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** Props of a modal dialog. */
export interface DialogProps {
  open: boolean;
  /** Visible heading, also the dialog's accessible name. */
  title: string;
  description?: ReactNode;
  /** Called on Escape or a click on the backdrop; omit to make the dialog mandatory. */
  onClose?: () => void;
  children: ReactNode;
  width?: number;
  testId?: string;
}

/** A modal dialog with a heading. */
export function Dialog({ open, title, description, onClose, children, width = 440, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      style={{ width }}
      aria-labelledby={headingId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose?.();
      }}
    >
      <div className="dialog__body">
        <h2 id={headingId} className="dialog__title">{title}</h2>
        {description ? <p className="dialog__description">{description}</p> : null}
        {children}
      </div>
    </dialog>
  );
}
