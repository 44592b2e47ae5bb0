/** `text` with its first letter upper-cased: "no 7 or 8" -> "No 7 or 8". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `text` as a sentence of its own: capitalised, with a full stop unless it already ends in one (or ? or !). */
export function asSentence(text: string): string {
  return `${capitalised(text)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

/** Normalises user-entered single-line text: trims, collapses whitespace, caps length. */
export function cleanLine(value: string, maxLength: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, maxLength);
}
