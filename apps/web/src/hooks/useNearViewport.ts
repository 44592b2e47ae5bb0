/**
 * Which elements are within a screen of what their scroller shows (one IntersectionObserver per
 * brainstorm board). dnd-kit re-renders every registered draggable and droppable whenever the
 * target under a drag changes; on a 2,000-card board that was 2,000 bindings per change and a
 * 100 ms frame. Cards register for drag and drop only while near the visible part of the board
 * (a screen above and below, so autoscroll and the keyboard always find the next target there).
 *
 * While a card is dragged the observer pauses: Chromium recomputes every observed element in
 * each frame the dragged card moves (10-20 ms a frame on a 2,000-card board), though nothing
 * comes nearer unless the board scrolls. A scroll during the pause (autoscroll, the wheel, the
 * keyboard's next target) brings the observer back for one answer, once per frame at most.
 */
import { createContext, useContext, useEffect, useRef, useState, type RefObject } from 'react';

/** How far beyond the scroller's visible part an element still counts as near. */
const MARGIN = '100% 0px 100% 0px';

/** One board's observer: elements register before or after it knows its scroller. */
export class NearViewportObserver {
  private io: IntersectionObserver | null = null;
  private attached = false;
  private root: Element | null = null;
  private paused = false;
  private readonly callbacks = new Map<Element, (near: boolean) => void>();

  /** Starts observing against `root` (null: the viewport). Without IntersectionObserver everything is near. */
  attach(root: Element | null): void {
    this.attached = true;
    this.root = root;
    if (typeof IntersectionObserver === 'undefined') {
      for (const callback of this.callbacks.values()) callback(true);
      return;
    }
    this.start();
  }

  /** Calls `onChange` with whether `element` is near, now and on every change; returns the unsubscribe. */
  observe(element: Element, onChange: (near: boolean) => void): () => void {
    this.callbacks.set(element, onChange);
    if (this.io) this.io.observe(element);
    else if (this.attached && typeof IntersectionObserver === 'undefined') onChange(true);
    return () => {
      this.io?.unobserve(element);
      this.callbacks.delete(element);
    };
  }

  /** Stops watching until `resume`, except for one answer after each scroll (a drag is on). */
  pause(): void {
    if (this.paused || !this.io) return;
    this.paused = true;
    this.stop();
    this.scroller().addEventListener('scroll', this.onPausedScroll, { passive: true });
  }

  /** Watches again after `pause`. */
  resume(): void {
    if (!this.paused) return;
    this.unpause();
    if (!this.io && this.attached) this.start();
  }

  /** Stops observing (elements stay registered: a later `attach` observes them again). */
  disconnect(): void {
    if (this.paused) this.unpause();
    this.stop();
    this.attached = false;
  }

  private unpause(): void {
    this.paused = false;
    this.scroller().removeEventListener('scroll', this.onPausedScroll);
  }

  private scroller(): EventTarget {
    return this.root ?? window;
  }

  private start(): void {
    this.io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) this.callbacks.get(entry.target)?.(entry.isIntersecting);
        // Paused: that was the answer a scroll asked for.
        if (this.paused) this.stop();
      },
      { root: this.root, rootMargin: MARGIN },
    );
    for (const element of this.callbacks.keys()) this.io.observe(element);
  }

  private stop(): void {
    this.io?.disconnect();
    this.io = null;
  }

  private readonly onPausedScroll = (): void => {
    if (this.paused && !this.io) this.start();
  };
}

/** The nearest ancestor of `element` that scrolls vertically, or null (the page). */
export function scrollParent(element: Element | null): Element | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

/** The observer of the board around a component (null outside one: everything is near). */
export const NearViewportContext = createContext<NearViewportObserver | null>(null);

/** Whether `ref`'s element is near the visible part of its board, watched while `enabled`. */
export function useNearViewport(ref: RefObject<Element | null>, enabled: boolean): boolean {
  const observer = useContext(NearViewportContext);
  const [near, setNear] = useState(observer === null);
  // Only real changes become state updates: an update equal to the state is still queued at its
  // priority, and a card's next render (a remote edit) would then cost a second, empty commit.
  const current = useRef(near);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !observer || !element) return;
    return observer.observe(element, (next) => {
      if (next === current.current) return;
      current.current = next;
      setNear(next);
    });
  }, [observer, ref, enabled]);
  return near;
}
