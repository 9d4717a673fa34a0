/**
 * Starts the app (loaded by main.tsx). A prerendered page (npm run build) carries its markup in #root and its
 * data in a JSON block: the data goes into the QueryClient and React hydrates the markup. Without them (dev
 * server, or a host's fallback page for another path) React renders from scratch.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { APP_IDS } from '../contract/dom-ids';
import { parsePreloaded, PRELOADED_ID, seedQueryClient } from './api/preloaded';
import { App, createQueryClient } from './app';
import { paths } from './config/paths';
import { preloadRouteOf, preloadRoutes } from './routes/routes';

const container = document.getElementById(APP_IDS.root);
if (!container) throw new Error(`index.html has no #${APP_IDS.root} element`);

const queryClient = createQueryClient();
const preloaded = parsePreloaded(document.getElementById(PRELOADED_ID)?.textContent);
if (preloaded) seedQueryClient(queryClient, preloaded);

const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);
const path = paths.routerPath(window.location.pathname);
// The page's own route first, so hydration finds its code here and never waits; the other pages' code once the
// browser is idle, so a click to another page does not wait for its chunk either.
await preloadRouteOf(path);
// The markup is this URL's only when it was rendered for this path: a static host's fallback page (e.g. the
// library's index.html served for an unknown path) must be replaced, not hydrated.
if (preloaded && container.firstElementChild && preloaded.path === path) {
  hydrateRoot(container, app);
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
const whenIdle = (run: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(run) : setTimeout(run, 1000));
whenIdle(() => void preloadRoutes().catch(() => undefined));
