/**
 * Who is here: one avatar per person, labelled "<name> — viewing <section>". Clicking
 * someone jumps to the section they look at; clicking yourself edits your profile.
 */
import { usePresence } from '../hooks/usePresence.js';
import { useSections } from '../hooks/useSections.js';
import type { PresencePeer } from '../store/PresenceStore.js';
import { Avatar } from './Avatar.js';

const MAX_SHOWN = 5;

/** The accessible label of a present person. */
export function presenceLabel(peer: PresencePeer, sectionTitle: string | null): string {
  return sectionTitle ? `${peer.name} — viewing ${sectionTitle}` : `${peer.name} — on the board`;
}

/** Avatar stack of present people. */
export function PresenceAvatars({ onFollow, onEditProfile }: { onFollow: (sectionId: string) => void; onEditProfile: () => void }) {
  const peers = usePresence();
  const sections = useSections();
  const titleOf = (id: string | null) => (id ? (sections.find((s) => s.id === id)?.title ?? null) : null);
  const shown = peers.slice(0, MAX_SHOWN);
  const hidden = peers.slice(MAX_SHOWN);

  return (
    <ul className="presence" aria-label={`${peers.length} ${peers.length === 1 ? 'person' : 'people'} here`}>
      {shown.map((peer) => {
        const label = presenceLabel(peer, titleOf(peer.sectionId));
        return (
          <li key={peer.memberId} className="presence__item">
            <button
              type="button"
              className="presence__button"
              aria-label={label}
              title={peer.isSelf ? `${label} (you) — edit your profile` : `${label} — go there`}
              data-testid={peer.isSelf ? 'presence-self' : 'presence-peer'}
              onClick={() => (peer.isSelf ? onEditProfile() : peer.sectionId && onFollow(peer.sectionId))}
            >
              <Avatar name={peer.name} color={peer.color} size={30} ring={peer.isSelf} />
            </button>
          </li>
        );
      })}
      {hidden.length > 0 ? (
        <li className="presence__item">
          <span className="presence__more" aria-label={`${hidden.length} more: ${hidden.map((p) => presenceLabel(p, titleOf(p.sectionId))).join(", ")}`} title={hidden.map((p) => presenceLabel(p, titleOf(p.sectionId))).join('\n')}>
            +{hidden.length}
          </span>
        </li>
      ) : null}
    </ul>
  );
}
