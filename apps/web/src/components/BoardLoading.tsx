/** Skeleton shown while a board opens, or a note when it is not on this device yet. */
import { Logo } from './Logo.js';

/** Placeholder for the board page; `message` replaces the spinner text. */
export function BoardLoading({ message = 'Opening board…' }: { message?: string }) {
  return (
    <div className="board-loading" role="status" aria-live="polite">
      <Logo />
      <div className="board-loading__bar" aria-hidden="true" />
      <p>{message}</p>
    </div>
  );
}
