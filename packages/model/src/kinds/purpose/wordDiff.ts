/**
 * "What changed since": a word-level diff of two texts for people to read, from jsdiff's
 * `diffWords` (a well-kept Myers diff; the model never diffs or merges text by hand). Pure.
 */
import { diffWords } from 'diff';

/** One run of a word diff: unchanged, added since, or removed since. */
export interface DiffPart {
  type: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The word diff from `before` to `after`, in reading order; a removal comes before the
 * insertion that replaced it. Empty when both are equal.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ type: 'same', text: before }];
  return diffWords(before, after).map((change) => ({
    type: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** How many words were added and removed between two texts (for a one-line summary). */
export function diffSummary(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.type === 'added') added += words(part.text);
    if (part.type === 'removed') removed += words(part.text);
  }
  return { added, removed };
}
