// Opening the seed from the library: the story's structure, its text, and accessibility in light and dark.
import { loadArticle, SEED_ID, shownBlocks } from './support/article';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { expectArticleShown, libraryLink, librarySearchFor, newestStory, openArticle, sectionById } from './support/reader';

test('the library links to the seed, which opens with the headline as the only h1 and one section per JSON section', async ({ page, request }) => {
  const article = await loadArticle(request);
  await page.goto(librarySearchFor(article));
  await page.getByRole('link', { name: article.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${SEED_ID}$`, 'u'));
  await expectArticleShown(page, article);
  await expect(page.locator('h1')).toHaveCount(1);

  for (const [i, section] of article.sections.entries()) {
    await expect(sectionById(page, section.id), `section #${section.id}`).toHaveCount(1);
    if (i > 0) await expect(sectionById(page, section.id).locator('h2'), `the h2 of #${section.id}`).toHaveText(section.heading);
  }
  const order = await page.locator('section[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(order.filter((id) => article.sections.some((s) => s.id === id))).toEqual(article.sections.map((s) => s.id));
});

test('every paragraph of the story is shown in the default view', async ({ page, request }) => {
  const article = await loadArticle(request);
  await openArticle(page, article);
  const shown = await shownBlocks(page, article);
  const missing = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph' && !shown.has(b.id)).map((b) => `${s.id}/${b.id}: ${b.text.slice(0, 60)}…`));
  expect(missing, 'paragraph blocks not visible').toEqual([]);
});

test('no <mark> before anything is highlighted', async ({ page, request }) => {
  const article = await loadArticle(request);
  await openArticle(page, article);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('axe: the library has no violations', async ({ openPage, request }) => {
  const newest = await newestStory(request);
  const page = await openPage();
  await page.goto('/');
  await expect(libraryLink(page, newest)).toBeVisible();
  await expectNoAxeViolations(page, 'library');
});

test('axe: the article in its default state has no violations', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const page = await openPage();
  await openArticle(page, article);
  await expectNoAxeViolations(page, 'default');
});

test('dark theme: follows prefers-color-scheme and has no axe violations', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const page = await openPage({ colorScheme: 'dark' });
  await openArticle(page, article);
  // Light text on a dark background: the headline's colour is the lighter of the two.
  const luminance = await page.locator('h1').evaluate((el) => {
    const rgb = (getComputedStyle(el).color.match(/[\d.]+/gu) ?? []).slice(0, 3).map(Number);
    const [r = 0, g = 0, b = 0] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
  expect(luminance, 'headline text colour in dark theme is light').toBeGreaterThan(0.5);
  await expectNoAxeViolations(page, 'dark theme');
});
