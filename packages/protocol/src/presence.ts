/**
 * The presence schema: what one client puts in its y-websocket awareness state, and how a
 * peer reads someone else's. Awareness is relayed as sent, so a remote state is untrusted
 * input: `parsePresence` validates it and never throws. Names and colours follow the model's
 * member rules (one colour rule, one name limit, in `@roundtable/model`).
 *
 *   { user: { memberId, name, color }, sectionId }
 */
import { COLOR_PATTERN, DEFAULT_MEMBER_COLOR, MAX_NAME_LENGTH } from '@roundtable/model';

/** Who a device shows up as: the board member it acts for. */
export interface PresenceUser {
  memberId: string;
  name: string;
  /** `#rrggbb`; a missing or malformed colour reads as the model's default. */
  color: string;
}

/** One client's awareness state. */
export interface PresenceState {
  user: PresenceUser;
  /** The section this person looks at, or null. */
  sectionId: string | null;
}

/** Longest member id a presence may carry (model ids are far shorter). */
export const MAX_PRESENCE_MEMBER_ID_LENGTH = 64;
/** Longest section id a presence may point at. */
export const MAX_PRESENCE_SECTION_ID_LENGTH = 128;

/** The awareness state to publish for `user` looking at `sectionId`. */
export function presenceState(user: PresenceUser, sectionId: string | null): PresenceState {
  return { user: { memberId: user.memberId, name: user.name, color: user.color }, sectionId };
}

/**
 * Reads one awareness state; null when it does not describe a user (no user, an empty or
 * overlong member id, a blank name). A long name is cut to the model's limit; a bad colour
 * becomes the default; a bad section id becomes null.
 */
export function parsePresence(state: unknown): PresenceState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { user, sectionId } = state as { user?: unknown; sectionId?: unknown };
  if (typeof user !== 'object' || user === null) return null;
  const { memberId, name, color } = user as Record<string, unknown>;
  if (typeof memberId !== 'string' || memberId.length === 0 || memberId.length > MAX_PRESENCE_MEMBER_ID_LENGTH) return null;
  if (typeof name !== 'string' || name.trim().length === 0) return null;
  return {
    user: {
      memberId,
      name: name.slice(0, MAX_NAME_LENGTH),
      color: typeof color === 'string' && COLOR_PATTERN.test(color) ? color : DEFAULT_MEMBER_COLOR,
    },
    sectionId: typeof sectionId === 'string' && sectionId.length <= MAX_PRESENCE_SECTION_ID_LENGTH ? sectionId : null,
  };
}
