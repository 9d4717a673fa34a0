import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { paths } from './config/paths';
import { ArticleRoute } from './routes/article';
import { LibraryRoute } from './routes/library';

export const routes = [
  { path: paths.library.pattern, element: <LibraryRoute /> },
  { path: paths.article.pattern, element: <ArticleRoute /> },
];

const queryClient = new QueryClient();
const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
