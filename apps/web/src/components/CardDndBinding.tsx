/**
 * A brainstorm card's dnd-kit registration (draggable and droppable on the card's `li`), in a
 * component that renders nothing. dnd-kit re-renders every `useDraggable`/`useDroppable`
 * consumer whenever its context changes (each registration on mount, every pointer move of a
 * drag); here that is this empty binding, not the card: on a 2,000-card board a drag re-renders
 * 2,000 bindings instead of 2,000 cards. The card hears only its own changes (`onState`: being
 * dragged, something over it, the handle's listeners), and the drag transform is written to the
 * card's style directly. Mounted only in the phases that drag (reveal, cluster).
 */
import { useDraggable, useDroppable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, useEffect, useLayoutEffect, type RefObject } from 'react';

/** What the card renders from its drag and drop state. */
export interface CardDnd {
  isDragging: boolean;
  isOver: boolean;
  listeners: DraggableSyntheticListeners;
  attributes: DraggableAttributes | null;
}

/** A card that is not draggable (no binding mounted). */
export const NO_DND: CardDnd = { isDragging: false, isOver: false, listeners: undefined, attributes: null };

/** Registers `nodeRef`'s element as draggable and droppable `id`; reports changes to `onState`. */
export const CardDndBinding = memo(function CardDndBinding({ id, nodeRef, onState }: { id: string; nodeRef: RefObject<HTMLElement | null>; onState: (state: CardDnd) => void }) {
  const drag = useDraggable({ id });
  const drop = useDroppable({ id });
  const { setNodeRef: setDragNode } = drag;
  const { setNodeRef: setDropNode } = drop;

  // A passive effect: by then the card's `li` ref is attached (a child's layout effect runs first).
  useEffect(() => {
    setDragNode(nodeRef.current);
    setDropNode(nodeRef.current);
    return () => {
      setDragNode(null);
      setDropNode(null);
    };
  }, [setDragNode, setDropNode, nodeRef]);

  useLayoutEffect(() => {
    const node = nodeRef.current;
    if (node) node.style.transform = drag.transform ? `translate3d(${drag.transform.x}px, ${drag.transform.y}px, 0)` : '';
  }, [nodeRef, drag.transform]);

  const isOver = drop.isOver && !drag.isDragging;
  useLayoutEffect(() => {
    onState({ isDragging: drag.isDragging, isOver, listeners: drag.listeners, attributes: drag.attributes });
  }, [onState, drag.isDragging, isOver, drag.listeners, drag.attributes]);
  useLayoutEffect(() => () => onState(NO_DND), [onState]);
  return null;
});
