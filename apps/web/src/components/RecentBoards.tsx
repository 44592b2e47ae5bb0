/**
 * Boards opened on this device (with their tokens), newest first: title, last activity and who
 * was there (kept current by `useRecentTitle` while a board is open).
 */
import { useState } from 'react';
import { boardPath, navigate } from '../routes.js';
import { deviceStorage } from '../storage/localJson.js';
import { forgetBoard, listRecentBoards, type RecentBoard } from '../storage/recentBoards.js';
import { Avatar } from './Avatar.js';
import { Icon } from './Icon.js';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 hours ago" style text for a past timestamp. */
export function ago(at: number, now = Date.now()): string {
  const minutes = Math.round((at - now) / 60000);
  if (Math.abs(minutes) < 1) return 'just now';
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

function open(board: RecentBoard): void {
  const token = board.editToken ?? board.viewToken;
  if (token) navigate(boardPath(board.boardId, token));
}

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "Ada Lovelace, Grace Hopper and 3 others" for the avatars' accessible text. */
function peopleText(board: RecentBoard): string {
  const people = board.people ?? [];
  const total = Math.max(board.memberCount ?? people.length, people.length);
  const names = people.slice(0, 3).map((p) => p.name);
  const others = total - names.length;
  return others > 0 ? `${names.join(', ')} and ${others} ${others === 1 ? 'other' : 'others'}` : listFormat.format(names);
}

function People({ board }: { board: RecentBoard }) {
  const people = board.people ?? [];
  if (people.length === 0) return null;
  const total = Math.max(board.memberCount ?? people.length, people.length);
  const shown = people.slice(0, 4);
  return (
    <span className="recent__people" data-testid="recent-people">
      <span className="visually-hidden">With {peopleText(board)}</span>
      <span className="avatar-stack" aria-hidden="true">
        {shown.map((p, i) => <Avatar key={i} name={p.name} color={p.color} size={24} />)}
        {total > shown.length ? <span className="avatar-stack__more">+{total - shown.length}</span> : null}
      </span>
    </span>
  );
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
          <p>Boards you create or open on this device show up here, with who was there and when it last moved.</p>
        </div>
      ) : (
        <ul className="recent__list">
          {boards.map((b) => (
            <li key={b.boardId} className="recent__item" data-testid="recent-board">
              <a
                className="recent__link"
                href={boardPath(b.boardId, b.editToken ?? b.viewToken ?? '')}
                onClick={(e) => {
                  e.preventDefault();
                  open(b);
                }}
              >
                <span className="recent__row">
                  <span className="recent__title">{b.title}</span>
                  <People board={b} />
                </span>
                <span className="recent__meta">
                  {b.role === 'view' ? <span className="pill pill--muted">View only</span> : null}
                  <span data-testid="recent-activity">
                    {b.activityAt !== undefined ? `Active ${ago(b.activityAt)}` : `Opened ${ago(b.openedAt)}`}
                  </span>
                  {b.memberCount ? <span aria-hidden="true">·</span> : null}
                  {b.memberCount ? <span>{b.memberCount} {b.memberCount === 1 ? 'person' : 'people'}</span> : null}
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
