// Entity pages (/e/<key>) on the e2e collection (270+ stories: the seeds and copies of the ../shared corpus): a page
// lists every story and quote its data holds, a quote link opens its story scrolled to that quote, the story
// sidebar links each entity to its page, the page reads without JavaScript and is axe-clean. Expected counts come
// from the served JSON, never typed in; the fixtures fail any test that requests another origin.
import type { APIRequestContext } from '@playwright/test';
import { validateArticleIndex } from '../../src/contract/article';
import { validateEntityList, validateEntityPage, validateStoryEntityKeys, type EntityPage } from '../../src/contract/collection';
import { loadArticle, SEED_ID } from './support/article';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { openArticle } from './support/reader';

async function getJson(request: APIRequestContext, url: string): Promise<unknown> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}`);
  return response.json();
}

async function entityPage(request: APIRequestContext, key: string): Promise<EntityPage> {
  const checked = validateEntityPage(await getJson(request, `/data/collection/entities/${encodeURIComponent(key)}.json`), { key });
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.value;
}

/** The person of the collection with the most quotes (then the most stories): the richest page to check. */
async function quotedPerson(request: APIRequestContext): Promise<EntityPage> {
  const list = validateEntityList(await getJson(request, '/data/collection/entities.json'));
  if (!list.ok) throw new Error(list.errors.join('\n'));
  const people = list.value.entities.filter((e) => e.type === 'person' && e.stories > 1).sort((a, b) => b.stories - a.stories || (a.key < b.key ? -1 : 1));
  const pages = await Promise.all(people.slice(0, 10).map((p) => entityPage(request, p.key)));
  const best = pages.sort((a, b) => b.quotes.length - a.quotes.length || b.storyCount - a.storyCount)[0];
  if (!best || best.quotes.length === 0) throw new Error('no quoted person in more than one story in the collection');
  return best;
}

test('the collection holds at least 200 stories', async ({ request }) => {
  const index = validateArticleIndex(await getJson(request, '/data/index.json'));
  if (!index.ok) throw new Error(index.errors.join('\n'));
  expect(index.value.articles.length).toBeGreaterThanOrEqual(200);
});

test('an entity page lists every story (linking with the entity highlighted) and every quote', async ({ page, request }) => {
  const entity = await quotedPerson(request);
  await page.goto(`/e/${entity.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entity.name);
  const stories = page.locator('[data-list="stories"] li');
  await expect(stories).toHaveCount(entity.storyCount);
  for (const [i, story] of entity.stories.slice(0, 5).entries()) {
    const link = stories.nth(i).getByRole('link', { name: story.headline });
    await expect(link).toHaveAttribute('href', `/a/${encodeURIComponent(story.id)}?highlight=${story.entities.join(',')}`);
  }
  const quotes = page.locator('[data-list="quotes"] li');
  await expect(quotes).toHaveCount(entity.quotes.length);
  const first = entity.quotes[0]!;
  await expect(quotes.first().locator('blockquote a')).toHaveAttribute('href', `/a/${encodeURIComponent(first.story)}?quote=${first.quote}#${first.section}`);
});

test('a story link opens the story with the entity highlighted', async ({ page, request }) => {
  const entity = await quotedPerson(request);
  const story = entity.stories[0]!;
  await page.goto(`/e/${entity.key}`);
  await page.locator('[data-list="stories"] li').first().getByRole('link', { name: story.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${story.id}\\?highlight=`));
  await expect(page.locator(`mark[data-entity="${story.entities[0]}"]`).first()).toBeVisible();
});

test('a quote link opens its story scrolled to that quote, marked', async ({ page, request }) => {
  const entity = await quotedPerson(request);
  // The last quote listed (the last quote of the oldest story), which is rarely at the top of its story.
  const last = entity.quotes.at(-1)!;
  await page.goto(`/e/${entity.key}`);
  await page.locator(`[data-quote="${last.story}/${last.quote}"] blockquote a`).click();
  await expect(page).toHaveURL(`/a/${encodeURIComponent(last.story)}?quote=${last.quote}#${last.section}`);
  const quote = page.locator(`[id="quote_${last.quote}"]`);
  await expect(quote).toHaveAttribute('data-active', 'true');
  await expect(quote).toBeInViewport();
});

test("the story sidebar links an entity to its page, beside the highlight toggle it keeps", async ({ page, request }) => {
  const article = await loadArticle(request);
  const keys = validateStoryEntityKeys(await getJson(request, `/data/collection/stories/${SEED_ID}.json`), { story: SEED_ID });
  if (!keys.ok) throw new Error(keys.errors.join('\n'));
  const person = article.entities.find((e) => e.type === 'person' && keys.value.keys[e.id]);
  test.skip(!person, 'the seed has no person with an entity page');
  const key = keys.value.keys[person!.id]!;
  await openArticle(page, article);
  const toggle = page.locator(`.sidebar button[data-entity="${person!.id}"]`);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const link = page.locator(`.sidebar a[data-entity-page="${person!.id}"]`);
  await expect(link).toHaveAccessibleName(new RegExp(`${person!.name}.*all stories`, 'u'));
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/e/${key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText((await entityPage(request, key)).name);
});

test('without JavaScript an entity page lists its stories and quotes', async ({ openPage, request }) => {
  const entity = await quotedPerson(request);
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto(`/e/${entity.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entity.name);
  await expect(page.locator('[data-list="stories"] li')).toHaveCount(entity.storyCount);
  await expect(page.locator('[data-list="quotes"] li')).toHaveCount(entity.quotes.length);
});

test('axe: an entity page and a country page have no violations', async ({ openPage, request }) => {
  const person = await quotedPerson(request);
  const page = await openPage();
  await page.goto(`/e/${person.key}`);
  await expectNoAxeViolations(page, `entity page ${person.key}`);
  const country = person.countries[0];
  test.skip(!country, 'the person appears with no country');
  await page.goto(`/e/${country!.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(country!.name);
  await expectNoAxeViolations(page, `entity page ${country!.key}`);
});

test('an unknown entity key says so and links back to the library', async ({ page, guard }) => {
  guard.allowConsole(/404|Failed to load resource/u);
  await page.goto('/e/no-such-entity-anywhere');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('No page for');
  await expect(page.getByRole('link', { name: 'Go to the library' })).toBeVisible();
});

test('an entity in more stories than a page holds has further pages, linked and prerendered', async ({ page, openPage, request }) => {
  const list = validateEntityList(await getJson(request, '/data/collection/entities.json'));
  if (!list.ok) throw new Error(list.errors.join('\n'));
  const biggest = [...list.value.entities].sort((a, b) => b.stories - a.stories)[0]!;
  const first = await entityPage(request, biggest.key);
  test.skip(first.pages < 2, `the most mentioned entity has ${first.storyCount} stories, one page`);
  const second = validateEntityPage(await getJson(request, `/data/collection/entities/${biggest.key}/2.json`), { key: biggest.key, page: 2 });
  if (!second.ok) throw new Error(second.errors.join('\n'));
  await page.goto(`/e/${biggest.key}`);
  await expect(page.locator('[data-list="stories"] li')).toHaveCount(first.stories.length);
  await page.getByRole('navigation', { name: 'Pages of stories and quotes' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(`/e/${biggest.key}/2`);
  await expect(page.locator('[data-list="stories"] li')).toHaveCount(second.value.stories.length);
  await expect(page.locator('[data-list="stories"] li').first().getByRole('link')).toHaveText(second.value.stories[0]!.headline);
  const noScript = await openPage({ javaScriptEnabled: false });
  await noScript.goto(`/e/${biggest.key}/2`);
  await expect(noScript.locator('[data-list="stories"] li')).toHaveCount(second.value.stories.length);
});
