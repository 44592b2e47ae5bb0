/** The session log, newest first: who added, removed or renamed what. */
import type { LogEntry, MemberView } from '@roundtable/model';
import { useBoardLog } from '../hooks/useBoardLog.js';
import { useMembers } from '../hooks/useMembers.js';
import { Avatar } from './Avatar.js';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const MAX_SHOWN = 30;

function describe(entry: LogEntry): string {
  const what = entry.detail ? `“${entry.detail}”` : '';
  switch (entry.type) {
    case 'board.created': return `created the board ${what}`;
    case 'board.renamed': return `renamed the board to ${what}`;
    case 'section.added': return `added ${what}`;
    case 'section.removed': return `removed ${what}`;
    default: return entry.type;
  }
}

/** The activity panel. */
export function ActivityLog() {
  const log = useBoardLog();
  const members = useMembers();
  const byId = new Map<string, MemberView>(members.map((m) => [m.id, m]));
  const entries = log.slice(-MAX_SHOWN).reverse();

  return (
    <section className="activity" aria-labelledby="activity-title">
      <h2 id="activity-title" className="activity__title">Activity</h2>
      {entries.length === 0 ? (
        <p className="hint">Nothing has happened yet.</p>
      ) : (
        <ol className="activity__list">
          {entries.map((e) => {
            const who = e.by ? byId.get(e.by) : undefined;
            return (
              <li key={e.id} className="activity__item">
                {who ? <Avatar name={who.name} color={who.color} size={20} /> : <span className="activity__system" aria-hidden="true" />}
                <span className="activity__text">
                  <strong>{who?.name ?? (e.by ? 'Someone' : 'Roundtable')}</strong> {describe(e)}
                </span>
                <time className="activity__time" dateTime={new Date(e.at).toISOString()}>{time.format(e.at)}</time>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
