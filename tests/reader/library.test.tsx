import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, fixtureArticle, fixtureLibraryHead, renderApp, serveArticle, serveData } from './test-utils';

describe('library', () => {
  it('lists the bundled articles with date, source and counts, each linking to its article', async () => {
    serveArticle();
    renderApp('/');
    const article = fixtureArticle();
    const link = await screen.findByRole('link', { name: article.headline });
    expect(link).toHaveAttribute('href', `/a/${ARTICLE_ID}`);
    const card = link.closest('li');
    if (!card) throw new Error('no card');
    expect(within(card).getByText('6 June 2019')).toBeInTheDocument();
    expect(within(card).getByText('Sputnik')).toBeInTheDocument();
    expect(within(card).getByText('4 sections · 12 people · 7 quotes')).toBeInTheDocument();
  });

  it('opens the article when its link is followed', async () => {
    serveArticle();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: fixtureArticle().headline }));
    expect(await screen.findByRole('heading', { level: 1, name: fixtureArticle().headline })).toBeInTheDocument();
  });

  it('shows an error with Retry when the list fails, and recovers', async () => {
    let calls = 0;
    serveData({ '/data/library.json': () => (++calls === 1 ? new Response('boom', { status: 500 }) : Response.json(fixtureLibraryHead())) });
    const { user } = renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The library could not be loaded (HTTP 500)');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: fixtureArticle().headline })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown route, with a way back', async () => {
    serveArticle();
    renderApp('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the library' })).toHaveAttribute('href', '/');
  });
});
