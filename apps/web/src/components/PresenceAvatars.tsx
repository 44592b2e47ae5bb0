/**
 * Who is here: one avatar per person, labelled "<name> — viewing <section>". Clicking
 * someone jumps to the section they look at; clicking yourself edits your profile.
 * Each label subscribes to its own section's title, so renaming a section re-renders only
 * the avatars of the people looking at it.
 */
import { memo } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { usePresence } from '../hooks/usePresence.js';
import { useTracked } from '../hooks/useTracked.js';
import { useSectionTitle } from '../hooks/useSectionTitle.js';
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
  const shown = peers.slice(0, MAX_SHOWN);

  return (
    <ul className="presence" aria-label={`${peers.length} ${peers.length === 1 ? 'person' : 'people'} here`}>
      {shown.map((peer) => (
        <PresencePerson key={peer.memberId} peer={peer} onFollow={onFollow} onEditProfile={onEditProfile} />
      ))}
      {peers.length > MAX_SHOWN ? <PresenceMore peers={peers} /> : null}
    </ul>
  );
}

/** One present person's avatar button. */
const PresencePerson = memo(function PresencePerson({ peer, onFollow, onEditProfile }: {
  peer: PresencePeer;
  onFollow: (sectionId: string) => void;
  onEditProfile: () => void;
}) {
  const label = presenceLabel(peer, useSectionTitle(peer.sectionId));
  return (
    <li className="presence__item">
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
});

/** "+N" for everyone beyond the first few; its label lists them (a string snapshot, so only a change to it re-renders). */
const PresenceMore = memo(function PresenceMore({ peers }: { peers: readonly PresencePeer[] }) {
  const { store } = useBoardContext();
  const hidden = peers.slice(MAX_SHOWN);
  // Tracked: wakes only when the title of a section one of them is viewing changes.
  const labels = useTracked(() => hidden.map((p) => presenceLabel(p, store.getSectionTitle(p.sectionId))).join('\n'), [peers, store]);
  return (
    <li className="presence__item">
      <span className="presence__more" aria-label={`${hidden.length} more: ${labels.split('\n').join(', ')}`} title={labels}>
        +{hidden.length}
      </span>
    </li>
  );
});
