/**
 * The agenda column: sections in order, reorderable by drag and drop (mouse, long-press on
 * touch, keyboard: focus a row, Space, arrows, Space), by Alt+ArrowUp/Down or the row menu, plus
 * "Add section". A live region says where keyboard and menu moves put a section.
 */
import { DndContext, KeyboardSensor, MouseSensor, TouchSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent, type ScreenReaderInstructions } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useBoardContext } from '../hooks/boardContext.js';
import { useRunAction } from '../hooks/useAction.js';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion.js';
import { useSectionIds } from '../hooks/useSectionIds.js';
import { AddSectionForm } from './AddSectionForm.js';
import { AgendaItem, type AgendaDnd } from './AgendaItem.js';
import { Icon } from './Icon.js';

/** The agenda list with its add form. */
export function AgendaPanel({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
  const { store, role } = useBoardContext();
  const run = useRunAction();
  const ids = useSectionIds();
  const canEdit = role === 'edit';
  const dnd = useDeferredDnd(canEdit && ids.length > 0);
  // The section button is the handle: a click opens the section (a drag needs 4 px of mouse
  // movement), a touch scrolls the agenda (a drag needs a long press), Enter opens and Space
  // picks the row up.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES, scrollBehavior: usePrefersReducedMotion() ? 'auto' : 'smooth' }),
  );
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage((was) => (was === text ? `${text}\u00a0` : text)), []);

  // Positions are counted in the order the drag started from: dnd-kit announces the drop after
  // `onDragEnd` has already moved the section, so the live order would be off by one.
  const dragOrder = useRef<readonly string[]>([]);
  const announcements = useMemo<Announcements>(() => {
    const title = (id: string | number) => store.getSection(String(id))?.title ?? 'section';
    const position = (id: string | number) => dragOrder.current.indexOf(String(id)) + 1;
    const of = () => dragOrder.current.length;
    return {
      onDragStart: ({ active }) => `Picked up ${title(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
      onDragOver: ({ active, over }) => (over ? `${title(active.id)} is over position ${position(over.id)} of ${of()}.` : `${title(active.id)} is no longer over the agenda.`),
      onDragEnd: ({ active, over }) => (over ? `${title(active.id)} dropped at position ${position(over.id)} of ${of()}.` : `${title(active.id)} dropped where it was.`),
      onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled. It stays at position ${position(active.id)} of ${of()}.`,
    };
  }, [store]);

  const onDragStart = () => {
    dragOrder.current = store.getSectionIds();
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to >= 0) run('moveSection', { sectionId: String(active.id) }, { toIndex: to });
  };

  return (
    <nav className="agenda" aria-label="Agenda">
      <div className="agenda__header">
        <h2 className="agenda__title">Agenda</h2>
        <span className="agenda__count">{ids.length}</span>
      </div>
      {ids.length === 0 ? (
        <div className="empty empty--compact agenda__empty">
          <Icon name="board" size={28} />
          <p>{canEdit ? 'No sections yet. Add a purpose, a brainstorm or an agreement check to shape the session.' : 'No sections yet.'}</p>
        </div>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragStart={onDragStart} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}>
          <SortableContext items={ids as string[]} strategy={verticalListSortingStrategy}>
            <ol className="agenda__list" role="list">
              {ids.map((id) => (
                <AgendaItem key={id} id={id} selected={id === selectedId} onSelect={onSelect} announce={announce} dnd={dnd} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {canEdit ? <AddSectionForm onAdded={onSelect} /> : null}
      {/* Moves and removals made with keys or the row menu, for screen readers (drags have dnd-kit's own). */}
      <p className="visually-hidden" aria-live="polite" data-testid="agenda-announcer">{message}</p>
    </nav>
  );
}

/** The keyboard sensor: Space picks a row up (Enter opens the section), Space or Enter drops it. */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/** What a screen reader says about a row's section button, after its name. */
const INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Press Enter to open this section. To move it, press Space, then the arrow keys, then Space to drop it (Escape cancels), or Alt with an arrow key. F2 renames it, Delete removes it; more actions are in the next button.',
};

/**
 * Drag and drop turns on after the first paint with rows (`has` rows to sort): a large board's
 * first render then mounts no `useSortable` (each one registers with dnd-kit, and the
 * registrations re-render every sortable), and the switch renders as a transition, in slices
 * that input can interrupt. A handle that gets focus or a pointer first turns it on at once.
 */
function useDeferredDnd(has: boolean): AgendaDnd {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!has || ready) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => startTransition(() => setReady(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, [has, ready]);
  const request = useCallback(() => flushSync(() => setReady(true)), []);
  return useMemo(() => ({ ready, request }), [ready, request]);
}
