/** The reader's route table, shared by the app's browser router and the tests' memory router. */
import type { RouteObject } from 'react-router-dom';
import { paths } from '../config/paths';
import { ArticleRoute } from './article';
import { EntityRoute } from './entity';
import { LibraryRoute } from './library';
import { NotFoundRoute } from './not-found';

export const routes: RouteObject[] = [
  { path: paths.library.pattern, element: <LibraryRoute /> },
  { path: paths.article.pattern, element: <ArticleRoute /> },
  { path: paths.entity.pattern, element: <EntityRoute /> },
  { path: paths.entity.pagePattern, element: <EntityRoute /> },
  { path: paths.notFound.pattern, element: <NotFoundRoute /> },
];
