/** The "New" pill on an item added since this member's last visit ("Edited" for changed text). */
import { memo } from 'react';

export const NewMarker = memo(function NewMarker({ text = 'New' }: { text?: 'New' | 'Edited' }) {
  return (
    <span className="new-marker" data-testid="new-marker">
      {text}<span className="visually-hidden"> since your last visit</span>
    </span>
  );
});
