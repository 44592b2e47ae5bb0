/**
 * This member's ballot in the open round: the eight levels as one radio group (arrow keys move,
 * each option with its label and one-line explanation), an optional "my concern is …" comment,
 * and Cast / Change my vote. The ballot is sealed before it leaves this device; what was sealed
 * is shown back from the device (nobody else can read it) and can be changed until the reveal.
 */
import { KANER_LEVELS, MAX_COMMENT, type RoundView } from '@roundtable/model';
import { useEffect, useId, useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useMyBallot } from '../../hooks/useSealing.js';
import { Icon } from '../Icon.js';
import { levelTone } from './histogramLayout.js';

/** The ballot of section `sectionId` in `round`. */
export function BallotForm({ sectionId, round }: { sectionId: string; round: RoundView }) {
  const cast = useAction('castBallot', { sectionId });
  const mine = useMyBallot(round.id);
  const [level, setLevel] = useState<number | null>(mine?.level ?? null);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [changing, setChanging] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const id = useId();
  useEffect(() => {
    if (mine && !changing) {
      setLevel(mine.level);
      setComment(mine.comment);
    }
  }, [mine, changing]);

  if (cast.disabled && cast.reason?.startsWith('This is a view-only')) {
    return <p className="agree-note" data-testid="ballot-view-only">{cast.reason}.</p>;
  }
  const chosen = KANER_LEVELS.find((l) => l.level === mine?.level);
  if (mine && chosen && !changing) {
    return (
      <div className="agree-myvote" data-testid="my-vote">
        <span className={`agree-level agree-level--${levelTone(chosen.level)}`} aria-hidden="true">{chosen.level}</span>
        <div className="agree-myvote__body">
          <p className="agree-myvote__title">Your vote: {chosen.level} · {chosen.label}</p>
          {mine.comment ? <p className="agree-myvote__comment">“{mine.comment}”</p> : null}
          <p className="agree-myvote__sealed"><Icon name="lock" size={12} /> Sealed: nobody sees it before the reveal. You can change it until then.</p>
        </div>
        <button type="button" className="btn btn--secondary btn--sm" disabled={cast.disabled} onClick={() => { setChanging(true); setMessage(null); }}>Change my vote</button>
        {message ? <p className="agree-ok agree-myvote__message" role="status" data-testid="ballot-message">{message.text}</p> : null}
      </div>
    );
  }
  const over = [...comment].length > MAX_COMMENT;
  const submit = () => {
    if (level === null) return setMessage({ tone: 'error', text: 'Pick a level from 1 to 8 first.' });
    const result = cast.run({ level, comment });
    if (!result.ok) return setMessage({ tone: 'error', text: result.error });
    setChanging(false);
    setMessage({ tone: 'ok', text: mine ? 'Your vote is changed.' : 'Your vote is in.' });
  };

  return (
    <form className="agree-ballot" data-testid="ballot" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <fieldset className="agree-levels">
        <legend className="agree-ballot__legend">Where do you stand on this proposal?</legend>
        {KANER_LEVELS.map((l) => (
          <label key={l.level} className={`agree-levels__option agree-levels__option--${levelTone(l.level)}${level === l.level ? ' is-checked' : ''}`}>
            <input type="radio" name={`${id}-level`} value={l.level} checked={level === l.level} onChange={() => setLevel(l.level)} aria-describedby={`${id}-level-${l.level}`} />
            <span className={`agree-level agree-level--${levelTone(l.level)}`} aria-hidden="true">{l.level}</span>
            <span className="agree-levels__text">
              <span className="agree-levels__label">{l.label}</span>
              <span className="agree-levels__hint" id={`${id}-level-${l.level}`}>{l.explanation}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="field" htmlFor={`${id}-comment`}>
        <span className="field__label">Comment (optional){level !== null && level >= 5 ? ': the group will discuss it as a concern' : ''}</span>
      </label>
      <textarea id={`${id}-comment`} className="input agree-textarea" rows={2} value={comment} placeholder="My concern is …" aria-invalid={over || undefined} onChange={(e) => setComment(e.target.value)} />
      <div className="agree-form__footer">
        <span className={`agree-count${over ? ' is-over' : ''}`}>{[...comment].length}/{MAX_COMMENT}</span>
        {changing ? <button type="button" className="btn btn--ghost btn--sm" onClick={() => { setChanging(false); setMessage(null); }}>Keep my vote</button> : null}
        <button type="submit" className="btn btn--primary" disabled={cast.disabled} title={cast.reason ?? undefined}>
          <Icon name="lock" size={14} /> {mine ? 'Change my vote' : 'Cast my vote'}
        </button>
      </div>
      {cast.disabled && cast.reason ? <p className="agree-note">{cast.reason}.</p> : null}
      {message ? <p className={message.tone === 'error' ? 'form-error' : 'agree-ok'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="ballot-message">{message.text}</p> : null}
    </form>
  );
}
