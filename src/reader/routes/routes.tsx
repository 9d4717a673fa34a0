/**
 * The reader's route table, shared by the app's browser router, the tests' memory router and the prerender. Each
 * page's code is its own chunk, so a page loads and evaluates only its own route: the boot preloads the route of
 * the page it hydrates before hydrating, and fetches the others when the browser is idle; the prerender and the
 * tests preload them all (`preloadRoutes`).
 */
import { Suspense } from 'react';
import { matchRoutes, type RouteObject } from 'react-router-dom';
import { paths } from '../config/paths';
import { NotFoundRoute } from './not-found';
import { preloadable } from './preloadable';

const LibraryRoute = preloadable(() => import('./library').then((m) => m.LibraryRoute));
const ArticleRoute = preloadable(() => import('./article').then((m) => m.ArticleRoute));
const EntityRoute = preloadable(() => import('./entity').then((m) => m.EntityRoute));
// "Read your own" carries the worker with the pipeline and lexicon it starts: loaded only on its pages.
const ReadRoute = preloadable(() => import('./read').then((m) => m.default));

const PAGES = [LibraryRoute, ArticleRoute, EntityRoute] as const;

/** Route elements in a Suspense boundary: a page whose chunk is not here yet shows nothing for that moment. */
const page = (Route: (typeof PAGES)[number] | typeof ReadRoute) => (
  <Suspense>
    <Route />
  </Suspense>
);

export const routes: RouteObject[] = [
  { path: paths.library.pattern, element: page(LibraryRoute), handle: LibraryRoute },
  { path: paths.article.pattern, element: page(ArticleRoute), handle: ArticleRoute },
  { path: paths.entity.pattern, element: page(EntityRoute), handle: EntityRoute },
  { path: paths.entity.pagePattern, element: page(EntityRoute), handle: EntityRoute },
  { path: paths.read.pattern, element: page(ReadRoute), handle: ReadRoute },
  { path: paths.notFound.pattern, element: <NotFoundRoute /> },
];

/** Loads the code of the route at a router path (`/a/x`), so the page it prerendered hydrates at once. */
export async function preloadRouteOf(path: string): Promise<void> {
  const handle = matchRoutes(routes, path)?.at(-1)?.route.handle as { preload?: () => Promise<void> } | undefined;
  await handle?.preload?.();
}

/** Loads every page's code: the prerender and the tests render any route at once; the boot calls it when idle. */
export const preloadRoutes = () => Promise.all(PAGES.map((p) => p.preload())).then(() => undefined);
