/** The device's "chime at zero" preference, shared by every timer on the page. */
import { useSyncExternalStore } from 'react';
import { deviceStorage } from '../storage/localJson.js';
import { loadSoundOn, saveSoundOn } from '../storage/soundPreference.js';

const listeners = new Set<() => void>();
let soundOn: boolean | null = null;

function read(): boolean {
  soundOn ??= loadSoundOn(deviceStorage());
  return soundOn;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sets and remembers the preference. */
export function setSoundOn(on: boolean): void {
  soundOn = on;
  saveSoundOn(deviceStorage(), on);
  for (const l of [...listeners]) l();
}

/** True when timers chime at zero on this device. */
export function useSoundPreference(): boolean {
  return useSyncExternalStore(subscribe, read);
}
