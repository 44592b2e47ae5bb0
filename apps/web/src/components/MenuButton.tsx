/**
 * A menu button (WAI-ARIA menu button pattern): a button with `aria-haspopup="menu"` that opens
 * a `role="menu"` list. Opening focuses the first item (ArrowUp: the last); ArrowUp/ArrowDown
 * move (wrapping), Home/End jump, Enter/Space choose, Escape closes and returns focus to the
 * button, Tab closes and moves on. Inert items (`disabledReason`) keep their place and say why.
 *
 * The list renders in a portal with fixed positioning: agenda rows use `content-visibility`,
 * whose paint containment would clip a popup inside the row.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

/** One entry of a menu. */
export interface MenuItem {
  id: string;
  label: string;
  /** Shown after the label, e.g. "F2"; also given to assistive tech as `aria-keyshortcuts`. */
  shortcut?: { label: string; aria: string };
  /** When set, the item is inert and this is why (its accessible description). */
  disabledReason?: string | null;
  danger?: boolean;
  onSelect: () => void;
}

/**
 * A menu's items, or a function that builds them when the menu opens (and on each of its
 * renders while open): a row's menu then costs nothing until someone opens it.
 */
export type MenuItems = readonly MenuItem[] | (() => readonly MenuItem[]);

/** A button that opens a menu of `items`. `children` is the button's content (an icon). */
export function MenuButton({ label, items, className = '', testId, children }: {
  /** Accessible name of the button, e.g. "More actions for Ideas". */
  label: string;
  items: MenuItems;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {children}
      </button>
      {open ? <MenuList id={menuId} label={label} items={items} start={open} anchor={buttonRef} onClose={close} /> : null}
    </>
  );
}

/** The open menu: positioned under its button, right-aligned, kept inside the viewport. */
function MenuList({ id, label, items: given, start, anchor, onClose }: {
  id: string;
  label: string;
  items: MenuItems;
  start: 'first' | 'last';
  anchor: RefObject<HTMLButtonElement | null>;
  onClose: (refocus: boolean) => void;
}) {
  const items = typeof given === 'function' ? given() : given;
  const listRef = useRef<HTMLUListElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const button = anchor.current;
    const list = listRef.current;
    if (!button || !list) return;
    const b = button.getBoundingClientRect();
    const width = list.offsetWidth;
    const height = list.offsetHeight;
    const below = b.bottom + 4 + height <= window.innerHeight;
    setPosition({
      top: below ? b.bottom + 4 : Math.max(4, b.top - 4 - height),
      left: Math.min(Math.max(4, b.right - width), window.innerWidth - width - 4),
    });
  }, [anchor]);

  // Focus the first (or last) item once the list is placed: a hidden element cannot take focus.
  const placed = position !== null;
  useLayoutEffect(() => {
    if (!placed) return;
    const entries = listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [];
    (start === 'first' ? entries[0] : entries[entries.length - 1])?.focus({ preventScroll: true });
  }, [placed, start]);

  // A pointer outside, a scroll or a resize closes the menu (it would float away from its button).
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (!listRef.current?.contains(e.target as Node) && !anchor.current?.contains(e.target as Node)) onClose(false);
    };
    const onMove = (e: Event) => {
      if (!listRef.current?.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }, [anchor, onClose]);

  const choose = (item: MenuItem) => {
    if (item.disabledReason) return;
    // Focus goes back to the button first, so a dialog the item opens returns focus there.
    onClose(true);
    item.onSelect();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => entries[(i + entries.length) % entries.length]?.focus({ preventScroll: true });
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(entries.length - 1);
    else if (e.key === 'Escape') onClose(true);
    else if (e.key === 'Tab') {
      onClose(true);
      return; // the browser then moves focus on from the button
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return createPortal(
    <ul
      ref={listRef}
      id={id}
      role="menu"
      aria-label={label}
      className="menu"
      data-testid="menu"
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <li
          key={item.id}
          role="menuitem"
          tabIndex={-1}
          className={`menu__item${item.danger ? ' menu__item--danger' : ''}`}
          aria-disabled={item.disabledReason ? true : undefined}
          aria-description={item.disabledReason ?? undefined}
          aria-keyshortcuts={item.shortcut?.aria}
          title={item.disabledReason ?? undefined}
          onClick={() => choose(item)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              choose(item);
            }
          }}
        >
          <span className="menu__label">{item.label}</span>
          {item.shortcut ? <kbd className="menu__shortcut" aria-hidden="true">{item.shortcut.label}</kbd> : null}
        </li>
      ))}
    </ul>,
    document.body,
  );
}
