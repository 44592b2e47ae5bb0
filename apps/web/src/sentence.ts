/** Model errors are lower-case fragments ("the timer is not running"); the UI shows sentences. */

/** `text` with a capital first letter (after an opening quote) and a final full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  // The first letter, after any opening quote or bracket ('"at least 5 voters" …' → '"At least …').
  const capital = trimmed.replace(/^([“"'‘(]*)(.)/u, (_, open: string, first: string) => open + first.toUpperCase());
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
