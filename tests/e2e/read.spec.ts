// "Read your own" (/read, issue 12 part 2): a pasted text or a dropped page is read in the browser's worker, kept on
// this device under /read/<local-id>, shown in the same reader, and nothing of it is sent anywhere.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';
import { validateArticle, type Article } from '../../src/contract/article';
import { decodePage } from '../../src/pipeline/html/decode-page';
import { ingestHtml } from '../../src/pipeline/html/ingest-html';
import { expectedMarks, lavrov, loadArticle, normalise, shownBlocks } from './support/article';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { entityButton, permalink, searchParam, sectionById } from './support/reader';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEED_TEXT = fs.readFileSync(path.join(root, 'seeds', '000_3979cacfdab927d0.txt'), 'utf8');
/** A saved page of the web corpus's development part (never one of the six blind pages). */
const PAGE_FILE = path.join(root, '..', 'shared', 'corpus', 'web', 'html', 'web-aljazeera-nasa-moon-landers.html');
const LOCAL_STORY_PATH = /\/read\/[a-z0-9]{12}$/u;

const textArea = (page: Page) => page.getByRole('textbox', { name: 'Article text' });
const readButton = (page: Page) => page.getByRole('button', { name: 'Read', exact: true });
const readError = (page: Page) => page.locator('[data-read-error]');

/** Pastes `text` into "Article text", presses Read and waits for the story's page. */
async function pasteAndRead(page: Page, text: string): Promise<void> {
  await textArea(page).fill(text);
  await readButton(page).click();
  await page.waitForURL(LOCAL_STORY_PATH);
}

/** Drops a file (name and bytes) onto the page's drop zone, as a browser's drag and drop does. */
async function dropFile(page: Page, name: string, bytes: Buffer, type = 'text/html'): Promise<void> {
  const data = await page.evaluateHandle(
    ({ name, base64, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type }));
      return transfer;
    },
    { name, base64: bytes.toString('base64'), type },
  );
  await page.locator('[data-drop-zone]').dispatchEvent('drop', { dataTransfer: data });
}

test('pasting the seed’s text reads it into the served article’s sections; Lavrov highlights on click; a section link works after a reload', async ({ page, request }) => {
  const served = await loadArticle(request);
  const person = lavrov(served);
  if (!person) throw new Error('the served seed has no person named Lavrov');
  await page.goto('/read');
  await pasteAndRead(page, SEED_TEXT);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(served.headline);
  await expect(page.locator('main section[id]')).toHaveCount(served.sections.length);
  for (const section of served.sections) await expect(sectionById(page, section.id).locator('h2, h1').first()).toHaveText(section.heading);
  await expect(page.getByText('its links, and the view and section links you copy from it, open only on this device', { exact: false })).toBeVisible();

  const expected = expectedMarks(person, await shownBlocks(page, served));
  await entityButton(page, person).click();
  await expect(page.locator(`mark[data-entity="${person.id}"]`)).toHaveCount(expected.length);
  expect(searchParam(page, 'highlight')).toBe(person.id);
  expect(new URL(page.url()).pathname, 'the view link stays on /read/<local-id>').toMatch(LOCAL_STORY_PATH);

  const target = served.sections[2];
  if (!target) throw new Error('the seed has fewer than 3 sections');
  const link = permalink(page, target.id);
  expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toMatch(LOCAL_STORY_PATH);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`, 'u'));
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const heading = sectionById(page, target.id).locator('h2');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.locator(`mark[data-entity="${person.id}"]`), 'the highlight survives the reload').toHaveCount(expected.length);

  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`#${target.id}$`, 'u'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(served.headline);
});

test('dropping a saved page of the web corpus reads it into the sections the HTML route gives it', async ({ page }) => {
  const bytes = fs.readFileSync(PAGE_FILE);
  const expected = ingestHtml(decodePage(bytes), 'page');
  await page.goto('/read');
  await dropFile(page, path.basename(PAGE_FILE), bytes);
  await page.waitForURL(LOCAL_STORY_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(normalise(expected.headline));
  await expect(page.locator('main section[id]')).toHaveCount(expected.sections.length);
  await expect(page.locator('main section[id] > h2, main section[id] h2')).toHaveText(expected.sections.slice(1).map((s) => normalise(s.heading)));
});

test('nothing read is sent: every request is a GET of the app’s own files, none carries the text, before or after a reload', async ({ page }) => {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto('/read');
  await pasteAndRead(page, SEED_TEXT);
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.goto('/read');
  await expect(page.locator('[data-local-story]')).toHaveCount(1);

  // Any run of six words of the text, in the URL (raw or encoded) or a body, would be the text leaving the page.
  const words = normalise(SEED_TEXT).split(' ');
  const phrases = Array.from({ length: Math.floor(words.length / 6) }, (_, i) => words.slice(i * 6, i * 6 + 6).join(' '));
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    const url = new URL(r.url());
    expect(url.origin, `${r.url()} is on the app's origin`).toBe(new URL(page.url()).origin);
    expect(r.method(), `${r.url()} is a GET`).toBe('GET');
    expect(r.postData(), `${r.url()} has no body`).toBeNull();
    const decoded = decodeURIComponent(`${url.pathname}${url.search}`).replace(/[-_+]/gu, ' ').toLowerCase();
    for (const phrase of phrases) expect(decoded, `${r.url()} carries no words of the text`).not.toContain(phrase.toLowerCase());
    expect(url.pathname, `${r.url()} is a page, or a file of the app or its data`).toMatch(/^\/(read(\/[a-z0-9]{12})?|assets\/.+|favicon\.svg|data\/.+)?$/u);
  }
});

test('bad input shows a clear message and loses nothing kept: empty, binary, a 10 MB paste, a page with no story, another kind of file', async ({ page, guard }) => {
  await page.goto('/read');
  await pasteAndRead(page, SEED_TEXT);
  const kept = page.url();
  await page.goto('/read');
  await expect(page.locator('[data-local-story]')).toHaveCount(1);

  await readButton(page).click();
  await expect(readError(page)).toHaveText('Pasted text: is empty: paste a story’s text, or choose a file');

  await textArea(page).evaluate((el: HTMLTextAreaElement) => {
    el.value = 'x '.repeat(5 * 1024 * 1024);
  });
  await readButton(page).click();
  await expect(readError(page)).toHaveText(/^Pasted text: is 10\.0 MB, over the 1\.0 MB limit for one story read here$/u);
  expect(await textArea(page).evaluate((el: HTMLTextAreaElement) => el.value.length), 'the refused text stays in the area, to be fixed').toBe(10 * 1024 * 1024);
  // Chromium lays out a 10 MB text area slowly on every change of the page: clear it, as its reader would.
  await textArea(page).fill('');

  await dropFile(page, 'binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a]), 'text/plain');
  await expect(readError(page)).toHaveText('binary.txt: looks binary (contains NUL bytes), not article text');

  await dropFile(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
  await expect(readError(page)).toHaveText('photo.png: is not a .txt or .html file');

  const navigationOnly = `<!doctype html><html><head><title>Menu</title></head><body><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</nav></body></html>`;
  await dropFile(page, 'menu.html', Buffer.from(navigationOnly));
  await expect(readError(page)).toHaveText(/^menu\.html: (no story found|has no)/u);

  await expect(page.locator('[data-local-story]'), 'the story read before is still listed').toHaveCount(1);
  await page.goto(kept);
  await expect(page.locator('main section[id]').first()).toBeVisible();
  expect(guard.problems).toEqual([]);
});

test('a worker that crashes while reading is reported, and a fresh one reads the next try', async ({ page, guard }) => {
  await page.goto('/read');
  await expect.poll(() => page.workers().length, 'the page starts its worker when it opens').toBe(1);
  const [worker] = page.workers();
  // Make the worker throw when it answers a read (its warm-up still answers, whenever it does): an uncaught error
  // in it, as a crash would be.
  await worker?.evaluate(() => {
    const scope = self as unknown as { postMessage: (message: { type: string }) => void };
    const answer = scope.postMessage.bind(scope);
    scope.postMessage = (message) => {
      if (message.type === 'read') throw new Error('simulated crash');
      answer(message);
    };
  });
  guard.allowConsole(/simulated crash/u);
  await textArea(page).fill(SEED_TEXT);
  await readButton(page).click();
  await expect(readError(page)).toHaveText(/^Pasted text: could not be read: the worker reading it stopped \(.*simulated crash\)\. A fresh one reads the next try$/u);
  await readButton(page).click();
  await page.waitForURL(LOCAL_STORY_PATH);
  await expect(page.locator('main section[id]').first()).toBeVisible();
});

test('the list of stories read on this device: each removable, with Undo; a removed story’s link says it is not on this device', async ({ page }) => {
  await page.goto('/read');
  await pasteAndRead(page, SEED_TEXT);
  const storyUrl = page.url();
  const headline = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: 'All stories read on this device' }).click();
  const item = page.locator('[data-local-story]');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('link')).toHaveText(headline ?? '');

  await item.getByRole('button', { name: /^Remove/u }).click();
  await expect(item).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: /^Remove/u }).click();
  await expect(item).toHaveCount(0);

  await page.goto(storyUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This story is not on this device');
});

test('a story is offered as its seed file and as article JSON, downloaded from the page', async ({ page }) => {
  await page.goto('/read');
  await pasteAndRead(page, SEED_TEXT);
  const localId = new URL(page.url()).pathname.split('/').pop() ?? '';

  const [seed] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download the seed file/u }).click()]);
  expect(seed.suggestedFilename()).toBe(`lede-${localId}.txt`);
  expect(fs.readFileSync(await seed.path(), 'utf8')).toBe(SEED_TEXT);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the article JSON' }).click()]);
  expect(json.suggestedFilename()).toBe(`${localId}.json`);
  const checked = validateArticle(JSON.parse(fs.readFileSync(await json.path(), 'utf8')), { id: localId });
  expect(checked.ok, 'the downloaded JSON meets the contract').toBe(true);
  const article = (checked as { value: Article }).value;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline);
});

test('an unknown /read/<id> says the story is not on this device, and /read without JavaScript says it needs it', async ({ page, openPage }) => {
  await page.goto('/read/zzzzzzzzzzzz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This story is not on this device');
  await expect(page.getByRole('link', { name: 'Read a story on this device' })).toBeVisible();

  const noScript = await openPage({ javaScriptEnabled: false });
  await noScript.goto('/read');
  // Playwright's text matchers skip <noscript>; the body's rendered text is what a reader without JavaScript sees.
  expect(await noScript.evaluate(() => document.body.innerText)).toContain('Reading your own story needs JavaScript');
  await expect(noScript).toHaveTitle('Read your own story · Lede');
});

test('axe: /read empty, with its list, and a story read on this device have no violations', async ({ openPage }) => {
  const page = await openPage();
  await page.goto('/read');
  await expect(textArea(page)).toBeVisible();
  await expectNoAxeViolations(page, '/read, empty');
  await pasteAndRead(page, SEED_TEXT);
  await expect(page.locator('main section[id]').first()).toBeVisible();
  await expectNoAxeViolations(page, '/read/<id>');
  await page.goto('/read');
  await expect(page.locator('[data-local-story]')).toHaveCount(1);
  await readButton(page).click();
  await expect(readError(page)).toBeVisible();
  await expectNoAxeViolations(page, '/read, with a story listed and an error shown');
});
