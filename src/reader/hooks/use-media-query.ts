/** Subscribes to a CSS media query. */
import { useSyncExternalStore } from 'react';

/**
 * Whether `query` matches. The server and the hydrating render see `serverValue` (the prerendered HTML has one
 * layout for every width), then the real value follows in a second render.
 */
export function useMediaQuery(query: string, serverValue = false): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => serverValue,
  );
}

/** Smooth scrolling only when the reader has not asked for less motion. */
export const scrollBehavior = (): ScrollBehavior => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
