/**
 * A component in a chunk of its own (`React.lazy`) that can also be fetched before its first
 * render (a board's page loads the agreement chunk once it is idle), and that renders at once,
 * without a Suspense fallback and a second render, when its chunk is already here. `bundled`
 * puts a component shipped with the app behind the same interface.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Preloadable<P> {
  /** Renders the component once its chunk is here (Suspense shows a fallback meanwhile). */
  readonly Lazy: LazyExoticComponent<ComponentType<P>>;
  /** The component, once its chunk has loaded; null before. */
  readonly loaded: ComponentType<P> | null;
  /** Starts loading the chunk (once); a failed load is tried again by the next call. */
  preload(): Promise<ComponentType<P>>;
}

/** `load` imports the chunk and returns the component. */
export function preloadable<P>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return {
    Lazy: lazy(() => preload().then((component) => ({ default: component }))),
    get loaded() {
      return loaded;
    },
    preload,
  };
}

/** A component bundled with the app (no chunk of its own), behind the same interface. */
export function bundled<P>(component: ComponentType<P>): Preloadable<P> {
  return { Lazy: lazy(() => Promise.resolve({ default: component })), loaded: component, preload: () => Promise.resolve(component) };
}
