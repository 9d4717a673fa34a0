// The library's search and facets on the e2e collection (270+ stories): a person's surname and a phrase find their
// stories with the matched words marked; a person facet narrows the list, and the same URL in a fresh page shows
// the same list; a result opens its story with the entity highlighted; the library never fetches the whole index;
// axe-clean with a search and a facet. Expected values come from the served JSON; the fixtures fail any request to
// another origin and any console error.
import type { APIRequestContext, Page } from '@playwright/test';
import { validateArticle, validateArticleIndex } from '../../src/contract/article';
import { validateEntityList, validateEntityPage, type EntityPage } from '../../src/contract/collection';
import { validateLibraryHead } from '../../src/contract/library';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

async function getJson(request: APIRequestContext, url: string): Promise<unknown> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}`);
  return response.json();
}

/** A person in several stories, with a surname of at least six letters: the fewest stories first (a rare name). */
async function searchablePerson(request: APIRequestContext): Promise<{ entity: EntityPage; surname: string }> {
  const list = validateEntityList(await getJson(request, '/data/collection/entities.json'));
  if (!list.ok) throw new Error(list.errors.join('\n'));
  const people = list.value.entities
    .filter((e) => e.type === 'person' && e.stories >= 2 && /^\p{Lu}\p{Ll}{5,}$/u.test(e.name.split(' ').at(-1) ?? ''))
    .sort((a, b) => a.stories - b.stories || (a.key < b.key ? -1 : 1));
  const person = people[0];
  if (!person) throw new Error('no person with a searchable surname in the collection');
  const page = validateEntityPage(await getJson(request, `/data/collection/entities/${person.key}.json`), { key: person.key });
  if (!page.ok) throw new Error(page.errors.join('\n'));
  return { entity: page.value, surname: person.name.split(' ').at(-1)! };
}

const results = (page: Page) => page.locator('.library-results .article-card');
const status = (page: Page) => page.locator('.library-status');

/** The ids of the listed stories. */
const listedIds = (page: Page) => results(page).evaluateAll((cards) => cards.map((c) => c.getAttribute('data-article-id')));

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search stories' }).fill(text);
  await expect(page).toHaveURL(new RegExp(`[?&]q=`));
  await expect(status(page)).toContainText('found for');
}

test('a person’s surname finds their stories, the surname marked in each excerpt', async ({ page, request }) => {
  const { entity, surname } = await searchablePerson(request);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  await search(page, surname);
  const headlines = await results(page).getByRole('heading').allTextContents();
  expect(headlines).toContain(entity.stories[0]!.headline);
  await expect(results(page).first().locator('mark').first()).toHaveText(new RegExp(surname, 'iu'));
  // The library answers from the search index and its head, never from the whole index.
  expect(requested.filter((p) => p.endsWith('/data/index.json'))).toEqual([]);
  expect(requested.some((p) => p.includes('/data/pagefind/'))).toBe(true);
});

test('a first search loads no people or countries filter, and their counts come when the list is opened', async ({ page, request }) => {
  const { surname } = await searchablePerson(request);
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  const filters: string[] = [];
  page.context().on('request', (r) => void (new URL(r.url()).pathname.includes('/pagefind/filter/') && filters.push(r.url())));
  await search(page, surname);
  const facets = page.getByRole('navigation', { name: 'Filter stories' });
  await expect(facets.locator('.facet-link[data-facet="year"]').first()).toBeVisible();
  await expect(facets.locator('.facet-link[data-facet="person"]')).toHaveCount(0);
  const before = filters.length;
  await facets.getByRole('button', { name: 'Show people' }).click();
  await expect(facets.locator('.facet-link[data-facet="person"]').first()).toBeVisible();
  await expect(facets.locator('.facet-link[data-facet="country"]').first()).toBeVisible();
  // Opening the list loaded the filters the first search did not.
  expect(filters.length).toBeGreaterThan(before);
});

test('a phrase from a story finds that story', async ({ page, request }) => {
  const head = validateLibraryHead(await getJson(request, '/data/library.json'));
  if (!head.ok) throw new Error(head.errors.join('\n'));
  const story = head.value.stories[0]!;
  const article = validateArticle(await getJson(request, `/data/articles/${story.id}.json`));
  if (!article.ok) throw new Error(article.errors.join('\n'));
  const paragraph = article.value.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph' && b.text.split(/\s+/u).length >= 12)!;
  const phrase = paragraph.text.split(/\s+/u).slice(4, 10).join(' ').replace(/[^\p{L}\p{N}\s'-]/gu, '');
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  await search(page, phrase);
  expect(await results(page).getByRole('heading').allTextContents()).toContain(story.headline);
});

test('a person facet narrows the list, and the same URL in a fresh page shows the same list', async ({ page, openPage }) => {
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  const before = await listedIds(page);
  const facet = page.locator('.facet-link[data-facet="person"]').first();
  const key = await facet.getAttribute('data-value');
  const count = Number(await facet.locator('.facet-count').evaluate((n) => n.textContent?.replace(/\D+/gu, '')));
  await facet.click();
  await expect(page).toHaveURL(`/?person=${key}`);
  await expect(status(page)).toHaveText(`${count} ${count === 1 ? 'story' : 'stories'} found`);
  await expect(page.locator('.chips .chip')).toHaveCount(1);
  const after = await listedIds(page);
  expect(after).toHaveLength(Math.min(count, 20));
  expect(after).not.toEqual(before);
  // Every result names the person: its link highlights them.
  for (const href of await results(page).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href')))) expect(href).toMatch(/\?highlight=/u);
  const fresh = await openPage();
  await fresh.goto(`/?person=${key}`);
  await expect(fresh.locator('.library-status')).toHaveText(`${count} ${count === 1 ? 'story' : 'stories'} found`);
  expect(await listedIds(fresh)).toEqual(after);
});

test('a result found through a person facet opens the story with that person highlighted', async ({ page }) => {
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  await page.locator('.facet-link[data-facet="person"]').first().click();
  await expect(status(page)).toContainText('found');
  const link = results(page).first().getByRole('heading').getByRole('link');
  const href = (await link.getAttribute('href'))!;
  const ids = new URL(href, 'http://x').searchParams.get('highlight')!.split(',');
  await link.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`mark[data-entity="${ids[0]}"]`).first()).toBeVisible();
});

test('several facets at once: a person and a year narrow together, and a chip removes one', async ({ page }) => {
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  await page.locator('.facet-link[data-facet="person"]').first().click();
  await expect(status(page)).toContainText('found');
  const year = page.locator('.facet-link[data-facet="year"]').first();
  const value = await year.getAttribute('data-value');
  await year.click();
  await expect(page).toHaveURL(new RegExp(`person=[^&]+&year=${value}$`, 'u'));
  await expect(page.locator('.chips .chip')).toHaveCount(2);
  for (const date of await results(page).locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')))) expect(date?.slice(0, 4)).toBe(value);
  await page.locator('.chips .chip').last().click();
  await expect(page.locator('.chips .chip')).toHaveCount(1);
});

test('a topic facet narrows the library to the stories that give that topic', async ({ page, request }) => {
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  const facet = page.locator('.facet-link[data-facet="topic"]').first();
  const topic = (await facet.getAttribute('data-value'))!;
  const count = Number(await facet.locator('.facet-count').evaluate((n) => n.textContent?.replace(/\D+/gu, '')));
  await facet.click();
  await expect(page).toHaveURL(`/?topic=${encodeURIComponent(topic).replace(/%20/gu, '+')}`);
  await expect(status(page)).toHaveText(`${count} ${count === 1 ? 'story' : 'stories'} found`);
  // Every listed story gives that topic in its own data.
  for (const id of await listedIds(page)) {
    const article = validateArticle(await getJson(request, `/data/articles/${id}.json`), { id: id! });
    if (!article.ok) throw new Error(article.errors.join('\n'));
    expect(article.value.topic).toBe(topic);
  }
});

test('axe: the library with a search and a facet has no violations', async ({ openPage, request }) => {
  const { surname } = await searchablePerson(request);
  const page = await openPage();
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  await expectNoAxeViolations(page, 'library');
  await search(page, surname);
  await expectNoAxeViolations(page, `library searching ${surname}`);
  // A search counts people only when asked: the list opens behind its button.
  await page.getByRole('navigation', { name: 'Filter stories' }).getByRole('button', { name: 'Show people' }).click();
  await page.locator('.facet-link[data-facet="person"]').first().click();
  await expect(page.locator('.chips .chip')).toHaveCount(1);
  await expectNoAxeViolations(page, 'library with a search and a person facet');
});

test('without JavaScript the library lists its first page and the facet heads', async ({ openPage, request }) => {
  const head = validateLibraryHead(await getJson(request, '/data/library.json'));
  if (!head.ok) throw new Error(head.errors.join('\n'));
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto('/');
  expect(await listedIds(page)).toEqual(head.value.stories.map((s) => s.id));
  await expect(page.locator('.facet-link[data-facet="person"]')).toHaveCount(head.value.facets.person.length);
});

test('the next page of the library follows the first in the same order, newest first, no story repeated', async ({ page, request }) => {
  const index = validateArticleIndex(await getJson(request, '/data/index.json'));
  if (!index.ok) throw new Error(index.errors.join('\n'));
  // Newest first, undated last, then by id: the library's order.
  const order = [...index.value.articles]
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1))
    .map((a) => a.id);
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  expect(await listedIds(page)).toEqual(order.slice(0, 20));
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL('/?page=2');
  await expect(page.locator('.pager')).toContainText('Page 2 of');
  await expect.poll(() => listedIds(page)).toEqual(order.slice(20, 40));
  // Page 5 spans the index's first two shards (90 stories each in this build): still the library's order.
  await page.goto('/?page=5');
  await expect(page.locator('.pager')).toContainText('Page 5 of');
  await expect.poll(() => listedIds(page)).toEqual(order.slice(80, 100));
});

test('a search and its facets count stories across every shard of the index', async ({ page, request }) => {
  const head = validateLibraryHead(await getJson(request, '/data/library.json'));
  if (!head.ok) throw new Error(head.errors.join('\n'));
  const year = head.value.facets.year[0]!;
  await page.goto(`/?year=${year.value}`);
  await page.locator('html[data-ready="true"]').waitFor();
  await expect(status(page)).toHaveText(`${year.count} ${year.count === 1 ? 'story' : 'stories'} found`);
  await expect(page.locator(`.facet-link[data-facet="year"][data-value="${year.value}"] .facet-count`)).toHaveText(String(year.count));
});
