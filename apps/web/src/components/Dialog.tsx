/**
 * A modal built on the native <dialog>: `showModal()` gives focus trapping, Escape and
 * an inert background for free, and screen readers announce it as a dialog. Focus returns to
 * the control that opened it when it closes, also when the dialog is unmounted while open
 * (the browser's own focus restore only runs on `close()`, not on removal).
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

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

  // A layout effect: its cleanup runs in the commit that removes the dialog, while the opener
  // (often in the same row) is still in the document.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement && !dialog.contains(document.activeElement) ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
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
