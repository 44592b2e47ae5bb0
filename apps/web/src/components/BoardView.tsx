/**
 * An open board: header, agenda and the selected section. Owns the local selection (kept in the
 * URL's `?s=` so a reload stays on it) and following a spotlight (device-local), publishes
 * presence ({ user, sectionId }), registers this member on the board once the document has
 * loaded, and keeps the recent-boards entry's title current.
 */
import { upsertMember } from '@roundtable/model';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { BoardContext, type BoardContextValue } from '../hooks/boardContext.js';
import type { OpenBoard } from '../hooks/useBoardSession.js';
import { useConnectionStatus } from '../hooks/useConnectionStatus.js';
import { useDeviceMember } from '../hooks/useDeviceMember.js';
import { useFollow } from '../hooks/useFollow.js';
import { useUndo } from '../hooks/useUndo.js';
import { deviceStorage } from '../storage/localJson.js';
import { sectionFromSearch, withSection } from '../routes.js';
import { rememberBoard } from '../storage/recentBoards.js';
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
  const undo = useUndo(connection.undoManager, board.role === 'edit', member?.id ?? null, connection.clock.now);
  const canEdit = board.role === 'edit';
  const meta = useSyncExternalStore(store.subscribe, store.getMeta);
  const spotlight = useSyncExternalStore(store.subscribe, store.getSpotlight);
  const follow = useFollow(spotlight, member?.id ?? null, setSelectedId);
  const sectionCount = useSyncExternalStore(store.subscribe, () => store.getSectionIds().length);

  useEffect(() => {
    if (selectedId === null || sectionFromSearch(window.location.search) === selectedId) return;
    window.history.replaceState(window.history.state, '', withSection(window.location.href, selectedId));
  }, [selectedId]);

  // Presence: who this device is and which section it looks at.
  useEffect(() => {
    if (member) connection.setPresence({ memberId: member.id, name: member.name, color: member.color }, selectedId);
  }, [connection, member, selectedId]);

  // Register the member once the document is here, so the write merges into existing data.
  useEffect(() => {
    if (member && canEdit && status.loaded) upsertMember(connection.doc, { id: member.id, name: member.name, color: member.color, at: connection.clock.now() });
  }, [connection, member, canEdit, status.loaded]);

  // Keep this device's recent-boards entry titled like the board.
  useEffect(() => {
    const remember = () => {
      const meta = store.getMeta();
      if (meta.schemaVersion > 0) rememberBoard(deviceStorage(), { boardId: board.boardId, title: meta.title });
    };
    remember();
    let last = store.getMeta();
    return store.subscribe(() => {
      const meta = store.getMeta();
      if (meta !== last) {
        last = meta;
        remember();
      }
    });
  }, [store, board.boardId]);

  // Memoised: every agenda row reads this context, so a new object on each status change
  // (connected, synced, loaded) would re-render all of them.
  const context = useMemo<BoardContextValue>(
    () => ({
      boardId: board.boardId,
      role: board.role,
      connection,
      store,
      presence: board.presence,
      editToken: board.editToken,
      viewToken: board.viewToken,
      member,
    }),
    [board, connection, store, member],
  );

  if (status.problem) return <BoardProblemPage problem={status.problem} />;
  const hasBoard = meta.schemaVersion > 0 || sectionCount > 0;
  if (!hasBoard) {
    const waiting = status.offline && status.loaded ? 'This board is not on this device yet. It will open as soon as you are back online.' : undefined;
    return <BoardLoading message={waiting} />;
  }

  return (
    <BoardContext.Provider value={context}>
      <BoardWorkspace selectedId={selectedId} onSelect={follow.select} onResolve={setSelectedId} follow={follow} undo={undo} onEditProfile={() => setProfileOpen(true)} />
      {member ? null : (
        <NameDialog open boardTitle={meta.title} onSave={(name, color) => saveMember(name, color)} />
      )}
      {member && profileOpen ? (
        <NameDialog
          open
          boardTitle={meta.title}
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
