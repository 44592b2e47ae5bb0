/**
 * The shared timer of a section (a lead power): duration presets and custom minutes, Start /
 * Pause / Resume / +1 min / Reset (the timer actions, which write relay-corrected times), and
 * the chime toggle. Bad durations (negative, over 24 h) are refused by the model and its
 * message is shown.
 */
import type { Result, SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import { setSoundOn, useSoundPreference } from '../hooks/useSoundPreference.js';
import { useTimerExpired } from '../hooks/useTimerExpired.js';
import { pickFromTimer, pickedMs, previewMs, TIMER_PRESETS, type DurationPick } from '../timerText.js';
import { Icon } from './Icon.js';
import { TimerFace } from './TimerFace.js';

const MINUTE = 60_000;

/** Timer card of `section`. */
export function SectionTimer({ section }: { section: SectionView }) {
  const { role } = useBoardContext();
  const target = { sectionId: section.id };
  const start = useAction('startTimer', target);
  const pause = useAction('pauseTimer', target);
  const resume = useAction('resumeTimer', target);
  const extend = useAction('addTime', target);
  const reset = useAction('resetTimer', target);
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
  // Starting needs only lead powers: its reason is why the whole timer is out of reach.
  const reason = start.reason;
  const durationMs = pickedMs(pick);
  const custom = 'custom' in pick ? pick.custom : '';
  const disabled = start.disabled;

  const run = (result: Result<unknown>) => setError(result.ok ? null : result.error);
  const button = (label: string, icon: Parameters<typeof Icon>[0]['name'], onClick: () => void, kind = 'secondary', off = disabled) => (
    <button type="button" className={`btn btn--${kind} btn--sm`} disabled={off} aria-description={reason ?? undefined} onClick={onClick}>
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
                    if (e.key === 'Enter') run(start.run({ durationMs }));
                  }}
                />
                <span className="timer-card__unit" aria-hidden="true">min</span>
              </label>
            </div>
            <div className="timer-card__row">
              {state === 'none' || state === 'idle' || expired
                ? button(expired ? 'Start again' : start.label, 'play', () => run(start.run({ durationMs })), 'primary')
                : state === 'running'
                  ? button(pause.label, 'pause', () => run(pause.run()), 'primary')
                  : button(resume.label, 'play', () => run(resume.run()), 'primary')}
              {timer ? button(extend.label, 'plus', () => run(extend.run({ ms: MINUTE })), 'secondary', extend.disabled) : null}
              {timer && state !== 'idle' ? button(reset.label, 'reset', () => run(reset.run()), 'ghost', reset.disabled) : null}
            </div>
          </div>
        ) : null}
      </div>
      {reason && role === 'edit' ? <p className="hint lead-note">{reason}.</p> : null}
      {error ? <p className="form-error" role="alert" data-testid="timer-error">{error}</p> : null}
    </section>
  );
}
