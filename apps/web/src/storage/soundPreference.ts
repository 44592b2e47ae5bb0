/** Whether the timer chimes at zero on this device (`roundtable.timerSound`, default on). */
import { readJson, writeJson } from './localJson.js';

/** localStorage key of the preference. */
export const SOUND_KEY = 'roundtable.timerSound';

/** True unless this device muted the timer sound. */
export function loadSoundOn(storage: Storage | null): boolean {
  return readJson(storage, SOUND_KEY) !== false;
}

/** Remembers the choice on this device. */
export function saveSoundOn(storage: Storage | null, on: boolean): void {
  writeJson(storage, SOUND_KEY, on);
}
