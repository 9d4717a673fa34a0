/**
 * Test harness: a fresh QueryClient (retry: false) per render, a memory router at the given URL
 * (deep links), fetch served from fixture JSON, and userEvent.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { vi } from 'vitest';
import { SCHEMA_VERSION, summariseArticle, validateArticle, type Article, type ArticleIndex } from '../../src/contract/article';
import type { LibraryHead } from '../../src/contract/library';
import { routes } from '../../src/reader/routes/routes';
import fixture from './fixtures/article-with-entities-and-quotes.json';

/** The realistic fixture article, checked by the contract's validator. A fresh deep copy per call. */
export function fixtureArticle(): Article {
  const checked = validateArticle(structuredClone(fixture));
  if (!checked.ok) throw new Error(`fixture breaks the contract: ${checked.errors.join('; ')}`);
  return checked.value;
}
export const ARTICLE_ID = fixture.id;

export const fixtureIndex = (article: Article = fixtureArticle()): ArticleIndex => ({
  schemaVersion: SCHEMA_VERSION,
  articles: [summariseArticle(article)],
});

/** A library head listing the article (or a variant) with its source and year as facets. */
export function fixtureLibraryHead(article: Article = fixtureArticle()): LibraryHead {
  const summary = summariseArticle(article);
  return {
    schemaVersion: SCHEMA_VERSION,
    total: 1,
    stories: [summary],
    facets: {
      person: [],
      country: [],
      source: summary.source ? [{ value: summary.source, label: summary.source, count: 1 }] : [],
      topic: article.topic ? [{ value: article.topic, label: article.topic, count: 1 }] : [],
      year: summary.date ? [{ value: summary.date.slice(0, 4), label: summary.date.slice(0, 4), count: 1 }] : [],
      month: [],
    },
  };
}

type Served = unknown | (() => Response | Promise<Response>);

/** Serves `/data/...` paths from a map; anything else is a 404. Returns the mock to count calls. */
export function serveData(files: Record<string, Served>) {
  const mock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const path = url.replace(/^https?:\/\/[^/]+/u, '');
    if (!(path in files)) return new Response('not found', { status: 404 });
    const served = files[path];
    if (typeof served === 'function') return (served as () => Response | Promise<Response>)();
    return new Response(JSON.stringify(served), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** Serves the fixture article (or a variant) and the library head. */
export function serveArticle(article: Article = fixtureArticle()) {
  return serveData({ '/data/library.json': fixtureLibraryHead(article), [`/data/articles/${article.id}.json`]: article });
}

/** Renders the reader at `url` with a fresh QueryClient and memory router. */
export function renderApp(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}

/** The polite live region's current text. */
export const liveRegion = () => document.querySelector('[data-testid="live-region"]')?.textContent?.trim() ?? '';

/** Counts fixture mentions of an entity, as the reader shows them. */
export const mentionCount = (article: Article, entityId: string) => article.entities.find((e) => e.id === entityId)?.mentions.length ?? 0;
