/** Random, URL-safe identifiers from lib0's Web-Crypto-backed generator (browser and Node). */
import { getRandomValues } from 'lib0/webcrypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A random id of `length` characters from [0-9a-zA-Z]. One call to the random source per id
 * (not per character): seeding thousands of sections in one operation stays cheap.
 */
export function newId(length = 12): string {
  const values = getRandomValues(new Uint32Array(length));
  let id = '';
  for (const value of values) id += ALPHABET[value % ALPHABET.length];
  return id;
}
