import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, fixtureArticle, renderApp, serveArticle, serveData } from './test-utils';

const url = `/a/${ARTICLE_ID}`;

describe('article page', () => {
  it('renders the headline as the only h1, meta, tags, and each later section as a section with an h2', async () => {
    serveArticle();
    renderApp(url);
    const article = fixtureArticle();
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(article.headline);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const h2s = within(screen.getByRole('main')).getAllByRole('heading', { level: 2 });
    expect(h2s.map((h) => h.textContent)).toEqual(article.sections.slice(1).map((s) => s.heading));
    for (const section of article.sections) expect(document.getElementById(section.id)?.tagName).toBe('SECTION');
    expect(screen.getByText('Political Crisis in Venezuela')).toBeInTheDocument();
    expect(screen.getByText('6 June 2019')).toHaveAttribute('datetime', '2019-06-06');
    expect(within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem')).toHaveLength(article.tags.length);
  });

  it('renders captions and credits as figures, teasers and READ MORE lines as related lists apart from the prose', async () => {
    serveArticle();
    renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    const figures = screen.getAllByRole('figure');
    expect(figures.length).toBe(5);
    expect(figures[0]).toHaveTextContent('© Sputnik / Ramil Sitdikov');
    const related = screen.getAllByRole('list', { name: 'Related stories' });
    const items = related.flatMap((list) => within(list).getAllByRole('listitem').map((li) => li.textContent));
    expect(items).toContain("READ MORE: Trump: Russia Informed US About Removing 'Most of Their People' From Venezuela");
    expect(items).toContain('US Reportedly Used Briber, Money Launderer in Venezuela Coup Attempt');
    // No related line is a paragraph of the story.
    const paragraphs = [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '');
    expect(paragraphs.some((p) => p.startsWith('READ MORE'))).toBe(false);
  });

  it('renders consecutive embedded-post lines as one quoted box, not as prose', async () => {
    const article = fixtureArticle();
    const blocks = article.sections[1]!.blocks;
    blocks.splice(1, 0, { id: 'e1', kind: 'embed', text: 'No guests until further notice 👇' }, { id: 'e2', kind: 'embed', text: 'pic.twitter.com/x — Jane Host (@janehost) May 23, 2020' });
    serveArticle(article);
    renderApp(url);
    const embed = await screen.findByRole('blockquote', { name: 'Embedded post' });
    expect(embed).toHaveTextContent('No guests until further notice 👇');
    expect(embed).toHaveTextContent('— Jane Host (@janehost) May 23, 2020');
    expect(screen.getAllByRole('blockquote', { name: 'Embedded post' })).toHaveLength(1);
  });

  it('has landmarks: banner, contents navigation, main, complementary sidebar, and a skip link', async () => {
    serveArticle();
    renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Entities and quotes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
  });

  it('the skip link moves focus to the story without touching the URL fragment', async () => {
    serveArticle();
    const { user, router } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(router.state.location.hash).toBe('');
  });

  it('every control is reachable by keyboard: Tab to an entity and toggle it with Enter and Space', async () => {
    serveArticle();
    const { user } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    const lavrov = document.querySelector<HTMLButtonElement>('button[data-entity="sergei-lavrov"]');
    lavrov?.focus();
    expect(lavrov).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(lavrov).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(lavrov).toHaveAttribute('aria-pressed', 'false');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show only sections with Sergei Lavrov' })).toHaveFocus();
  });

  it('groups entities with mention counts and keeps photo credits out of People', async () => {
    serveArticle();
    renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    const sidebar = screen.getByRole('complementary');
    expect(within(sidebar).getByRole('heading', { name: /People/ })).toBeInTheDocument();
    expect(within(sidebar).getByRole('heading', { name: /Countries/ })).toBeInTheDocument();
    expect(within(sidebar).getByRole('heading', { name: /Places/ })).toBeInTheDocument();
    expect(within(sidebar).getByRole('heading', { name: /Organizations/ })).toBeInTheDocument();
    expect(within(sidebar).getByRole('button', { name: 'Sergei Lavrov 12 mentions' })).toBeInTheDocument();
    expect(within(sidebar).queryByRole('button', { name: /Ramil Sitdikov/ })).toBeNull();
    expect(within(sidebar).getByText(/Ramil Sitdikov/)).toHaveClass('photo-credits');
  });

  it('lists quotes with speaker or "Unattributed"', async () => {
    serveArticle();
    renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    const quotes = screen.getByRole('region', { name: /Quotes/ });
    const links = within(quotes).getAllByRole('link');
    expect(links).toHaveLength(7);
    expect(links[0]).toHaveTextContent('— Sergei Lavrov');
    expect(links[2]).toHaveTextContent('— Unattributed');
    expect(links[2]).toHaveAttribute('href', `/a/${ARTICLE_ID}?quote=q3`);
  });

  it('choosing a quote scrolls to it and marks it in the text (not as a <mark>)', async () => {
    serveArticle();
    const { user } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getAllByRole('link', { name: /Unattributed/ })[0] as HTMLElement);
    const quote = document.querySelector('[data-quote="q3"]');
    expect(quote).toHaveAttribute('data-active', 'true');
    expect(quote?.tagName).toBe('SPAN');
    expect(quote?.scrollIntoView).toHaveBeenCalled();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('shows skeleton lines while loading', async () => {
    serveData({ [`/data/articles/${ARTICLE_ID}.json`]: () => new Promise<Response>(() => {}) });
    renderApp(url);
    expect(screen.getByText('Loading article…')).toBeInTheDocument();
    expect(document.querySelector('[aria-busy="true"] .skeleton-line')).not.toBeNull();
  });

  it('shows the error with Retry when the fetch fails, and recovers on Retry', async () => {
    let calls = 0;
    serveData({ [`/data/articles/${ARTICLE_ID}.json`]: () => (++calls === 1 ? new Response('down', { status: 503 }) : Response.json(fixtureArticle())) });
    const { user } = renderApp(url);
    expect(await screen.findByRole('alert')).toHaveTextContent(`Article "${ARTICLE_ID}" could not be loaded (HTTP 503)`);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: fixtureArticle().headline })).toBeInTheDocument();
  });

  it('names the article and what is wrong when the JSON breaks the contract', async () => {
    const broken = fixtureArticle();
    broken.headline = 'Something else';
    serveArticle(broken);
    renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Article "${ARTICLE_ID}" does not match the article contract`);
    expect(alert).toHaveTextContent('sections.0.heading: must be the headline');
  });

  it('refuses a file that holds another article than the one its URL names, and says which', async () => {
    serveData({ '/data/articles/other-story.json': fixtureArticle() });
    renderApp('/a/other-story');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This article could not be shown');
    expect(alert).toHaveTextContent(`Article "other-story" does not match the article contract: id: the data is article "${ARTICLE_ID}", not the requested "other-story"`);
    expect(screen.queryByRole('heading', { name: fixtureArticle().headline })).toBeNull();
  });

  it('treats an HTML fallback page (static hosts answer missing files with index.html) as not found', async () => {
    serveData({ [`/data/articles/${ARTICLE_ID}.json`]: () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }) });
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(`Article not found: “${ARTICLE_ID}”`);
  });

  it('says an unknown article was not found, inside the page frame, with a way to the library', async () => {
    serveArticle();
    renderApp('/a/no-such-article');
    expect(await screen.findByRole('alert')).toHaveTextContent('Article not found: “no-such-article”');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the library' })).toHaveAttribute('href', '/');
  });
});
