/**
 * Titles as people type them: the limit (the model's MAX_TITLE_LENGTH, counted the way the
 * model cleans a title: spaces collapsed, ends trimmed), the message for an empty or too long
 * one, and shortening for tight spots like log rows. The UI refuses what the model would change:
 * it never silently cuts a title or substitutes a default.
 */
import { MAX_TITLE_LENGTH } from '@roundtable/model';

/** The counter appears this close to the limit. */
export const COUNTER_FROM = MAX_TITLE_LENGTH - 20;

/** The length the model will store for `text`. */
export function titleLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

/** Why `text` cannot be the title of a `what`, as a sentence, or null when it can. */
export function titleProblem(text: string, what: 'section' | 'board'): string | null {
  const length = titleLength(text);
  if (length === 0) return `Give the ${what} a title.`;
  if (length > MAX_TITLE_LENGTH) {
    const over = length - MAX_TITLE_LENGTH;
    return `Titles can be at most ${MAX_TITLE_LENGTH} characters: this one is ${over} too long.`;
  }
  return null;
}

/** `title` cut to `max` characters with an ellipsis (for one-line spots; the full text goes in a tooltip). */
export function shortTitle(title: string, max: number): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
