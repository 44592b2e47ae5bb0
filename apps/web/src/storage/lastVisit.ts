/**
 * `roundtable.lastVisit.<boardId>.<memberId>`: what this device had of a board when the member
 * last looked at it, as the document's Yjs state vector (base64). "Since your last visit" lists
 * what others added beyond it (model `selectChangesSince`).
 */
import { readJson, writeJson } from './localJson.js';

const key = (boardId: string, memberId: string) => `roundtable.lastVisit.${boardId}.${memberId}`;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The encoded state vector of the member's last visit, or null (first visit, or garbage). */
export function loadLastVisit(storage: Storage | null, boardId: string, memberId: string): Uint8Array | null {
  const value = readJson(storage, key(boardId, memberId));
  if (typeof value !== 'object' || value === null) return null;
  const sv = (value as { sv?: unknown }).sv;
  return typeof sv === 'string' ? fromBase64(sv) : null;
}

/** Remembers the encoded state vector as the member's last visit (with the device time, for people reading storage). */
export function saveLastVisit(storage: Storage | null, boardId: string, memberId: string, stateVector: Uint8Array): void {
  writeJson(storage, key(boardId, memberId), { sv: toBase64(stateVector), savedAt: Date.now() });
}
