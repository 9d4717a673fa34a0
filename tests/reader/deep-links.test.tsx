import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, fixtureArticle, liveRegion, renderApp, serveArticle } from './test-utils';

const url = `/a/${ARTICLE_ID}`;
const sections = fixtureArticle().sections;
const third = sections[2] ?? sections[0];
if (!third) throw new Error('fixture changed');

describe('deep links', () => {
  it('opening a link with #section scrolls there, focuses its heading and marks it in the contents', async () => {
    serveArticle();
    renderApp(`${url}?highlight=vladimir-putin#${third.id}`);
    const heading = await screen.findByRole('heading', { level: 2, name: third.heading });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(document.getElementById(third.id)?.scrollIntoView).toHaveBeenCalled();
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    expect(toc.querySelector('[aria-current="location"]')).toHaveTextContent(third.heading);
    expect(document.querySelectorAll('mark[data-entity="vladimir-putin"]')).toHaveLength(12);
  });

  it('every section heading has a permalink carrying the current view', async () => {
    serveArticle();
    renderApp(`${url}?highlight=sergei-lavrov&person=vladimir-putin`);
    await screen.findByRole('heading', { level: 1 });
    for (const section of sections) {
      expect(screen.getByRole('link', { name: `Link to section: ${section.heading}` })).toHaveAttribute(
        'href',
        `/a/${ARTICLE_ID}?highlight=sergei-lavrov&person=vladimir-putin#${section.id}`,
      );
    }
  });

  it('following a contents link moves focus to that section heading', async () => {
    serveArticle();
    const { user, router } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const link = [...toc.querySelectorAll('a')].find((a) => a.textContent === third.heading);
    if (!link) throw new Error('no contents link');
    await user.click(link);
    expect(router.state.location.hash).toBe(`#${third.id}`);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: third.heading })).toHaveFocus());
    expect(link).toHaveAttribute('aria-current', 'location');
  });

  it('the copy-link button copies the section URL and says "Link copied" politely', async () => {
    serveArticle();
    const { user } = renderApp(`${url}?highlight=russia`);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: `Copy link to section: ${third.heading}` }));
    await waitFor(() => expect(liveRegion()).toBe('Link copied'));
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/a/${ARTICLE_ID}?highlight=russia#${third.id}`);
  });

  it('a quote has its own link: ?quote= marks it in the text', async () => {
    serveArticle();
    renderApp(`${url}?quote=q2`);
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('[data-quote="q2"]')).toHaveAttribute('data-active', 'true');
    expect(document.querySelector('[data-quote-link="q2"]')).toHaveAttribute('aria-current', 'true');
  });

  it('an unknown section says so with links to the start and the library; the article still works', async () => {
    serveArticle();
    const { user } = renderApp(`${url}?highlight=russia#no-such-section`);
    expect(await screen.findByText('Section not found: “no-such-section”')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Go to the start of the article' })[0]).toHaveAttribute('href', `/a/${ARTICLE_ID}?highlight=russia`);
    expect(screen.getAllByRole('link', { name: 'back to the library' })[0]).toHaveAttribute('href', '/');
    expect(document.querySelectorAll('mark[data-entity="russia"]').length).toBeGreaterThan(0);
    await user.click(document.querySelector('button[data-entity="ukraine"]') as HTMLElement);
    expect(document.querySelectorAll('mark[data-entity="ukraine"]').length).toBeGreaterThan(0);
  });

  it('unknown entity ids are ignored and reported, the rest of the view applies', async () => {
    serveArticle();
    renderApp(`${url}?highlight=xyz,sergei-lavrov&person=nobody&quote=q99`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText("Ignored unknown entity 'xyz' (in highlight)")).toBeInTheDocument();
    expect(screen.getByText("Ignored unknown entity 'nobody' (in person)")).toBeInTheDocument();
    expect(screen.getByText("Ignored unknown quote 'q99'")).toBeInTheDocument();
    expect(document.querySelectorAll('mark[data-entity="sergei-lavrov"]')).toHaveLength(12);
    expect(screen.getByRole('link', { name: 'Go to the start of the article' })).toHaveAttribute('href', `/a/${ARTICLE_ID}?highlight=sergei-lavrov`);
  });
});
