/**
 * The prerender (src/reader/entry-server.tsx): a route rendered to a whole static page, as `npm run build` writes
 * it. Rendered with `window` and `document` removed, as on the server; then put into the test document to be
 * read by role, as a reader without JavaScript would see it.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/contract/article';
import { parsePreloaded, PRELOADED_ID, serializePreloaded } from '../../src/reader/api/preloaded';
import { pageFile, renderArticlePage, renderLibraryPage } from '../../src/reader/entry-server';
import { fixtureArticle, fixtureLibraryHead } from './test-utils';

/** vite build's index.html, reduced to what the prerender fills in. */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Lede: read news stories." />
    <title>Lede</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>Lede needs JavaScript to show its stories.</noscript>
  </body>
</html>`;

/** Renders like the server does: no window, no document. */
function serverRender(render: () => string): string {
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  try {
    expect(typeof window).toBe('undefined');
    return render();
  } finally {
    vi.unstubAllGlobals();
  }
}

/** Parses a page and shows its body in the test document. */
function show(html: string): Document {
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...page.body.childNodes].map((n) => document.importNode(n, true)));
  return page;
}

afterEach(() => document.body.replaceChildren());

/** The fixture with a headline and a paragraph that try to break out of the HTML. */
function hostileArticle(): Article {
  const article = fixtureArticle();
  const first = article.sections[0]!;
  const headline = '<script>alert(1)</script> & "quotes"';
  article.headline = headline;
  first.heading = headline;
  for (const e of article.entities) e.mentions = e.mentions.filter((m) => m.block !== first.id);
  const paragraph = article.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph')!;
  paragraph.text += ' </script><script>alert(2)</script><!-- \u2028';
  return article;
}

describe('prerendered article page', () => {
  const article = fixtureArticle();
  const html = serverRender(() => renderArticlePage(TEMPLATE, article));

  it('has the headline as the one h1 and every other section as an h2, each section under its id', () => {
    const page = show(html);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(article.headline);
    for (const [i, section] of article.sections.entries()) {
      const el = page.getElementById(section.id);
      expect(el?.tagName, `section ${section.id}`).toBe('SECTION');
      if (i > 0) expect(within(document.getElementById(section.id)!).getByRole('heading', { level: 2 })).toHaveTextContent(section.heading);
    }
  });

  it('has every paragraph, figure and related list of the story', () => {
    show(html);
    const text = screen.getByRole('main').textContent ?? '';
    for (const block of article.sections.flatMap((s) => s.blocks)) expect(text, `block ${block.id}`).toContain(block.text);
    expect(document.querySelectorAll('main figure').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('list', { name: 'Related stories' }).length).toBeGreaterThan(0);
  });

  it('has the sidebar: contents, entity buttons and quote links', () => {
    show(html);
    expect(within(screen.getByRole('navigation', { name: 'Contents' })).getAllByRole('link')).toHaveLength(article.sections.length);
    const sidebar = screen.getByRole('complementary', { name: 'Entities and quotes' });
    expect(within(sidebar).getByRole('button', { name: /^Sergei Lavrov/u })).toHaveAttribute('aria-pressed', 'false');
    expect(within(sidebar).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(article.quotes.map((q) => `/a/${article.id}?quote=${q.id}`));
  });

  it('puts the title and a description in the head and drops the "needs JavaScript" notice', () => {
    const page = show(html);
    expect(page.title).toBe(`${article.headline} · Lede`);
    expect(page.head.querySelectorAll('title')).toHaveLength(1);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^Last week, the representatives/u);
    expect(page.querySelector('noscript')).toBeNull();
  });

  it('carries its data for hydration in a JSON block, and nothing the CSP would block', () => {
    const page = show(html);
    const block = page.getElementById(PRELOADED_ID);
    expect(block?.getAttribute('type')).toBe('application/json');
    // Rendered without a collection, it carries an empty set of entity keys, so hydrating fetches nothing.
    expect(parsePreloaded(block?.textContent)).toEqual({ path: `/a/${article.id}`, article, entityKeys: { schemaVersion: article.schemaVersion, story: article.id, keys: {} } });
    const root = html.slice(html.indexOf('<div id="root">'), html.indexOf(`<script type="application/json"`));
    expect(root).not.toMatch(/<script|\sstyle=|\son[a-z]+=/u);
  });

  it("does not hydrate from a data block holding another article than its page's", () => {
    expect(parsePreloaded(serializePreloaded({ path: `/a/${article.id}`, article }))).toEqual({ path: `/a/${article.id}`, article });
    expect(parsePreloaded(serializePreloaded({ path: '/a/another-story', article }))).toBeNull();
  });

  it('isolates the headline in the title and the paragraph in the description, so an unclosed override flips nothing after it', () => {
    const rtl = fixtureArticle();
    const headline = `${rtl.headline} \u202Eenil daeh`;
    rtl.headline = headline;
    rtl.sections[0]!.heading = headline;
    const paragraph = rtl.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph')!;
    paragraph.text = `\u202E${paragraph.text}`;
    const page = show(serverRender(() => renderArticlePage(TEMPLATE, rtl)));
    expect(page.title).toBe(`\u2068${headline}\u2069 · Lede`);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^\u2068\u202ELast week, the representatives[^\u2069]*…\u2069$/u);
  });

  it('keeps hostile article text as text, in the markup and in the data block', () => {
    const hostile = hostileArticle();
    const out = serverRender(() => renderArticlePage(TEMPLATE, hostile));
    const page = show(out);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile.headline);
    expect(page.title).toBe(`${hostile.headline} · Lede`);
    expect(page.querySelectorAll('script')).toHaveLength(2); // the app's module and the data block
    expect(out.match(/<script/gu)).toHaveLength(2);
    expect(parsePreloaded(page.getElementById(PRELOADED_ID)?.textContent)?.article).toEqual(hostile);
  });
});

describe('prerendered library page', () => {
  it('lists the articles as links', () => {
    const article = fixtureArticle();
    const page = show(serverRender(() => renderLibraryPage(TEMPLATE, fixtureLibraryHead(article))));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Library');
    expect(screen.getByRole('link', { name: article.headline })).toHaveAttribute('href', `/a/${article.id}`);
    expect(page.title).toBe('Library · Lede');
  });
});

describe('pageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/a/000-3979cacfdab927d0', 'a/000-3979cacfdab927d0/index.html'],
    ['/a/odd%20id', 'a/odd id/index.html'],
  ])('writes %s to %s', (path, file) => expect(pageFile(path)).toBe(file));

  it.each(['/a/..', '/a/%2E%2E', '/a/x%2Fy'])('refuses %s', (path) => expect(() => pageFile(path)).toThrow(/unsafe/u));
});
