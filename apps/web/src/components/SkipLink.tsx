/**
 * "Skip to …": the page's first Tab stop, hidden until focused. It moves focus with script
 * instead of following `#id`, because the board's URL fragment holds its access token
 * (`#t=…`) and a fragment link would replace it.
 */
import type { ReactNode } from 'react';

/** A skip link to the element with id `targetId` (which needs `tabIndex={-1}`). */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  return (
    <a
      href={`#${targetId}`}
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(targetId);
        target?.focus();
        target?.scrollIntoView({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}
