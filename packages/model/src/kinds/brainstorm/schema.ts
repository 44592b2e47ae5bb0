/**
 * A brainstorm section's content, nested in the section's Y.Map (so removing the section and
 * undoing that stay one step):
 *
 *   columns    [{id, title}]              plain value: the section's prompts, set by the lead
 *   anonymous  boolean                    no author id is written anywhere when true
 *   votes      {budget, maxPerCard}       plain value: dots per member, dots one target may take
 *   cards      Y.Map cardId -> Y.Map      { id, text, color, pos {column, cluster, order},
 *                                            createdAt, author? (absent when anonymous) }
 *   clusters   Y.Map clusterId -> Y.Map   { id, name, pos {column, order}, mergedInto? }
 *   drafts     Y.Map draftId -> value     { id, column, ciphertext, sealedAt, author? }   sealed 'draft'
 *   dots       Y.Map allocId -> value     { id, ciphertext, sealedAt }  one per member: id = member id,
 *                                            or a device-held random id when anonymous    sealed 'dots'
 *   revealedAt number                     set by the relay's first reveal
 *   tally      {at, counts, voters?, ballots}  plain value written by the relay when the vote closes
 *
 * A card keeps its text and its position under separate keys: a move and a concurrent edit
 * both survive, while concurrent moves resolve last-writer-wins on the whole position (never a
 * column from one move and a cluster from another). `pos.column` is the card's home column: it
 * stays while the card sits in a cluster, so removing a cluster returns its cards there.
 * A merged cluster stays as a forwarding record (`mergedInto`) so a card dropped into it
 * concurrently follows it into the merged cluster instead of dropping out.
 */
import * as Y from 'yjs';

/** Longest card or draft text, in characters (code points). */
export const MAX_CARD_TEXT = 2_000;
/** Longest column title and cluster name. */
export const MAX_COLUMN_TITLE = 80;
export const MAX_CLUSTER_NAME = 80;
/** How many columns (prompts) a section may have. */
export const MAX_COLUMNS = 8;
/** Largest dot budget a lead may set. */
export const MAX_VOTE_BUDGET = 50;
/** Dot settings of a new section: 3 dots each, at most 3 on one card. */
export const DEFAULT_VOTES = { budget: 3, maxPerCard: 3 } as const;

/** Card colours (sticky-note palette; the web app maps each to an accessible colour pair). */
export const CARD_COLOURS = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green', 'grey'] as const;
/** One of CARD_COLOURS. */
export type CardColour = (typeof CARD_COLOURS)[number];
/** A new card's colour. */
export const DEFAULT_CARD_COLOUR: CardColour = 'yellow';

/** True when `value` is one of CARD_COLOURS. */
export function isCardColour(value: unknown): value is CardColour {
  return typeof value === 'string' && (CARD_COLOURS as readonly string[]).includes(value);
}

/** The column titles of a template's seed (sections/templates.ts `BrainstormSeed`), or undefined (unknown shapes fall back to one column). */
export function seedColumns(seed: unknown): string[] | undefined {
  if (typeof seed !== 'object' || seed === null) return undefined;
  const columns = (seed as { columns?: unknown }).columns;
  if (!Array.isArray(columns)) return undefined;
  const titles = columns.filter((c): c is string => typeof c === 'string' && c.trim().length > 0).map((c) => c.trim());
  return titles.length > 0 ? titles : undefined;
}

/** The nested collections of a brainstorm section. */
export interface BrainstormMaps {
  cards: Y.Map<Y.Map<unknown>>;
  clusters: Y.Map<Y.Map<unknown>>;
  drafts: Y.Map<unknown>;
  dots: Y.Map<unknown>;
}

const COLLECTIONS = ['cards', 'clusters', 'drafts', 'dots'] as const;

/**
 * Writes a new brainstorm section's content. Call inside the transaction that creates the
 * section: nested maps must be created once, by one peer (two peers creating `cards` at once
 * would each start a map and one would win, losing the other's cards).
 */
export function initBrainstormSection(section: Y.Map<unknown>, title: string, prompts?: readonly string[]): void {
  const titles = prompts && prompts.length > 0 ? prompts : [title];
  section.set('columns', titles.slice(0, MAX_COLUMNS).map((t, i) => ({ id: `col${i + 1}`, title: t.slice(0, MAX_COLUMN_TITLE) })));
  section.set('anonymous', false);
  section.set('votes', { ...DEFAULT_VOTES });
  for (const name of COLLECTIONS) section.set(name, new Y.Map());
}

/** The section's collections for reading; a missing or garbage one reads as null (empty). */
export function readMaps(section: Y.Map<unknown>): { [K in keyof BrainstormMaps]: BrainstormMaps[K] | null } {
  const get = (name: (typeof COLLECTIONS)[number]) => {
    const value = section.get(name);
    return value instanceof Y.Map ? value : null;
  };
  return {
    cards: get('cards') as Y.Map<Y.Map<unknown>> | null,
    clusters: get('clusters') as Y.Map<Y.Map<unknown>> | null,
    drafts: get('drafts'),
    dots: get('dots'),
  };
}

/**
 * The section's collections for writing, inside an operation's transaction. Sections created
 * before the brainstorm existed lack them and get them here (see the pitfall in CONTEXT.md).
 */
export function writeMaps(section: Y.Map<unknown>): BrainstormMaps {
  for (const name of COLLECTIONS) if (!(section.get(name) instanceof Y.Map)) section.set(name, new Y.Map());
  return readMaps(section) as BrainstormMaps;
}
