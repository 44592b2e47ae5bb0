/**
 * Dot voting: while the vote is open, a member's allocation is one sealed item (kind 'dots')
 * that nobody but the relay can read; casting again replaces it. The budget is checked here
 * for honest clients and enforced again by the relay at the tally, where a peer that wrote
 * more counts only its budget.
 */
import type * as Y from 'yjs';
import { newId } from '../../core/ids.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Sealer } from '../../core/sealedItems.js';
import { findBrainstorm, type BrainstormArgs } from './brainstormAccess.js';
import { resolveCluster, type BrainstormState } from './boardReaders.js';
import { writeMaps } from './schema.js';
import { encodeDotsPayload } from './sealedPayloads.js';

/** A member's dots: card or cluster id -> how many dots. */
export type DotAllocation = Readonly<Record<string, number>>;

const ALLOCATION_ID = /^[A-Za-z0-9_-]{6,64}$/;

/** True when `targetId` is a card or a shown cluster of the board: what dots may go on. */
export function isVoteTarget(state: BrainstormState, targetId: string): boolean {
  if (state.cards.has(targetId)) return true;
  const resolved = resolveCluster(state.clusterRecords, targetId);
  return resolved === targetId && state.liveClusters.has(resolved);
}

/** Checks an allocation against the board and the budget; returns the dots as a list (one entry per dot). */
export function checkAllocation(state: BrainstormState, dots: DotAllocation): Result<string[]> {
  if (typeof dots !== 'object' || dots === null || Array.isArray(dots)) return fail('dots must map cards or groups to a number of dots');
  const { budget, maxPerCard } = state.settings.votes;
  const list: string[] = [];
  for (const [target, n] of Object.entries(dots)) {
    if (!Number.isInteger(n) || n < 0) return fail('each card or group takes a whole number of dots');
    if (n === 0) continue;
    if (!isVoteTarget(state, target)) return fail('you cannot vote on that card or group: it no longer exists');
    if (n > maxPerCard) return fail(`a card or group takes at most ${maxPerCard} of your dots`);
    for (let i = 0; i < n; i++) list.push(target);
  }
  if (list.length > budget) return fail(`you have ${budget} dots and this places ${list.length}`);
  return ok(list);
}

/** Dots a member has left with `dots` placed (never below zero). */
export function remainingDots(state: Pick<BrainstormState, 'settings'>, dots: DotAllocation): number {
  const placed = Object.values(dots).reduce((sum, n) => sum + (Number.isInteger(n) && n > 0 ? n : 0), 0);
  return Math.max(0, state.settings.votes.budget - placed);
}

/**
 * Casts (or replaces) `by`'s sealed dot allocation while the vote is open. In a named section
 * the allocation's id is the member's id; in an anonymous one it is a random id the device
 * keeps (pass it back as `allocationId` to replace the allocation; the relay also keeps only
 * one allocation per member, by the voter id sealed inside). Returns the allocation's id.
 */
export function castDots(doc: Y.Doc, args: BrainstormArgs & { dots: DotAllocation; allocationId?: string; seal: Sealer }): Result<string> {
  const found = findBrainstorm(doc, args, ['vote'], 'place dots');
  if (!found.ok) return found;
  const { map, state } = found.value;
  const list = checkAllocation(state, args.dots);
  if (!list.ok) return list;
  let id = args.by;
  if (state.settings.anonymous) {
    id = args.allocationId ?? newId();
    if (!ALLOCATION_ID.test(id)) return fail('an allocation id is 6 to 64 letters, digits, - or _');
  }
  if (typeof args.seal !== 'function') return fail('sealing is not ready yet (the board key has not been fetched)');
  const sealed = args.seal({ sectionId: args.sectionId, itemId: id, kind: 'dots' }, encodeDotsPayload({ voter: args.by, dots: list.value }));
  if (!sealed.ok) return fail(`your dots could not be sealed: ${sealed.error}`);
  doc.transact(() => writeMaps(map).dots.set(id, { id, ciphertext: sealed.value, sealedAt: args.at }), new LocalOrigin('castDots'));
  return ok(id);
}
