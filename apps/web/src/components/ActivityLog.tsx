/**
 * The session log panel: every record of the board's log (lead changes, phases, timers,
 * spotlights, undo/redo, sections, board) as a readable sentence with who and when, in
 * document order, the order every member sees. It follows new records while scrolled to the end.
 */
import type { LogEntry, MemberView } from '@roundtable/model';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useBoardLog } from '../hooks/useBoardLog.js';
import { useLiveTitle, useLogLookup } from '../hooks/useLogLookup.js';
import { useMembers } from '../hooks/useMembers.js';
import { describeLogEntry, type LogLookup } from '../logText.js';
import { Avatar } from './Avatar.js';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
/** Titles in log rows are cut after this many characters (the full sentence is the row's tooltip). */
const LOG_TITLE_CHARS = 40;
/** Beyond this many records the panel shows the latest ones (the document keeps them all). */
const MAX_SHOWN = 300;

/** The session log panel. */
export function ActivityLog() {
  const log = useBoardLog();
  const members = useMembers();
  const lookup = useLogLookup();
  const byId = new Map<string, MemberView>(members.map((m) => [m.id, m]));
  const entries = log.slice(-MAX_SHOWN);
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

  // Keep the newest record in view unless the reader scrolled up to read older ones.
  useLayoutEffect(() => {
    const scroller = listRef.current?.closest('.board__aside');
    if (scroller && stick.current) scroller.scrollTop = scroller.scrollHeight;
  }, [entries.length]);

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
          {log.length > entries.length ? <li className="hint">{log.length - entries.length} earlier records are kept in the board.</li> : null}
          {entries.map((e) => <LogItem key={e.id} entry={e} who={e.by ? byId.get(e.by) : undefined} lookup={lookup} />)}
        </ol>
      )}
    </section>
  );
}

/** One record as a sentence; re-renders when it, its author, the lookup or its section's title changes. */
const LogItem = memo(function LogItem({ entry: e, who, lookup }: { entry: LogEntry; who: MemberView | undefined; lookup: LogLookup }) {
  const withTitle = useLiveTitle(lookup, e.sectionId);
  const actor = who?.name ?? (e.by ? 'Someone' : 'Roundtable');
  const full = describeLogEntry(e, withTitle);
  const shown = describeLogEntry(e, withTitle, { maxTitle: LOG_TITLE_CHARS });
  return (
    <li className={`activity__item activity__item--${e.type.split('.')[0]}`} data-testid="log-item" data-type={e.type}>
      {who ? <Avatar name={who.name} color={who.color} size={20} /> : <span className="activity__system" aria-hidden="true" />}
      <span className="activity__text" title={shown === full ? undefined : `${actor} ${full}`}>
        <strong>{actor}</strong> {shown}
      </span>
      <time className="activity__time" dateTime={new Date(e.at).toISOString()} title={fullTime.format(e.at)}>{time.format(e.at)}</time>
    </li>
  );
});
