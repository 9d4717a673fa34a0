/**
 * A route component loaded on demand. Until its module is here it suspends (React.lazy); once preloaded it renders
 * at once, so a prerendered page hydrates without waiting: the boot preloads the route of the page it hydrates
 * (routes.tsx `preloadRouteOf`) and fetches the others when the browser is idle.
 */
import { lazy, type ComponentType } from 'react';

export type Preloadable<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A chunk that failed to load (a network blip) is asked for again on the next try.
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded! };
  });
  function Route(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Route, { preload });
}
