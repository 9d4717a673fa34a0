// Deep links to sections: each heading has a permalink and a copy button; the link opens on that section.
import { loadArticle, SEED_ID } from './support/article';
import { expect, test } from './support/fixtures';
import { liveRegion, openArticle, permalink, sectionById } from './support/reader';

test('each section has a permalink to its own fragment', async ({ page, request }) => {
  const article = await loadArticle(request);
  await openArticle(page, article);
  for (const section of article.sections) {
    const link = permalink(page, section.id);
    await expect(link, `permalink of #${section.id}`).toBeAttached();
    const href = new URL((await link.getAttribute('href')) ?? '', page.url());
    expect(href.pathname).toBe(`/a/${SEED_ID}`);
    expect(href.hash).toBe(`#${section.id}`);
  }
});

test('copying a section link announces "Link copied", and the link opens on that section with its heading focused', async ({ page, context, request, baseURL, openPage }) => {
  const article = await loadArticle(request);
  const target = article.sections[2];
  if (!target) throw new Error('the seed has fewer than 3 sections');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openArticle(page, article);

  const section = sectionById(page, target.id);
  await section.locator('h2').hover();
  const href = new URL((await permalink(page, target.id).getAttribute('href')) ?? '', page.url()).href;
  await section.getByRole('button', { name: /copy/iu }).first().click();
  await expect(liveRegion(page, /link copied/iu)).not.toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText()), 'the clipboard holds the permalink').toBe(href);

  const fresh = await openPage();
  await fresh.goto(href);
  const heading = sectionById(fresh, target.id).locator('h2');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});
