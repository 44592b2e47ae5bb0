/**
 * The session log panel: every record of the board's log (lead changes, phases, timers,
 * spotlights, undo/redo, sections, board) as a readable sentence with who and when, in
 * document order, the order every member sees. It follows new records while scrolled to the end.
 * It renders the newest records and older ones a page at a time ("Show earlier records"), as a
 * chat does: a long session's hundreds of rows would otherwise be built before the board's first
 * screen, for a panel that shows its last dozen.
 */
import { describeLogEntry, logActor, type LogEntry } from '@roundtable/model';
import { memo, useEffect, useRef, useState } from 'react';
import { useBoardLog } from '../hooks/useBoardLog.js';
import { useLeadChanges } from '../hooks/useLeadChanges.js';
import { useLogEntryNames } from '../hooks/useLogLookup.js';
import { shortTitle } from '../titleText.js';
import { Avatar } from './Avatar.js';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
/** Titles in log rows are cut after this many characters (the full sentence is the row's tooltip). */
const LOG_TITLE_CHARS = 40;
const shorten = (title: string) => shortTitle(title, LOG_TITLE_CHARS);
/** Records rendered when the log opens: the newest. */
const FIRST_PAGE = 50;
/** Older records added by each "Show earlier records". */
const EARLIER_PAGE = 100;

/** The session log panel. */
export function ActivityLog() {
  const log = useBoardLog();
  const { lostTo, alsoFrom } = useLeadChanges();
  const [earlierPages, setEarlierPages] = useState(0);
  const shown = FIRST_PAGE + earlierPages * EARLIER_PAGE;
  const entries = log.length > shown ? log.slice(-shown) : log;
  const hidden = log.length - entries.length;
  const newest = entries.at(-1)?.id;
  const listRef = useRef<HTMLOListElement>(null);
  const stick = useRef(true);

  useEffect(() => {
    const scroller = listRef.current?.closest('.board__aside');
    if (!scroller) return;
    const onScroll = () => {
      stick.current = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 24;
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, [entries.length > 0]);

  // Keep the newest record in view unless the reader scrolled up to read older ones (showing
  // earlier records leaves the scroll alone: the browser's scroll anchoring keeps the view).
  // Done in the next frame, before it paints: reading the scroll height inside the commit forced
  // a layout of the whole page per commit (the board's sync lands in several, on a big board).
  useEffect(() => {
    const scroller = listRef.current?.closest('.board__aside');
    if (!scroller || !stick.current) return;
    const frame = requestAnimationFrame(() => {
      scroller.scrollTop = scroller.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [newest]);

  return (
    <section className="activity" aria-labelledby="activity-title">
      <h2 id="activity-title" className="activity__title">Session log</h2>
      {entries.length === 0 ? (
        <p className="hint">Nothing has happened yet.</p>
      ) : (
        <ol
          ref={listRef}
          className="activity__list"
          data-testid="session-log"
        >
          {hidden > 0 ? (
            <li className="activity__earlier">
              <button type="button" className="btn btn--ghost btn--sm" onClick={() => setEarlierPages((n) => n + 1)}>
                Show earlier records ({hidden} more)
              </button>
            </li>
          ) : null}
          {entries.map((e) => <LogItem key={e.id} entry={e} wonBy={lostTo.get(e.id)} alsoFrom={alsoFrom.get(e.id)?.join(',')} />)}
        </ol>
      )}
    </section>
  );
}

/**
 * One record as a sentence: the model's wording, the one the exports use, with titles cut for
 * the row and the whole sentence in its tooltip. Records never change, so a row re-renders only
 * when a name or the section title it shows changes: appending a record renders that one new
 * row. `wonBy` and `alsoFrom` (ids, comma-joined) are what the model's lead-change reading adds
 * to a take.
 */
const LogItem = memo(function LogItem({ entry: e, wonBy, alsoFrom }: { entry: LogEntry; wonBy?: string; alsoFrom?: string }) {
  const { who, lookup } = useLogEntryNames(e, { wonBy, alsoFrom: alsoFrom ? alsoFrom.split(',') : undefined });
  const actor = logActor(e, lookup);
  const full = describeLogEntry(e, lookup);
  const shown = describeLogEntry(e, lookup, { shorten });
  return (
    <li className={`activity__item activity__item--${e.type.split('.')[0]}`} data-testid="log-item" data-type={e.type} data-log-id={e.id}>
      {who ? <Avatar name={who.name} color={who.color} size={20} /> : <span className="activity__system" aria-hidden="true" />}
      <span className="activity__text" title={shown === full ? undefined : `${actor} ${full}`}>
        <strong>{actor}</strong> {shown}
      </span>
      <time className="activity__time" dateTime={new Date(e.at).toISOString()} title={fullTime.format(e.at)}>{time.format(e.at)}</time>
    </li>
  );
});
