// Highlighting an entity from the sidebar: one <mark> per visible mention, nothing else marked, and the URL keeps it.
import type { Article, Entity } from '../../src/contract/article';
import { expectedMarks, lavrov, loadArticle, noEntitiesReason, normalise, shownBlocks } from './support/article';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { entityButton, openArticle, searchParam } from './support/reader';

/** The seed's Lavrov, or a failure that says who the pipeline did find. */
function pickLavrov(article: Article): Entity {
  const person = lavrov(article);
  if (!person) throw new Error(`no person whose name contains "Lavrov"; entities: ${article.entities.map((e) => `${e.type}:${e.name}`).join(', ')}`);
  return person;
}

test('clicking Lavrov in the sidebar marks each of his visible mentions, and clicking again clears them', async ({ page, request }) => {
  const article = await loadArticle(request);
  const skip = noEntitiesReason(article);
  test.skip(skip !== null, skip ?? '');
  const person = pickLavrov(article);

  await openArticle(page, article);
  const expected = expectedMarks(person, await shownBlocks(page, article));
  expect(expected.length, `${person.name} has mentions in the visible text`).toBeGreaterThan(0);

  const button = entityButton(page, person);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const marks = page.locator(`mark[data-entity="${person.id}"]`);
  await expect(marks).toHaveCount(expected.length);
  await expect(page.locator('mark'), 'nothing but the highlighted entity is a <mark>').toHaveCount(expected.length);
  expect((await marks.allTextContents()).map(normalise).sort()).toEqual(expected);
  expect(searchParam(page, 'highlight')).toBe(person.id);

  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('mark')).toHaveCount(0);
  expect(searchParam(page, 'highlight')).toBeNull();
});

test('?highlight=<id> opens the article with that entity highlighted', async ({ page, request }) => {
  const article = await loadArticle(request);
  const skip = noEntitiesReason(article);
  test.skip(skip !== null, skip ?? '');
  const person = pickLavrov(article);

  await openArticle(page, article);
  const expected = expectedMarks(person, await shownBlocks(page, article));
  await openArticle(page, article, { highlight: person.id });
  await expect(entityButton(page, person)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`mark[data-entity="${person.id}"]`)).toHaveCount(expected.length);
  await expect(page.locator('mark')).toHaveCount(expected.length);
});

test('axe: the highlighted state has no violations, in light and dark', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const skip = noEntitiesReason(article);
  test.skip(skip !== null, skip ?? '');
  const person = pickLavrov(article);
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await openPage({ colorScheme });
    await openArticle(page, article, { highlight: person.id });
    await expect(page.locator(`mark[data-entity="${person.id}"]`).first()).toBeVisible();
    await expectNoAxeViolations(page, `highlighted (${colorScheme})`);
  }
});
