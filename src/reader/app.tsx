import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { paths } from './config/paths';
import { ArticleRoute } from './routes/article';
import { LibraryRoute } from './routes/library';
import { NotFoundRoute } from './routes/not-found';

export const routes: RouteObject[] = [
  { path: paths.library.pattern, element: <LibraryRoute /> },
  { path: paths.article.pattern, element: <ArticleRoute /> },
  { path: paths.notFound.pattern, element: <NotFoundRoute /> },
];

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
