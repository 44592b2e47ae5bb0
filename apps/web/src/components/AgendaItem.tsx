/**
 * One agenda row. Two Tab stops at most: the section button (Enter opens the section; it is
 * also the drag handle: drag it with the mouse, long-press on touch, or Space, arrows, Space)
 * and, for editors, "More actions for <title>" (rename, move, offer the lead, remove; also on
 * keys: F2, Alt+ArrowUp/Down, Delete), each a registered agenda or lead action. Subscribes to
 * its own section only, and takes no index/count props (the move actions read the agenda order),
 * so a remote change to another section, or a new section, does not re-render it.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useSectionTitle } from '../hooks/useSectionTitle.js';
import { AgendaRowContent, type RowBinding } from './AgendaRowContent.js';

/** Props of an agenda row. */
export interface AgendaItemProps {
  id: string;
  selected: boolean;
  onSelect: (id: string) => void;
  /** Says `message` to screen readers (the agenda's live region). */
  announce: (message: string) => void;
}

/** Drag and drop for the rows: off until the rows have been painted once (see `AgendaPanel`). */
export interface AgendaDnd {
  ready: boolean;
  /** Turn drag and drop on now (a row got focus or a pointer before it was on). */
  request: () => void;
}

/**
 * An agenda row. Split so dnd-kit's context changes (every row registering itself, every drag
 * move) re-render only `SortableBinding`, which renders nothing: it registers the row, writes
 * the drag transform to the row's style and hands the drag listeners to the section button
 * (`binding`; they change only when a drag starts or ends). The first render of a large board
 * creates no sortables at all: until `dnd.ready` the section button turns drag and drop on
 * when it gets focus or a pointer. The button itself stays the same element throughout, so
 * it keeps focus when drag and drop turns on.
 */
export const AgendaItem = memo(function AgendaItem({ id, selected, onSelect, announce, dnd }: AgendaItemProps & { dnd: AgendaDnd }) {
  const { role } = useBoardContext();
  const title = useSectionTitle(id);
  const canEdit = role === 'edit';
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [binding, setBinding] = useState<RowBinding | null>(null);
  const rowRef = useRef<HTMLLIElement>(null);

  if (title === null) return null;
  const sortable = canEdit && dnd.ready;

  return (
    <li
      ref={rowRef}
      aria-label={title}
      data-testid="agenda-item"
      data-section-id={id}
      className={`agenda-item${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}${canEdit ? ' is-editable' : ''}`}
    >
      {sortable ? <SortableBinding id={id} disabled={renaming !== null} rowRef={rowRef} onDragging={setDragging} onBind={setBinding} /> : null}
      <AgendaRowContent
        id={id}
        selected={selected}
        onSelect={onSelect}
        announce={announce}
        renaming={renaming}
        setRenaming={setRenaming}
        binding={sortable ? binding : null}
        requestDnd={canEdit && !dnd.ready ? dnd.request : null}
      />
    </li>
  );
});

/**
 * Registers the row with dnd-kit and moves it while dragged; renders nothing. The row registers
 * in a passive effect: a row added after load mounts together with this, and a child's layout
 * effect runs before its parent's ref is attached (`rowRef.current` was still null there, so the
 * new row never registered and could not be dragged until a reload).
 */
// memo: its props are stable (setters, a ref), so a rename of the row does not render it (B5).
const SortableBinding = memo(function SortableBinding({ id, disabled, rowRef, onDragging, onBind }: {
  id: string;
  disabled: boolean;
  rowRef: { current: HTMLLIElement | null };
  onDragging: (dragging: boolean) => void;
  onBind: (binding: RowBinding | null) => void;
}) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition, isDragging } = useSortable({ id, disabled });

  useEffect(() => {
    setNodeRef(rowRef.current);
    return () => setNodeRef(null);
  }, [setNodeRef, rowRef]);

  useLayoutEffect(() => {
    onBind({ listeners, attributes, setActivatorNodeRef });
  }, [onBind, listeners, attributes, setActivatorNodeRef]);
  useLayoutEffect(() => () => onBind(null), [onBind]);

  useLayoutEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    row.style.transform = CSS.Transform.toString(transform) ?? '';
    row.style.transition = transition ?? '';
  }, [rowRef, transform, transition]);

  useLayoutEffect(() => onDragging(isDragging), [onDragging, isDragging]);
  return null;
});
