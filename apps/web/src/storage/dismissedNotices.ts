/**
 * Lead notices this device has dismissed, per board (`roundtable.dismissedNotices.<boardId>`):
 * a lost lead is told until it is taken back or dismissed, across reloads, so a dismissal must
 * outlive the page. Keeps the latest few hundred keys.
 */
import { readJson, writeJson } from './localJson.js';

const PREFIX = 'roundtable.dismissedNotices.';
const MAX_KEYS = 300;

/** The dismissed notice keys of `boardId`. */
export function loadDismissed(storage: Storage | null, boardId: string): Set<string> {
  const value = readJson(storage, PREFIX + boardId);
  return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
}

/** Records `key` as dismissed on `boardId`; returns the new set. */
export function saveDismissed(storage: Storage | null, boardId: string, dismissed: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set([...dismissed, key]);
  writeJson(storage, PREFIX + boardId, [...next].slice(-MAX_KEYS));
  return next;
}
