// Hostile article text (markup, script URLs, bidi overrides, zero-width characters, a 10,000-character word,
// 5,000 paragraphs) goes through the real pipeline and is rendered as text: nothing runs, nothing overflows
// a phone's width, and the page stays usable. The article is served by intercepting the app's own data path.
import type { Page } from '@playwright/test';
import type { Article, Entity } from '../../src/contract/article';
import { expect, phone, test } from './support/fixtures';
import { entityButton, openArticle } from './support/reader';
import { ingestChecked, serveArticle } from './support/served-article';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';
const BIDI = '\u202Egnirts desrever\u202C';
const ZERO_WIDTH = 'Zero\u200Bwidth\u200Cjoiners\u200Dand\uFEFFmarks';
const LONG_WORD = 'x'.repeat(10_000);
const PARAGRAPHS = 5_000;

const hostileLines = [
  `${SCRIPT} was typed into the form, Sergei Lavrov said.`,
  `The form showed ${IMG} and nothing else happened.`,
  `A link to ${JS_URL} was pasted by Vladimir Putin in the chat.`,
  `Bidi ${BIDI} overrides appear in this sentence.`,
  `${ZERO_WIDTH} hide inside words here.`,
];

/** Built once per worker: ~3 s through the real pipeline. */
let built: Article | undefined;
function hostileArticle(): Article {
  if (built) return built;
  const lines = ['Hostile Text Survives the Reader Intact', '', 'MOSCOW (Sputnik) — The reader must show every line below as text.', ''];
  lines.push(`A long word follows: ${LONG_WORD} and then the sentence ends.`, '');
  for (let i = 0; i < PARAGRAPHS; i++) lines.push(`Paragraph ${i + 1}. ${hostileLines[i % hostileLines.length]}`, '');
  // A closing paragraph of ordinary prose, as stories end (the structure stage reads short lines after the last
  // prose as a page's footer).
  lines.push('The reader kept every one of these lines as text, and the page went on working as it should, the report concluded.', '');
  built = ingestChecked(lines.join('\n'), 'hostile');
  return built;
}

function person(article: Article, id: string): Entity {
  const found = article.entities.find((e) => e.id === id && e.type === 'person');
  if (!found) throw new Error(`no person "${id}"; entities: ${article.entities.map((e) => `${e.type}:${e.id}`).join(', ')}`);
  return found;
}

/** Records every dialog (alert/confirm/prompt) the page opens, and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Elements article text must never become: scripts and event-handler images in the app, script URLs in links. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.getElementById('root');
    const found: string[] = [];
    for (const el of root?.querySelectorAll('script, iframe, object, embed, img, [onerror], [onload], [onclick]') ?? []) found.push(el.outerHTML.slice(0, 80));
    for (const a of document.querySelectorAll('a[href]')) if (/^\s*javascript:/iu.test(a.getAttribute('href') ?? '')) found.push(a.outerHTML.slice(0, 80));
    return found;
  });
}

async function expectShownAsText(page: Page) {
  const main = page.getByRole('main');
  for (const text of [SCRIPT, IMG, JS_URL, BIDI, ZERO_WIDTH]) await expect(main.getByText(text, { exact: false }).first(), `"${text}" shown as text`).toBeVisible();
  await expect(main.getByText(LONG_WORD, { exact: false }).first(), 'the 10,000-character word').toBeVisible();
  await expect(main.getByText(`Paragraph ${PARAGRAPHS}.`, { exact: false }), 'the last paragraph is rendered').toBeAttached();
}

test.describe('hostile article text', () => {
  test.setTimeout(120_000);

  test('the pipeline output passes the contract validator and keeps the hostile text verbatim', () => {
    const article = hostileArticle();
    const texts = article.sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.length, 'one block per paragraph, plus the dateline and the long word').toBeGreaterThanOrEqual(PARAGRAPHS + 2);
    for (const line of hostileLines) expect(texts.some((t) => t.endsWith(line)), `a block ends with ${JSON.stringify(line.slice(0, 40))}`).toBe(true);
    expect(texts.some((t) => t.includes(LONG_WORD))).toBe(true);
  });

  test('desktop: rendered as text, no dialog, no injected elements, highlighting still works', async ({ page }) => {
    const article = hostileArticle();
    const dialogs = watchDialogs(page);
    await serveArticle(page, article);
    await openArticle(page, article);
    await expectShownAsText(page);
    expect(await injected(page), 'elements made from article text').toEqual([]);

    const lavrov = person(article, 'sergei-lavrov');
    const button = entityButton(page, lavrov);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`mark[data-entity="${lavrov.id}"]`)).toHaveCount(lavrov.mentions.length);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('mark')).toHaveCount(0);
    expect(await page.evaluate(() => document.title.length > 0), 'the page still answers').toBe(true);
    expect(await injected(page), 'elements made from article text, after highlighting').toEqual([]);
    expect(dialogs, 'dialogs opened by the page').toEqual([]);
  });

  test('phone (360 px): no horizontal scroll, no dialog, the drawer still opens', async ({ openPage }) => {
    const article = hostileArticle();
    const page = await openPage(phone);
    const dialogs = watchDialogs(page);
    await serveArticle(page, article);
    await openArticle(page, article);
    await expectShownAsText(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 360 px').toBeLessThanOrEqual(360);

    await page.getByRole('button', { name: /^entities\b/iu }).filter({ visible: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await injected(page), 'elements made from article text').toEqual([]);
    expect(dialogs, 'dialogs opened by the page').toEqual([]);
  });
});
