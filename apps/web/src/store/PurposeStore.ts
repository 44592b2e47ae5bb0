/**
 * Purpose sections as referentially stable snapshots: a section's view is re-read only after a
 * change inside that section (observeDeep on the sections map, routed by `event.path[0]`), and
 * the board's current purpose only when it reads differently. Keystrokes of a co-edited
 * statement therefore re-render the purpose components of that section, nothing else.
 */
import { roots, selectCurrentPurpose, selectPurpose, type CurrentPurpose, type PurposeView } from '@roundtable/model';
import type * as Y from 'yjs';

/** Snapshots of purpose sections over one board document. */
export class PurposeStore {
  private readonly views = new Map<string, PurposeView | null>();
  private current: CurrentPurpose | null = null;
  private currentDirty = true;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly doc: Y.Doc) {
    roots(doc).sections.observeDeep(this.onSections);
    doc.on('update', this.onUpdate);
  }

  private readonly onSections = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    for (const event of events) {
      const first = event.path[0];
      if (typeof first === 'string') this.views.delete(first);
      else for (const key of (event as Y.YMapEvent<unknown>).keysChanged) this.views.delete(key);
    }
    this.currentDirty = true;
  };

  private readonly onUpdate = (): void => {
    for (const listener of this.listeners) listener();
  };

  /** Subscribes to document updates (for useSyncExternalStore). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The purpose section `sectionId`, or null when it is missing or of another kind. */
  get(sectionId: string): PurposeView | null {
    if (!this.views.has(sectionId)) this.views.set(sectionId, selectPurpose(this.doc, sectionId));
    return this.views.get(sectionId) ?? null;
  }

  /** The board's current purpose (first purpose section with a statement), or null. */
  readonly getCurrent = (): CurrentPurpose | null => {
    if (this.currentDirty) {
      const next = selectCurrentPurpose(this.doc);
      const same = next && this.current && next.sectionId === this.current.sectionId && next.title === this.current.title && next.statement === this.current.statement;
      if (!same) this.current = next;
      this.currentDirty = false;
    }
    return this.current;
  };

  destroy(): void {
    roots(this.doc).sections.unobserveDeep(this.onSections);
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }
}

const stores = new WeakMap<object, PurposeStore>();

/**
 * The purpose store of an open board's document, created on first use and living as long as
 * the document (its listeners go with the document when the connection destroys it).
 */
export function purposeStoreFor(connection: { doc: Y.Doc }): PurposeStore {
  let store = stores.get(connection.doc);
  if (!store) {
    store = new PurposeStore(connection.doc);
    stores.set(connection.doc, store);
  }
  return store;
}
