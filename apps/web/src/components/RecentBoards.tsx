/** Boards opened on this device (with their tokens), newest first. */
import { useState } from 'react';
import { boardPath, navigate } from '../routes.js';
import { deviceStorage } from '../storage/localJson.js';
import { forgetBoard, listRecentBoards, type RecentBoard } from '../storage/recentBoards.js';
import { Icon } from './Icon.js';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 hours ago" style text for a past timestamp. */
function ago(at: number, now = Date.now()): string {
  const minutes = Math.round((at - now) / 60000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

function open(board: RecentBoard): void {
  const token = board.editToken ?? board.viewToken;
  if (token) navigate(boardPath(board.boardId, token));
}

/** The recent-boards list with an empty state. */
export function RecentBoards() {
  const [boards, setBoards] = useState(() => listRecentBoards(deviceStorage()));

  return (
    <section className="card recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="card__title">Recent boards</h2>
      {boards.length === 0 ? (
        <div className="empty empty--compact">
          <Icon name="board" size={28} />
          <p>Boards you create or open on this device show up here.</p>
        </div>
      ) : (
        <ul className="recent__list">
          {boards.map((b) => (
            <li key={b.boardId} className="recent__item">
              <a
                className="recent__link"
                href={boardPath(b.boardId, b.editToken ?? b.viewToken ?? '')}
                onClick={(e) => {
                  e.preventDefault();
                  open(b);
                }}
              >
                <span className="recent__title">{b.title}</span>
                <span className="recent__meta">
                  {b.role === 'view' ? <span className="pill pill--muted">View only</span> : null}
                  <span>Opened {ago(b.openedAt)}</span>
                </span>
              </a>
              <button
                type="button"
                className="icon-btn"
                aria-label={`Remove ${b.title} from recent boards`}
                title="Remove from this list"
                onClick={() => setBoards(forgetBoard(deviceStorage(), b.boardId))}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
