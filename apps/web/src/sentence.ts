/** Model errors are lower-case fragments ("the timer is not running"); the UI shows sentences. */

/** `text` with a capital first letter and a final full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
