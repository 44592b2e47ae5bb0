/**
 * Drag and drop of the cluster phase (dnd-kit): ids are `card:<id>`, `cluster:<id>` and
 * `column:<id>`. Pointer drops pick the innermost target under the pointer (a card over the
 * group around it over the column); the keyboard moves from target to target in reading
 * order (arrow keys), so every drop a mouse can make is a few key presses away.
 */
import { closestCenter, pointerWithin, type Collision, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/** What a drag id names. */
export function parseDragId(id: string | number | undefined | null): { type: 'card' | 'cluster' | 'column'; id: string } | null {
  if (typeof id !== 'string') return null;
  const at = id.indexOf(':');
  const type = id.slice(0, at);
  return type === 'card' || type === 'cluster' || type === 'column' ? { type, id: id.slice(at + 1) } : null;
}

const RANK = { card: 0, cluster: 1, column: 2 } as const;

const rankOf = (collision: Collision) => RANK[parseDragId(collision.id)?.type ?? 'column'];

/**
 * Innermost droppable under the pointer; closest centre for the keyboard (no pointer).
 *
 * The pointer's targets come from the browser's hit test (`elementsFromPoint`, the drop targets
 * carry `data-drag-id`), not from dnd-kit's `pointerWithin`: that reads four scroll-adjusted
 * rect getters of every registered target on every pointer move, each reading the scroll
 * offsets of the target's scrollers, about 500 layout reads per move on a 2,000-card board.
 * The dragged item and what it holds (a group's cards) move under the pointer and are skipped.
 * A card hit carries the edge the pointer is over (`dropEdge`).
 */
export const brainstormCollisions: CollisionDetection = (args) => {
  const { active, pointerCoordinates, droppableContainers } = args;
  if (pointerCoordinates) {
    if (typeof document === 'undefined' || typeof document.elementsFromPoint !== 'function') {
      return pointerWithin(args).filter((c) => c.id !== active.id).sort((a, b) => rankOf(a) - rankOf(b));
    }
    const registered = new Map(droppableContainers.map((c) => [c.id, c]));
    const dragged = document.querySelector(`[data-drag-id="${CSS.escape(String(active.id))}"]`);
    const hits: Collision[] = [];
    for (const element of document.elementsFromPoint(pointerCoordinates.x, pointerCoordinates.y)) {
      const id = (element as HTMLElement).dataset?.dragId;
      const container = id === undefined ? undefined : registered.get(id);
      if (!container || id === active.id || dragged?.contains(element)) continue;
      const type = parseDragId(id)?.type ?? 'column';
      const edge = type === 'card' ? edgeAt(pointerCoordinates.y, element.getBoundingClientRect()) : undefined;
      hits.push({ id: container.id, data: { droppableContainer: container, value: RANK[type], edge } });
    }
    return hits.sort((a, b) => rankOf(a) - rankOf(b));
  }
  return closestCenter({ ...args, droppableContainers: droppableContainers.filter((c) => c.id !== active.id) });
};

/** The drop targets in reading order (document order), leaving out the dragged item and what it holds. */
function targetsInOrder(activeId: string): string[] {
  const active = document.querySelector(`[data-drag-id="${CSS.escape(activeId)}"]`);
  return [...document.querySelectorAll<HTMLElement>('[data-drag-id]')]
    .filter((el) => el !== active && !(active && active.contains(el)))
    .map((el) => el.dataset.dragId!)
    .filter(Boolean);
}

/** Arrow keys jump to the next / previous drop target; the dragged item's centre lands on its centre. */
export const brainstormKeyboardCoordinates: KeyboardCoordinateGetter = (event, { active, context }) => {
  const forward = event.code === 'ArrowDown' || event.code === 'ArrowRight';
  const backward = event.code === 'ArrowUp' || event.code === 'ArrowLeft';
  if (!forward && !backward) return undefined;
  event.preventDefault();
  const order = targetsInOrder(String(active));
  if (order.length === 0) return undefined;
  const current = context.over ? order.indexOf(String(context.over.id)) : -1;
  const next = current < 0 ? (forward ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, current + (forward ? 1 : -1)));
  const rect = context.droppableRects.get(order[next]!);
  const moving = context.collisionRect;
  if (!rect || !moving) return undefined;
  return { x: rect.left + rect.width / 2 - moving.width / 2, y: rect.top + rect.height / 2 - moving.height / 2 };
};

/** Where a card dropped onto a card goes: before it, onto it (a group), or after it. */
export type DropEdge = 'before' | 'onto' | 'after';

/** The top and bottom quarter of a card insert before / after it; the middle groups. */
const EDGE = 0.25;

/** The edge of the card at `rect` that the pointer's `y` (client coordinates) is over. */
function edgeAt(y: number, rect: DOMRect): DropEdge {
  const at = (y - rect.top) / Math.max(1, rect.height);
  return at < EDGE ? 'before' : at > 1 - EDGE ? 'after' : 'onto';
}

/**
 * The edge of a card drop, as the collision detection measured it: the pointer against the
 * target card's box as the browser lays it out now, so a board scrolled during the drag (the
 * wheel, autoscroll) measures right. Keyboard drags have no pointer and always drop onto
 * (Alt+arrows reorder).
 */
export function dropEdge(event: { active: { id: string | number }; over: { id: string | number } | null; collisions: Collision[] | null }): DropEdge {
  const { active, over } = event;
  if (!over || parseDragId(active.id as string)?.type !== 'card' || parseDragId(over.id as string)?.type !== 'card') return 'onto';
  const edge: unknown = event.collisions?.find((c) => c.id === over.id)?.data?.edge;
  return edge === 'before' || edge === 'after' ? edge : 'onto';
}

/**
 * Marks the card under a drag with `data-drop-edge` (styled as an insertion line), outside
 * React. The DOM is touched only when the card or its edge changes: a pointer move within the
 * same quarter of the same card costs no style or paint work (on a 2,000-card board each
 * re-marking repainted the page).
 */
export function dropEdgeMarker(): (overId: string | number | null, edge: DropEdge | null) => void {
  let marked: { element: HTMLElement; id: string; edge: DropEdge } | null = null;
  return (overId, edge) => {
    const id = overId === null || edge === null || edge === 'onto' ? null : String(overId);
    if (marked && marked.id === id && marked.edge === edge && marked.element.isConnected) return;
    marked?.element.removeAttribute('data-drop-edge');
    marked = null;
    if (id === null || edge === null) return;
    const element = document.querySelector<HTMLElement>(`[data-drag-id="${CSS.escape(id)}"]`);
    if (!element) return;
    element.setAttribute('data-drop-edge', edge);
    marked = { element, id, edge };
  };
}
