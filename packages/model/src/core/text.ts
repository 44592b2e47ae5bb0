/** Normalises user-entered single-line text: trims, collapses whitespace, caps length. */
export function cleanLine(value: string, maxLength: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, maxLength);
}
