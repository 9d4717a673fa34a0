/** The reader's route table, shared by the app's browser router and the tests' memory router. */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { paths } from '../config/paths';
import { ArticleRoute } from './article';
import { EntityRoute } from './entity';
import { LibraryRoute } from './library';
import { NotFoundRoute } from './not-found';

// "Read your own" loads only on its pages: its code, and the worker with the pipeline and lexicon it starts. The
// chunk is small and same-origin, so nothing is shown while it loads (a fallback would cost every page its bytes).
const ReadRoute = lazy(() => import('./read'));

export const routes: RouteObject[] = [
  { path: paths.library.pattern, element: <LibraryRoute /> },
  { path: paths.article.pattern, element: <ArticleRoute /> },
  { path: paths.entity.pattern, element: <EntityRoute /> },
  { path: paths.entity.pagePattern, element: <EntityRoute /> },
  {
    path: paths.read.pattern,
    element: (
      <Suspense>
        <ReadRoute />
      </Suspense>
    ),
  },
  { path: paths.notFound.pattern, element: <NotFoundRoute /> },
];
