/** "Offer the lead…": pick the member who should lead a section; they accept or decline. */
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useMembers } from '../hooks/useMembers.js';
import { usePresence } from '../hooks/usePresence.js';
import { Avatar } from './Avatar.js';
import { Dialog } from './Dialog.js';

/** Member picker for handing over the lead of `sectionTitle`; `onOffer` returns an error or null. */
export function OfferLeadDialog({ sectionTitle, onOffer, onClose }: {
  sectionTitle: string;
  onOffer: (memberId: string) => string | null;
  onClose: () => void;
}) {
  const { member } = useBoardContext();
  const members = useMembers().filter((m) => m.id !== member?.id);
  const here = new Set(usePresence().map((p) => p.memberId));
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <Dialog open title="Offer the lead" description={<>Who should lead “{sectionTitle}”? They can accept or decline.</>} onClose={onClose} testId="offer-lead-dialog">
      {members.length === 0 ? (
        <p className="hint">Nobody else has joined this board yet. Share it first.</p>
      ) : (
        <div className="member-pick" role="radiogroup" aria-label="Members">
          {members.map((m) => (
            <button
              key={m.id}
              type="button"
              role="radio"
              aria-checked={picked === m.id}
              className="member-pick__option"
              onClick={() => setPicked(m.id)}
            >
              <Avatar name={m.name} color={m.color} size={26} />
              <span className="member-pick__name">{m.name}</span>
              <span className={`member-pick__status${here.has(m.id) ? ' is-here' : ''}`}>{here.has(m.id) ? 'Here now' : 'Not here'}</span>
            </button>
          ))}
        </div>
      )}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="dialog__actions">
        <button type="button" className="btn btn--ghost" onClick={onClose}>Cancel</button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={picked === null}
          onClick={() => {
            if (picked === null) return;
            const problem = onOffer(picked);
            if (problem) setError(problem);
            else onClose();
          }}
        >
          Offer the lead
        </button>
      </div>
    </Dialog>
  );
}
