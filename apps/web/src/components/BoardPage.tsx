/** The route `/b/<id>#t=<token>`: opens the board, then shows it or explains why it cannot. */
import { useBoardSession } from '../hooks/useBoardSession.js';
import { BoardLoading } from './BoardLoading.js';
import { BoardProblemPage } from './BoardProblemPage.js';
import { BoardView } from './BoardView.js';

/** Board page for `boardId` opened with `token` from the URL fragment. */
export function BoardPage({ boardId, token }: { boardId: string; token: string | null }) {
  const session = useBoardSession(boardId, token);
  if (session.kind === 'problem') return <BoardProblemPage problem={session.problem} boardId={boardId} />;
  if (session.kind === 'checking') return <BoardLoading />;
  return <BoardView key={session.board.boardId} board={session.board} />;
}
