/**
 * The spotlight banner above the section: "Following Ben to Ideas — Stop following", after
 * opting out "Ben is spotlighting Ideas — Rejoin", and for the one who spotlights
 * "You are spotlighting Ideas — End spotlight".
 */
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import type { FollowState } from '../hooks/useFollow.js';
import { useMember } from '../hooks/useMember.js';
import { useSection } from '../hooks/useSection.js';
import { Avatar } from './Avatar.js';
import { Icon } from './Icon.js';

/** Banner for the active spotlight; nothing when there is none. */
export function SpotlightBanner({ follow }: { follow: FollowState }) {
  const { member, role } = useBoardContext();
  const end = useAction('endSpotlight');
  const section = useSection(follow.spotlight?.sectionId ?? null);
  const spotlight = follow.spotlight;
  const by = useMember(spotlight?.by);
  if (!spotlight || !section) return null;
  const name = by?.name ?? 'Someone';
  const mine = spotlight.by === member?.id;

  return (
    <div className={`spotlight-banner${follow.following || mine ? ' is-following' : ''}`} role="status" data-testid="spotlight-banner">
      {by ? <Avatar name={by.name} color={by.color} size={24} /> : <Icon name="spotlight" size={18} />}
      <p className="spotlight-banner__text" data-testid="spotlight-text">
        {mine ? <>You are spotlighting <strong>{section.title}</strong>: everyone follows you there</>
          : follow.following ? <>Following {name} to <strong>{section.title}</strong></>
          : <>{name} is spotlighting <strong>{section.title}</strong></>}
      </p>
      {mine ? (
        role === 'edit' ? <button type="button" className="btn btn--sm btn--secondary" disabled={end.disabled} title={end.reason ?? undefined} onClick={() => end.run()}>{end.label}</button> : null
      ) : follow.following ? (
        <button type="button" className="btn btn--sm btn--secondary" onClick={follow.stopFollowing}>Stop following</button>
      ) : (
        <button type="button" className="btn btn--sm btn--primary" onClick={follow.rejoin}>Rejoin</button>
      )}
    </div>
  );
}
