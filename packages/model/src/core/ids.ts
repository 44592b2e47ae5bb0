/** Random, URL-safe identifiers from lib0's Web-Crypto-backed generator (browser and Node). */
import { uint32 } from 'lib0/random';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function newId(length = 12): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[uint32() % ALPHABET.length];
  return id;
}
