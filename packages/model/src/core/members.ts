/** Members are people (a device-held id), not Yjs client ids. */
import * as Y from 'yjs';
import { checkAt } from './guards.js';
import { LocalOrigin } from './origin.js';
import { fail, ok, type Result } from './result.js';
import { COLOR_PATTERN, MAX_NAME_LENGTH, MEMBER_ID_PATTERN, roots } from './schema.js';
import { cleanLine } from './text.js';

export interface UpsertMemberArgs {
  id: string;
  name: string;
  color: string;
  /** Relay-corrected ms since the epoch: first/last seen. */
  at: number;
}

/** Adds the member or updates their name, colour and last-seen time. */
export function upsertMember(doc: Y.Doc, args: UpsertMemberArgs): Result {
  if (!MEMBER_ID_PATTERN.test(args.id)) return fail('a member id is 6-64 letters, digits, _ or -');
  const name = cleanLine(args.name, MAX_NAME_LENGTH);
  if (!name) return fail('a member needs a name');
  if (!COLOR_PATTERN.test(args.color)) return fail('a colour is #rrggbb');
  const checked = checkAt(args.at);
  if (!checked.ok) return checked;
  const at = checked.value;
  const { members } = roots(doc);
  doc.transact(() => {
    let member = members.get(args.id);
    if (!(member instanceof Y.Map)) {
      member = new Y.Map<unknown>();
      member.set('firstSeen', at);
      members.set(args.id, member);
    }
    if (member.get('name') !== name) member.set('name', name);
    if (member.get('color') !== args.color) member.set('color', args.color);
    member.set('lastSeen', at);
  }, new LocalOrigin('upsertMember'));
  return ok(undefined);
}
