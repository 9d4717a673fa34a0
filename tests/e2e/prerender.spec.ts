// The story is in the HTML (issue #5): every article page is prerendered, reads without JavaScript, hydrates
// without a warning, and works from any static host, with or without a trailing slash.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { APP_IDS, domIds } from '../../src/contract/dom-ids';
import { articlePath, lavrov, loadArticle, noEntitiesReason, normalise, topEntity, visibleText } from './support/article';
import { expect, guardContext, phone, test } from './support/fixtures';
import { articleUrl, entityButton, expectArticleShown, libraryLink, newestStory, sectionById } from './support/reader';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Remembers the server-rendered h1 before any module script runs, to tell hydration from a fresh render. */
async function rememberServerHeading(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { serverH1: Element | null }).serverH1 = document.querySelector('h1');
    });
  });
}

/** True when the h1 on the page is the very element the server sent (React hydrated it instead of replacing it). */
const keptServerHeading = (page: Page) =>
  page.evaluate(() => {
    const server = (window as unknown as { serverH1: Element | null }).serverH1;
    return server !== null && server !== undefined && server === document.querySelector('h1') && server.isConnected;
  });

for (const [label, options] of [
  ['desktop', {}],
  ['phone', phone],
] as const) {
  test(`without JavaScript (${label}) the article reads: headline, section headings, paragraphs, figures, related stories and the sidebar`, async ({ openPage, request }) => {
    const article = await loadArticle(request);
    const page = await openPage({ ...options, javaScriptEnabled: false });
    await page.goto(articlePath(article.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 })).toHaveText(article.sections.slice(1).map((s) => s.heading));
    const text = await visibleText(main);
    const blocks = article.sections.flatMap((s) => s.blocks);
    for (const block of blocks.filter((b) => b.kind === 'paragraph')) expect(text, `paragraph ${block.id}`).toContain(normalise(block.text));
    if (blocks.some((b) => b.kind === 'caption')) await expect(main.locator('figure').first()).toBeVisible();
    if (blocks.some((b) => b.kind === 'related' || b.kind === 'teaser')) await expect(main.getByRole('list', { name: /related/iu }).first()).toBeVisible();

    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(article.sections.length);
    const sidebar = page.getByRole('complementary');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a[data-quote-link]')).toHaveCount(article.quotes.length);
    const person = topEntity(article, 'person');
    if (person) await expect(sidebar.locator(`button[data-entity="${person.id}"]`)).toContainText(person.name);
    // Each entity of the collection links to its page, in the HTML itself.
    const keys = (await (await request.get(`/data/collection/stories/${encodeURIComponent(article.id)}.json`)).json()) as { keys: Record<string, string> };
    await expect(sidebar.locator('a[data-entity-page]')).toHaveCount(Object.keys(keys.keys).length);
    if (person && keys.keys[person.id]) await expect(sidebar.locator(`a[data-entity-page="${person.id}"]`)).toHaveAttribute('href', `/e/${keys.keys[person.id]}`);
    if (label === 'phone') expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('without JavaScript the library lists its newest story', async ({ openPage, request }) => {
  const newest = await newestStory(request);
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto('/');
  await expect(libraryLink(page, newest)).toHaveAttribute('href', articlePath(newest.id));
});

test('the served HTML of /a/<id> and /a/<id>/ already holds the story and its data', async ({ request }) => {
  const article = await loadArticle(request);
  for (const url of [articlePath(article.id), `${articlePath(article.id)}/`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(html, url).toContain(`<h1 id="${domIds.heading(article.sections[0]?.id ?? '')}"`);
    expect(html, url).toContain(`<script type="application/json" id="${APP_IDS.data}">`);
  }
});

test('the prerendered page hydrates: the server markup stays, controls work, no console message', async ({ page, request }) => {
  const article = await loadArticle(request);
  await rememberServerHeading(page);
  await page.goto(articlePath(article.id));
  await expectArticleShown(page, article);
  const skip = noEntitiesReason(article);
  if (!skip) {
    const person = lavrov(article) ?? topEntity(article, 'person');
    if (!person) throw new Error('no person among the entities');
    await entityButton(page, person).click();
    await expect(page.locator(`mark[data-entity="${person.id}"]`).first()).toBeVisible();
  }
  expect(await keptServerHeading(page), 'React hydrated the server h1 instead of replacing it').toBe(true);
});

test('a prerendered deep link /a/<id>?highlight=…#<section> hydrates, then highlights and focuses the heading', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const target = article.sections.at(-1);
  if (!target || article.sections.length < 2) throw new Error('the seed has fewer than 2 sections');
  const person = lavrov(article) ?? topEntity(article, 'person');
  const page = await openPage();
  await rememberServerHeading(page);
  await page.goto(articleUrl(article, person ? { highlight: person.id } : {}, target.id));
  const heading = sectionById(page, target.id).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  if (person) await expect(page.locator(`mark[data-entity="${person.id}"]`).first()).toBeAttached();
  expect(await keptServerHeading(page)).toBe(true);
});

/** A plain static file server on dist/ with no single-page fallback: folders answer with their index.html (after a
 * redirect that adds the slash, as nginx and Apache do), anything missing with 404.html and status 404. */
async function startStaticServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://static.invalid');
    let file = path.join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST)) file = DIST;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/html' }).end(fs.readFileSync(path.join(DIST, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('dist/ works from a plain static server with no rewrites: article, section link, library, unknown path', async ({ browser, request }) => {
  const article = await loadArticle(request);
  const target = article.sections[1];
  if (!target) throw new Error('the seed has fewer than 2 sections');
  const host = await startStaticServer();
  const context = await browser.newContext({ baseURL: host.origin, viewport: { width: 1280, height: 900 } });
  const guard = await guardContext(context, host.origin);
  guard.allowConsole(/Failed to load resource: the server responded with a status of 404/u);
  try {
    const page = await context.newPage();
    await rememberServerHeading(page);
    await page.goto(articleUrl(article, {}, target.id));
    await expect(page).toHaveURL(new RegExp(`/a/${article.id}/#${target.id}$`, 'u'));
    await expectArticleShown(page, article);
    await expect(sectionById(page, target.id).getByRole('heading', { level: 2 })).toBeFocused();
    expect(await keptServerHeading(page)).toBe(true);

    await page.getByRole('link', { name: 'Lede', exact: true }).click();
    await expect(libraryLink(page, await newestStory(request))).toBeVisible();

    const missing = await page.goto('/a/no-such-article/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('main')).toContainText('no-such-article');
    expect(guard.problems).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a prerendered page preloads its own route’s code with the app, and the page uses every chunk it preloads', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/gu)].map((m) => m[1]!);
  const shell = preloads(fs.readFileSync(path.join(DIST, '404.html'), 'utf8'));
  const story = preloads(fs.readFileSync(path.join(DIST, 'a', article.id, 'index.html'), 'utf8'));
  const own = story.filter((href) => !shell.includes(href));
  expect(own.length).toBeGreaterThan(0);
  for (const href of own) expect(fs.existsSync(path.join(DIST, href.replace(/^\//u, '')))).toBe(true);
  const page = await openPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(articlePath(article.id));
  await page.locator('html[data-ready]').waitFor();
  for (const href of own) expect(scripts).toContain(href);
});
