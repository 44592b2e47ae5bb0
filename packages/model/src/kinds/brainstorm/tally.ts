/**
 * The relay's tally (DESIGN §4): when the vote closes it opens every sealed dot allocation,
 * keeps one per member (the latest, by the voter id sealed inside), counts each member's dots
 * in the member's own order up to the budget (a dot over the per-card cap or on something that
 * no longer exists does not count), and writes the counts, and who voted unless the section is
 * anonymous, in one transaction that also moves the section to 'results'. The sealed
 * allocations stay: reopening the vote lets members change them and the relay tally again.
 */
import type * as Y from 'yjs';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Opener, SkippedItem } from '../../core/sealedItems.js';
import { findBrainstorm } from './brainstormAccess.js';
import type { BrainstormState } from './boardReaders.js';
import { readAllocation, type TallyView } from './readers.js';
import { readMaps } from './schema.js';
import { isVoteTarget } from './dots.js';
import { BRAINSTORM_PHASES } from './phases.js';
import { decodeDotsPayload, type DotsPayload } from './sealedPayloads.js';

/** What a tally did. */
export interface TallyOutcome {
  tally: TallyView;
  /** Allocations left out, with the reason (for one log line each). */
  skipped: SkippedItem[];
}

/** Counts one member's dots: in their order, at most `maxPerCard` per target, at most `budget` in all. */
export function countDots(state: BrainstormState, dots: readonly string[]): Map<string, number> {
  const { budget, maxPerCard } = state.settings.votes;
  const counted = new Map<string, number>();
  let total = 0;
  for (const target of dots) {
    if (total === budget) break;
    const n = counted.get(target) ?? 0;
    if (n >= maxPerCard || !isVoteTarget(state, target)) continue;
    counted.set(target, n + 1);
    total += 1;
  }
  return counted;
}

/**
 * Closes the vote of a section in the vote phase: opens the allocations with `open`, counts,
 * writes `tally`, moves to 'results'. `by` is the member who asked (null for the relay itself).
 */
export function writeTally(doc: Y.Doc, args: { sectionId: string; by: string | null; at: number; open: Opener }): Result<TallyOutcome> {
  const found = findBrainstorm(doc, args, BRAINSTORM_PHASES, 'count the vote');
  if (!found.ok) return found;
  const { map, view, state } = found.value;
  if (view.phase !== 'vote') return fail(`the vote is not open (this section is in the ${view.phase} phase)`);
  if (typeof args.open !== 'function') return fail('counting needs the board key');
  const anonymous = state.settings.anonymous;
  const skipped: SkippedItem[] = [];
  const latest = new Map<string, { sealedAt: number; id: string; payload: DotsPayload }>();
  readMaps(map).dots?.forEach((value, key) => {
    const allocation = readAllocation(key, value);
    if (!allocation) return void skipped.push({ itemId: key, reason: 'not a sealed dot allocation record' });
    const plaintext = args.open({ sectionId: args.sectionId, itemId: key, kind: 'dots' }, allocation.ciphertext);
    if (!plaintext.ok) return void skipped.push({ itemId: key, reason: plaintext.error });
    const payload = decodeDotsPayload(plaintext.value);
    if (!payload.ok) return void skipped.push({ itemId: key, reason: payload.error });
    // In a named section an allocation is filed under its voter's id; one filed under another's is not theirs to cast.
    if (!anonymous && payload.value.voter !== key) return void skipped.push({ itemId: key, reason: 'the allocation is filed under another member' });
    const previous = latest.get(payload.value.voter);
    const newer = !previous || allocation.sealedAt > previous.sealedAt || (allocation.sealedAt === previous.sealedAt && key > previous.id);
    if (!newer) return void skipped.push({ itemId: key, reason: 'a newer allocation of the same member counts instead' });
    if (previous) skipped.push({ itemId: previous.id, reason: 'a newer allocation of the same member counts instead' });
    latest.set(payload.value.voter, { sealedAt: allocation.sealedAt, id: key, payload: payload.value });
  });
  const counts: Record<string, number> = {};
  for (const { payload } of latest.values()) {
    for (const [target, n] of countDots(state, payload.dots)) counts[target] = (counts[target] ?? 0) + n;
  }
  const tally: TallyView = { at: args.at, counts, voters: anonymous ? null : [...latest.keys()].sort(), ballots: latest.size };
  const stored: Record<string, unknown> = { at: tally.at, counts, ballots: tally.ballots };
  if (tally.voters) stored.voters = tally.voters;
  doc.transact(() => {
    map.set('tally', stored);
    map.set('phase', 'results');
    appendLog(doc, { at: args.at, by: args.by, type: 'phase.changed', sectionId: args.sectionId, detail: 'results' });
    appendLog(doc, { at: args.at, by: args.by, type: 'tally', sectionId: args.sectionId, detail: `${tally.ballots} ${tally.ballots === 1 ? 'member' : 'members'} voted`, count: tally.ballots });
  }, new LocalOrigin('writeTally'));
  return ok({ tally, skipped });
}
