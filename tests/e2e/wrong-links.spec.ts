// A wrong link keeps the page frame, says what was not found, and offers a way on.
import { loadArticle, SEED_ID } from './support/article';
import { expect, test } from './support/fixtures';
import { articleUrl, expectArticleShown, libraryLink, newestStory, NOT_FOUND, searchParam } from './support/reader';

/** Links in <main> whose target, resolved against the page, satisfies `accept`. */
async function linksTo(page: import('@playwright/test').Page, accept: (url: URL) => boolean) {
  const links = page.getByRole('main').getByRole('link');
  const hits = [];
  for (const link of await links.all()) {
    const href = await link.getAttribute('href');
    if (href !== null && accept(new URL(href, page.url()))) hits.push(link);
  }
  return hits;
}

test('an unknown article says so and links back to the library', async ({ page, request }) => {
  await page.goto('/a/no-such-article');
  const message = page.getByRole('main').getByText(NOT_FOUND).first();
  await expect(message).toBeVisible();
  await expect(page.getByRole('main')).toContainText('no-such-article');
  const home = await linksTo(page, (url) => url.pathname === '/' && url.search === '');
  expect(home.length, 'a link to the library').toBeGreaterThan(0);
  await home[0]!.click();
  await expect(libraryLink(page, await newestStory(request))).toBeVisible();
});

test('an unknown section (#nope) keeps the article and says the section was not found, with a link to the start', async ({ page, request }) => {
  const article = await loadArticle(request);
  await page.goto(articleUrl(article, {}, 'nope'));
  await expectArticleShown(page, article);
  const message = page.getByRole('main').getByText(NOT_FOUND).first();
  await expect(message).toBeVisible();
  await expect(message).toContainText('nope');
  const start = await linksTo(page, (url) => url.pathname === `/a/${SEED_ID}` && (url.hash === '' || url.hash === `#${article.sections[0]?.id}`));
  expect(start.length, "a link to the article's start").toBeGreaterThan(0);
  await start[0]!.click();
  await expect(page.getByRole('main').getByText(NOT_FOUND)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

for (const param of ['person', 'country', 'highlight'] as const) {
  test(`an unknown entity (?${param}=nobody-here) keeps the article, says so, and offers to clear it`, async ({ page, request }) => {
    const article = await loadArticle(request);
    await page.goto(articleUrl(article, { [param]: 'nobody-here' }));
    await expectArticleShown(page, article);
    const message = page.getByRole('main').getByText(NOT_FOUND).first();
    await expect(message).toBeVisible();
    await expect(page.getByRole('main')).toContainText('nobody-here');
    const clearLinks = await linksTo(page, (url) => url.pathname === `/a/${SEED_ID}` && !url.searchParams.has(param));
    const clear = clearLinks[0] ?? page.getByRole('main').getByRole('button', { name: /clear|remove|reset|show (all|the whole)/iu }).first();
    await clear.click();
    await expect.poll(() => searchParam(page, param)).toBeNull();
    await expect(page.getByRole('main').getByText(NOT_FOUND)).toHaveCount(0);
    await expectArticleShown(page, article);
  });
}
