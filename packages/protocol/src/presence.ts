/**
 * The presence schema: what one client puts in its y-websocket awareness state, and how a
 * peer reads someone else's. Awareness is relayed as sent, so a remote state is untrusted
 * input: `parsePresence` validates it and never throws. Names and colours follow the model's
 * member rules (one colour rule, one name limit, in `@roundtable/model`).
 *
 *   { user: { memberId, name, color, colorLight }, sectionId, cursor? }
 *
 * `name`, `color` and `colorLight` are also what y-codemirror.next reads to draw a person's
 * caret and selection in a co-edited text; `cursor` ({anchor, head} relative positions) is
 * written by that binding itself and is not part of this schema (it is passed through as is).
 */
import { COLOR_PATTERN, DEFAULT_MEMBER_COLOR, MAX_NAME_LENGTH } from '@roundtable/model';

/** Who a device shows up as: the board member it acts for. */
export interface PresenceUser {
  memberId: string;
  name: string;
  /** `#rrggbb`; a missing or malformed colour reads as the model's default. */
  color: string;
  /** The selection tint of a co-edited text: `color` at 20 % opacity (`#rrggbb33`), derived, never trusted from a peer. */
  colorLight: string;
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

/** The selection tint derived from a member colour (`#rrggbb` → `#rrggbb33`). */
export function selectionTint(color: string): string {
  return `${COLOR_PATTERN.test(color) ? color : DEFAULT_MEMBER_COLOR}33`;
}

/** The awareness state to publish for `user` looking at `sectionId`. */
export function presenceState(user: Omit<PresenceUser, 'colorLight'>, sectionId: string | null): PresenceState {
  return { user: { memberId: user.memberId, name: user.name, color: user.color, colorLight: selectionTint(user.color) }, sectionId };
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
  const checkedColor = typeof color === 'string' && COLOR_PATTERN.test(color) ? color : DEFAULT_MEMBER_COLOR;
  return {
    user: {
      memberId,
      name: name.slice(0, MAX_NAME_LENGTH),
      color: checkedColor,
      colorLight: selectionTint(checkedColor),
    },
    sectionId: typeof sectionId === 'string' && sectionId.length <= MAX_PRESENCE_SECTION_ID_LENGTH ? sectionId : null,
  };
}
