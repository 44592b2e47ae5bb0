/**
 * The lead's settings of a brainstorm: its columns (prompts), anonymity, and the dot budget.
 * Lead powers (anyone when the section has no lead); each is one transaction.
 */
import type * as Y from 'yjs';
import { newId } from '../../core/ids.js';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { cleanLine } from '../../core/text.js';
import { BOARD_PHASES, findBrainstormAsLead, type BrainstormArgs } from './brainstormAccess.js';
import type { ColumnView } from './readers.js';
import { MAX_COLUMNS, MAX_COLUMN_TITLE, MAX_VOTE_BUDGET, readMaps } from './schema.js';

/** A column as the lead edits it: an existing column keeps its id; a new one has none. */
export interface ColumnInput {
  id?: string;
  title: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Replaces the section's columns (rename, reorder, add, remove). A column that still holds
 * cards or drafts cannot be removed. Returns the columns as stored.
 */
export function setColumns(doc: Y.Doc, args: BrainstormArgs & { columns: readonly ColumnInput[] }): Result<ColumnView[]> {
  const found = findBrainstormAsLead(doc, args, BOARD_PHASES, 'change the columns');
  if (!found.ok) return found;
  const { map, state } = found.value;
  if (!Array.isArray(args.columns) || args.columns.length === 0) return fail('a brainstorm needs at least one column');
  if (args.columns.length > MAX_COLUMNS) return fail(`a brainstorm has at most ${MAX_COLUMNS} columns`);
  const current = new Map(state.settings.columns.map((c) => [c.id, c]));
  const columns: ColumnView[] = [];
  for (const input of args.columns) {
    const title = cleanLine(typeof input?.title === 'string' ? input.title : '', MAX_COLUMN_TITLE);
    if (!title) return fail('every column needs a title');
    if (input.id !== undefined && !current.has(input.id)) return fail('one of these columns no longer exists; reload the columns and try again');
    if (input.id !== undefined && columns.some((c) => c.id === input.id)) return fail('a column appears twice');
    columns.push({ id: input.id ?? newId(), title });
  }
  const kept = new Set(columns.map((c) => c.id));
  for (const removed of state.settings.columns.filter((c) => !kept.has(c.id))) {
    const cards = [...state.placement.entries()].filter(([id, p]) => p.column === removed.id || state.cards.get(id)?.column === removed.id).length;
    let drafts = 0;
    readMaps(map).drafts?.forEach((value) => {
      if (typeof value === 'object' && value !== null && (value as { column?: unknown }).column === removed.id) drafts += 1;
    });
    if (cards + drafts > 0) {
      const what = [cards > 0 ? plural(cards, 'card') : '', drafts > 0 ? plural(drafts, 'draft') : ''].filter(Boolean).join(' and ');
      return fail(`"${removed.title}" still holds ${what}: move or delete them before removing the column`);
    }
  }
  doc.transact(() => map.set('columns', columns), new LocalOrigin('setColumns'));
  return ok(columns);
}

/**
 * Makes the section anonymous (no author id is ever written: not on cards, drafts or votes)
 * or named. Only before anyone has written or voted, so nobody's authorship changes meaning
 * after the fact.
 */
export function setAnonymous(doc: Y.Doc, args: BrainstormArgs & { anonymous: boolean }): Result {
  const found = findBrainstormAsLead(doc, args, ['write'], 'change anonymity');
  if (!found.ok) return found;
  const { map, state } = found.value;
  if (typeof args.anonymous !== 'boolean') return fail('anonymous must be true or false');
  if (state.settings.anonymous === args.anonymous) return fail(`the section is already ${args.anonymous ? 'anonymous' : 'named'}`);
  const maps = readMaps(map);
  const written = state.cards.size + (maps.drafts?.size ?? 0) + (maps.dots?.size ?? 0);
  if (written > 0) return fail(`anonymity can only change before anyone writes: this section already has ${plural(written, 'card or draft', 'cards or drafts')}`);
  doc.transact(() => {
    map.set('anonymous', args.anonymous);
    appendLog(doc, { at: args.at, by: args.by, type: 'brainstorm.anonymous', sectionId: args.sectionId, detail: args.anonymous ? 'anonymous' : 'named' });
  }, new LocalOrigin('setAnonymous'));
  return ok(undefined);
}

/**
 * Sets the dots each member may place and how many of them one card or group may take
 * (default: all of them). Allowed until the vote closes; the relay counts with the settings
 * in force when it tallies.
 */
export function setVoteBudget(doc: Y.Doc, args: BrainstormArgs & { budget: number; maxPerCard?: number }): Result {
  const found = findBrainstormAsLead(doc, args, ['write', 'reveal', 'cluster', 'vote'], 'set the vote budget');
  if (!found.ok) return found;
  const { map, state } = found.value;
  const { budget } = args;
  const maxPerCard = args.maxPerCard ?? budget;
  if (!Number.isInteger(budget) || budget < 1 || budget > MAX_VOTE_BUDGET) return fail(`the budget must be a whole number of dots from 1 to ${MAX_VOTE_BUDGET}`);
  if (!Number.isInteger(maxPerCard) || maxPerCard < 1 || maxPerCard > budget) return fail(`dots per card must be a whole number from 1 to the budget (${budget})`);
  if (state.settings.votes.budget === budget && state.settings.votes.maxPerCard === maxPerCard) return fail('the vote already has these settings');
  doc.transact(() => {
    map.set('votes', { budget, maxPerCard });
    appendLog(doc, { at: args.at, by: args.by, type: 'brainstorm.budget', sectionId: args.sectionId, detail: `${plural(budget, 'dot')}, at most ${maxPerCard} per card`, count: budget });
  }, new LocalOrigin('setVoteBudget'));
  return ok(undefined);
}
