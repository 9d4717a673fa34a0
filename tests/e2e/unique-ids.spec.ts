// Ids on the page and the data the page trusts (issue items 5 and 6), in the browser: headings that slug to the
// reader's own ids ("lede-data", "root", "lede-main", "b1", "q1", repeats) go through the real pipeline and the
// real prerender (the SSR build `npm run build` leaves in .tmp/ssr), and the page hydrates in Chromium from its
// embedded data with every id once; a data file holding another article than its URL's is refused, saying why.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { Article } from '../../src/contract/article';
import { APP_IDS, domIds } from '../../src/contract/dom-ids';
import { articleDataPath, articlePath, loadArticle } from './support/article';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ingestChecked } from './support/served-article';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SSR_ENTRY = path.join(root, '.tmp', 'ssr', 'entry-server.js');
const SHELL = path.join(root, 'dist', '404.html');

// Besides the ids: a repeated heading, and headings that are the names of the app's own landmarks.
const HEADINGS = ['Lede Data', 'Lede Main', 'B1', 'Q1', 'Sheet Title', 'Entities Title', 'Quotes Title', 'Talks', 'Talks', 'Talks 2', 'H Talks', 'Block B1', 'Quote Q1', 'Entities', 'Contents', 'Quotes'];

const FILLER = 'The talks went on through the afternoon, and the delegations met again after a short break to go over the draft line by line.';

/**
 * Headline "Root", then a section per heading, each with a quote, a mention and enough paragraphs to reach the
 * contents' reading line when scrolled to; through the real pipeline.
 */
function clashArticle(): Article {
  // Paragraphs as long as a real story's, so the structure stage reads each heading line as a sub-headline.
  const lines = ['Root', '', 'MOSCOW (Sputnik) — Sergei Lavrov met officials from both sides in Moscow on Tuesday to prepare the next round of talks.', ''];
  for (const heading of HEADINGS) {
    lines.push(heading, '', `"We will keep talking to all sides until there is an agreement," Lavrov said after the ${heading} meeting.`, '');
    for (let i = 0; i < 4; i++) lines.push(FILLER, '');
  }
  return ingestChecked(lines.join('\n'), 'clash');
}

/** The article's page as `npm run build` writes it, rendered by the built SSR entry into the built shell. */
async function prerenderedPage(article: Article): Promise<string> {
  const entry = (await import(pathToFileURL(SSR_ENTRY).href)) as { renderArticlePage(template: string, article: Article): string };
  return entry.renderArticlePage(fs.readFileSync(SHELL, 'utf8'), article);
}

/** Serves the page's HTML and its JSON on the app's own paths; returns the requests made for the JSON. */
async function servePrerendered(page: Page, article: Article, html: string): Promise<string[]> {
  const dataRequests: string[] = [];
  await page.route(`**${articlePath(article.id)}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await page.route(`**${articleDataPath(article.id)}`, (route) => {
    dataRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(article) });
  });
  return dataRequests;
}

const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });

test('headings that slug to the reader’s own ids: every id once, hydrated from the embedded data, deep link on its own heading', async ({ openPage }) => {
  const article = clashArticle();
  expect(article.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['root-2', 'lede-data-2', 'lede-main-2', 'b1-2', 'q1-2', 'talks', 'talks-2', 'talks-2-2']));
  const html = await prerenderedPage(article);
  const page = await openPage();
  const dataRequests = await servePrerendered(page, article, html);
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { serverH1: Element | null }).serverH1 = document.querySelector('h1');
    });
  });
  const target = article.sections.find((s) => s.heading === 'B1')!;
  await page.goto(`${articlePath(article.id)}#${target.id}`);

  expect(await duplicateIds(page), 'ids carried by more than one element').toEqual([]);
  expect(await page.locator(`#${APP_IDS.data}`).evaluate((el) => el.tagName)).toBe('SCRIPT');
  expect(dataRequests, 'requests for the article JSON (hydration uses the embedded data)').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { serverH1: Element | null }).serverH1 === document.querySelector('h1')), 'the server h1 is kept').toBe(true);
  await expect(page.locator(`[id="${domIds.heading(target.id)}"]`)).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Contents' }).locator('[aria-current]')).toHaveAttribute('data-toc', target.id);
  await expectNoAxeViolations(page, 'clashing headings');
});

test('a data file holding another article than its URL names is refused, saying which', async ({ page, request }) => {
  const seed = await loadArticle(request);
  await page.route(`**${articleDataPath('other-story')}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(seed) }));
  await page.goto(articlePath('other-story'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This article could not be shown');
  await expect(alert).toContainText(`id: the data is article "${seed.id}", not the requested "other-story"`);
  await expect(page.getByRole('heading', { name: seed.headline })).toHaveCount(0);
});
