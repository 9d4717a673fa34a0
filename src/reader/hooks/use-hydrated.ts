/**
 * False on the server and during hydration, true otherwise. What only the browser knows (the URL's query and
 * fragment on a static host, media queries) is read behind it, so the first client render equals the
 * prerendered HTML and the rest follows in a second render.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
