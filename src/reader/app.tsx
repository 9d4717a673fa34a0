/**
 * The app shell. Declarative <BrowserRouter> + useRoutes rather than createBrowserRouter: the reader uses no
 * loaders or actions, and the data router costs ~16 KB gzip of the 110 KB initial budget. Tests render the
 * same route table in createMemoryRouter; the prerender renders it in a <StaticRouter> (entry-server.tsx).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter, useRoutes } from 'react-router-dom';
import { DataError } from './api/fetch-json';
import { routes } from './routes/routes';

/** Retry once for network errors and 5xx; a 404 or data that breaks the contract will not get better. */
const retry = (failures: number, error: Error) => failures < 1 && (!(error instanceof DataError) || (error.status ?? 0) >= 500);

/** The reader's QueryClient settings, the same in the browser and in the prerender. */
export const createQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry, refetchOnWindowFocus: false } } });

/** The route table as an element, for any router. */
export function AppRoutes() {
  return useRoutes(routes);
}

/** Marks the document once the app is live (hydrated or rendered), for tests and tools that must not click earlier. */
function ReadySignal() {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return null;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* No transitions: a view change (highlight, filter) is the click's own result and should paint in that frame. */}
      <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
        <AppRoutes />
        <ReadySignal />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
