/** Shown instead of a board when its link cannot open it (bad token, unknown board, no token). */
import { useEffect } from 'react';
import { navigate } from '../routes.js';
import { forgetDeletedBoard } from '../storage/deletedBoard.js';
import type { BoardProblem } from '../sync/closeCodes.js';
import { Icon } from './Icon.js';
import { Logo } from './Logo.js';

const TEXT: Record<BoardProblem, { title: string; body: string }> = {
  'bad-token': { title: 'This link is not valid', body: 'The access key in this link is missing or damaged. Ask whoever shared the board for a fresh link.' },
  forbidden: { title: 'This link does not open this board', body: 'The link belongs to another board, or it does not allow this. Ask for the board’s own link.' },
  'not-found': { title: 'Board not found', body: 'There is no board at this address. It may have been deleted, or the link was mistyped.' },
  deleted: { title: 'This board was deleted', body: 'An editor deleted this board, so its content is no longer on the server. If someone exported it as JSON, you can import that file as a new board from your boards page.' },
  'missing-token': { title: 'This link is incomplete', body: 'Board links end with an access key (#t=…). Open the full link you were sent.' },
};

/** A friendly full-page error with a way home. A deleted board (`boardId` given) is forgotten on this device. */
export function BoardProblemPage({ problem, boardId }: { problem: BoardProblem; boardId?: string }) {
  const { title, body } = TEXT[problem];
  useEffect(() => {
    if (problem === 'deleted' && boardId) forgetDeletedBoard(boardId);
  }, [problem, boardId]);
  return (
    <div className="problem-page" data-testid="board-problem" data-problem={problem}>
      <Logo />
      <div className="card problem-page__card" role="alert">
        <span className="problem-page__icon"><Icon name="alert" size={24} /></span>
        <h1 className="problem-page__title">{title}</h1>
        <p className="problem-page__body">{body}</p>
        <button type="button" className="btn btn--primary" onClick={() => navigate('/')}>Go to your boards</button>
      </div>
    </div>
  );
}
