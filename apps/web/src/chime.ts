/**
 * A soft two-note chime for "time's up", synthesised with WebAudio (no audio file to load).
 * Browsers only allow sound after a user gesture on the page; if the context cannot start,
 * the chime is silently skipped: the visual alarm is the primary signal.
 */
let context: AudioContext | null = null;

/** Plays the chime once; never throws. */
export function playChime(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    void ctx.resume();
    const start = ctx.currentTime + 0.02;
    [880, 1318.5].forEach((frequency, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const t = start + i * 0.18;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(0.18, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.001, t + 0.9);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 1);
    });
  } catch {
    /* no audio on this device */
  }
}
