/**
 * An open board: header, agenda and the selected section. Owns the local selection (kept in the
 * URL's `?s=` so a reload stays on it) and following a spotlight (device-local), publishes
 * presence ({ user, sectionId }), registers this member on the board once the document has
 * loaded, and keeps the recent-boards entry current (title, last activity, who was there).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createActionContext } from '../actions/context.js';
import { ACTIONS, performAction } from '../actions/index.js';
import { BoardContext, type BoardContextValue } from '../hooks/boardContext.js';
import type { OpenBoard } from '../hooks/useBoardSession.js';
import { useConnectionStatus } from '../hooks/useConnectionStatus.js';
import { useBoardMeta } from '../hooks/useBoardMeta.js';
import { useDeviceMember } from '../hooks/useDeviceMember.js';
import { useFollow } from '../hooks/useFollow.js';
import { useRecentTitle } from '../hooks/useRecentTitle.js';
import { useTracked } from '../hooks/useTracked.js';
import { sectionFromSearch, withSection } from '../routes.js';
import { BoardLoading } from './BoardLoading.js';
import { BoardProblemPage } from './BoardProblemPage.js';
import { BoardWorkspace } from './BoardWorkspace.js';
import { NameDialog } from './NameDialog.js';

/** The board page once the board is open. */
export function BoardView({ board }: { board: OpenBoard }) {
  const { connection, store } = board;
  const status = useConnectionStatus(connection);
  const [member, saveMember] = useDeviceMember();
  // The section in view lives in the URL (`?s=`), so a reload or a shared link opens it.
  const [selectedId, setSelectedId] = useState<string | null>(() => sectionFromSearch(window.location.search));
  const [profileOpen, setProfileOpen] = useState(false);
  const canEdit = board.role === 'edit';
  // Only what this component needs: a rename of the board must not re-render the whole page.
  const hasBoard = useTracked(() => store.getMeta().schemaVersion > 0 || store.getSectionIds().length > 0, [store]);
  const spotlight = useTracked(() => store.getSpotlight(), [store]);
  const follow = useFollow(spotlight, member?.id ?? null, setSelectedId);

  useEffect(() => {
    if (selectedId === null || sectionFromSearch(window.location.search) === selectedId) return;
    window.history.replaceState(window.history.state, '', withSection(window.location.href, selectedId));
  }, [selectedId]);

  // Presence: who this device is and which section it looks at.
  useEffect(() => {
    if (member) connection.setPresence({ memberId: member.id, name: member.name, color: member.color }, selectedId);
  }, [connection, member, selectedId]);

  // Keep this device's recent-boards entry titled like the board.
  useRecentTitle(store, connection, board.boardId);
  const editProfile = useCallback(() => setProfileOpen(true), []);

  // Memoised: every agenda row reads this context, so a new object on each status change
  // (connected, synced, loaded) would re-render all of them.
  const context = useMemo<BoardContextValue>(() => {
    const actions = createActionContext(board, member);
    return {
      boardId: board.boardId,
      role: board.role,
      connection,
      store,
      presence: board.presence,
      history: board.history,
      actions,
      editToken: board.editToken,
      viewToken: board.viewToken,
      member,
    };
  }, [board, connection, store, member]);

  // Register the member once the document is here, so the write merges into existing data.
  useEffect(() => {
    if (canEdit && status.loaded) performAction(ACTIONS.registerMember, context.actions, undefined, undefined);
  }, [context, canEdit, status.loaded]);

  if (status.problem) return <BoardProblemPage problem={status.problem} boardId={board.boardId} />;
  if (!hasBoard) {
    const waiting = status.offline && status.loaded ? 'This board is not on this device yet. It will open as soon as you are back online.' : undefined;
    return <BoardLoading message={waiting} />;
  }

  return (
    <BoardContext.Provider value={context}>
      <BoardWorkspace selectedId={selectedId} onSelect={follow.select} onResolve={setSelectedId} follow={follow} onEditProfile={editProfile} />
      {member ? null : (
        <BoardNameDialog onSave={(name, color) => saveMember(name, color)} />
      )}
      {member && profileOpen ? (
        <BoardNameDialog
          initialName={member.name}
          initialColor={member.color}
          onClose={() => setProfileOpen(false)}
          onSave={(name, color) => {
            saveMember(name, color);
            setProfileOpen(false);
          }}
        />
      ) : null}
    </BoardContext.Provider>
  );
}

/** The name dialog, titled with the board (subscribed here, so a board rename re-renders only this). */
function BoardNameDialog(props: Omit<Parameters<typeof NameDialog>[0], 'open' | 'boardTitle'>) {
  const meta = useBoardMeta();
  return <NameDialog open boardTitle={meta.title} {...props} />;
}
