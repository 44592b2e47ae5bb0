/**
 * The shared timer of a section (a lead power): duration presets and custom minutes, Start /
 * Pause / Resume / +1 min / Reset, and the chime toggle. Times passed to the model are
 * relay-corrected (connection.clock), so every device shows the same remaining time.
 * Bad durations (negative, over 24 h) are refused by the model and its message is shown.
 */
import { addTime, pauseTimer, resetTimer, resumeTimer, startTimer, type Result, type SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useLeadPowers } from '../hooks/useLeadPowers.js';
import { setSoundOn, useSoundPreference } from '../hooks/useSoundPreference.js';
import { useTimerExpired } from '../hooks/useTimerExpired.js';
import { asSentence } from '../sentence.js';
import { pickFromTimer, pickedMs, previewMs, TIMER_PRESETS, type DurationPick } from '../timerText.js';
import { Icon } from './Icon.js';
import { TimerFace } from './TimerFace.js';

const MINUTE = 60_000;

/** Timer card of `section`. */
export function SectionTimer({ section }: { section: SectionView }) {
  const { connection, member, role } = useBoardContext();
  const powers = useLeadPowers(section);
  const soundOn = useSoundPreference();
  const expired = useTimerExpired(section.timer);
  const timer = section.timer;
  // A pick belongs to the timer it was made on: when the shared timer changes (started, reset,
  // by anyone), the picker follows the timer's own duration again until the next pick.
  const timerKey = timer ? `${timer.state}|${timer.durationMs}|${timer.startedAt}` : 'none';
  const [picked, setPicked] = useState<{ pick: DurationPick; on: string } | null>(null);
  const pick = picked?.on === timerKey ? picked.pick : pickFromTimer(timer);
  const choose = (next: DurationPick) => setPicked({ pick: next, on: timerKey });
  const [error, setError] = useState<string | null>(null);
  const state = timer?.state ?? 'none';
  const reason = powers.reason('run its timer');
  const durationMs = pickedMs(pick);
  const custom = 'custom' in pick ? pick.custom : '';
  const disabled = !powers.allowed;

  const run = (op: (args: { sectionId: string; by: string; at: number }) => Result<unknown>) => {
    if (!member) return;
    const result = op({ sectionId: section.id, by: member.id, at: connection.clock.now() });
    setError(result.ok ? null : asSentence(result.error));
  };
  const doc = connection.doc;
  const button = (label: string, icon: Parameters<typeof Icon>[0]['name'], onClick: () => void, kind = 'secondary') => (
    <button type="button" className={`btn btn--${kind} btn--sm`} disabled={disabled} aria-description={reason ?? undefined} onClick={onClick}>
      <Icon name={icon} size={14} /> {label}
    </button>
  );

  return (
    <section className={`timer-card${expired ? ' is-expired' : ''}`} aria-label="Section timer" data-testid="section-timer">
      <div className="timer-card__head">
        <h3 className="timer-card__title"><Icon name="clock" size={15} /> Timer</h3>
        <button
          type="button"
          className="icon-btn icon-btn--sm"
          aria-label="Chime at zero"
          aria-pressed={soundOn}
          title={soundOn ? 'Chime at zero: on (this device)' : 'Chime at zero: off (this device)'}
          onClick={() => setSoundOn(!soundOn)}
        >
          <Icon name={soundOn ? 'volume' : 'volumeOff'} size={15} />
        </button>
      </div>
      <div className="timer-card__body">
        <TimerFace timer={timer} previewMs={previewMs(pick, timer)} />
        {role === 'edit' ? (
          <div className="timer-card__controls" title={reason ?? undefined}>
            <div className="timer-card__row" role="group" aria-label="Duration">
              {TIMER_PRESETS.map((m) => (
                <button
                  key={m}
                  type="button"
                  className="chip-btn"
                  aria-pressed={'preset' in pick && pick.preset === m}
                  disabled={disabled}
                  onClick={() => choose({ preset: m })}
                >
                  {m} min
                </button>
              ))}
              <label className="timer-card__custom">
                <span className="visually-hidden">Custom minutes</span>
                <input
                  className="input input--sm"
                  inputMode="decimal"
                  placeholder="Other"
                  value={custom}
                  disabled={disabled}
                  onChange={(e) => choose(e.target.value.trim() ? { custom: e.target.value } : pickFromTimer(timer))}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') run((a) => startTimer(doc, { ...a, durationMs }));
                  }}
                />
                <span className="timer-card__unit" aria-hidden="true">min</span>
              </label>
            </div>
            <div className="timer-card__row">
              {state === 'none' || state === 'idle' || expired
                ? button(expired ? 'Start again' : 'Start', 'play', () => run((a) => startTimer(doc, { ...a, durationMs })), 'primary')
                : state === 'running'
                  ? button('Pause', 'pause', () => run((a) => pauseTimer(doc, a)), 'primary')
                  : button('Resume', 'play', () => run((a) => resumeTimer(doc, a)), 'primary')}
              {timer ? button('+1 min', 'plus', () => run((a) => addTime(doc, { ...a, ms: MINUTE }))) : null}
              {timer && state !== 'idle' ? button('Reset', 'reset', () => run((a) => resetTimer(doc, a)), 'ghost') : null}
            </div>
          </div>
        ) : null}
      </div>
      {reason && role === 'edit' ? <p className="hint lead-note">{reason}.</p> : null}
      {error ? <p className="form-error" role="alert" data-testid="timer-error">{error}</p> : null}
    </section>
  );
}
