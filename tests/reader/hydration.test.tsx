/**
 * Hydrating the prerendered markup in development React, which reports every mismatch (text and attributes) that
 * production React would silently patch or turn into a client render: for a plain article, a deep link with a
 * query and a fragment, a phone, and the library.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { domIds } from '../../src/contract/dom-ids';
import { seedQueryClient, type Preloaded } from '../../src/reader/api/preloaded';
import { AppRoutes, createQueryClient } from '../../src/reader/app';
import { renderRoute } from '../../src/reader/entry-server';
import { fixtureArticle, fixtureLibraryHead } from './test-utils';

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

/** Puts the server's markup in the page, then hydrates it at `url` as main.tsx does; returns what React reported. */
async function hydrate(url: string, preloaded: Preloaded) {
  const html = renderRoute(preloaded).replace(/^<title>[\s\S]*?<\/title>/u, '');
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverH1 = container.querySelector('h1');
  const reported: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void reported.push(args.map(String).join(' ')));
  const queryClient = createQueryClient();
  seedQueryClient(queryClient, preloaded);
  await act(async () => {
    root = hydrateRoot(
      container,
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[url]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>,
      { onRecoverableError: (error) => void reported.push(`recoverable: ${String(error)}`) },
    );
  });
  return { container, reported, serverH1 };
}

describe('hydrating a prerendered page', () => {
  const article = fixtureArticle();
  const preloaded: Preloaded = { path: `/a/${article.id}`, article };

  it('an article: no mismatch, and the server h1 is kept', async () => {
    const { container, reported, serverH1 } = await hydrate(`/a/${article.id}`, preloaded);
    expect(reported).toEqual([]);
    expect(container.querySelector('h1')).toBe(serverH1);
  });

  it('a deep link with ?highlight= and #section: no mismatch, then the view follows the URL', async () => {
    const section = article.sections[2]!;
    const { container, reported } = await hydrate(`/a/${article.id}?highlight=sergei-lavrov&nope=1#${section.id}`, preloaded);
    expect(reported).toEqual([]);
    expect(container.querySelectorAll('mark[data-entity="sergei-lavrov"]').length).toBeGreaterThan(0);
    expect(container.textContent).toContain("Ignored unknown parameter 'nope'");
    expect(document.activeElement).toBe(document.getElementById(domIds.heading(section.id)));
  });

  it('an unknown #section: no mismatch, then the notice', async () => {
    const { container, reported } = await hydrate(`/a/${article.id}#nope`, preloaded);
    expect(reported).toEqual([]);
    expect(container.textContent).toContain('Section not found');
  });

  it('on a phone: no mismatch, then the sidebar moves behind the bottom bar', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: false });
    try {
      const { container, reported } = await hydrate(`/a/${article.id}`, preloaded);
      expect(reported).toEqual([]);
      expect(container.querySelector('aside')).toBeNull();
      expect(container.querySelector('nav.bottom-bar')).not.toBeNull();
    } finally {
      window.matchMedia = wide;
    }
  });

  it('the library: no mismatch', async () => {
    const { container, reported } = await hydrate('/', { path: '/', libraryHead: fixtureLibraryHead(article) });
    expect(reported).toEqual([]);
    expect(container.querySelector(`a[href="/a/${article.id}"]`)?.textContent).toBe(article.headline);
  });
});
