// Back and forward move between the reader's views as in any web page: the URL is the state.
import { filterableEntity, loadArticle, noEntitiesReason, SEED_ID } from './support/article';
import { expect, test } from './support/fixtures';
import { entityButton, expectArticleShown, filterControl, filterStatus, librarySearchFor, openArticle, permalink, searchParam, sectionById } from './support/reader';

test('back and forward move between the library, the article and a section', async ({ page, request }) => {
  const article = await loadArticle(request);
  const section = article.sections[1];
  if (!section) throw new Error('the seed has only one section');
  await page.goto(librarySearchFor(article));
  await page.getByRole('link', { name: article.headline }).click();
  await expectArticleShown(page, article);
  await permalink(page, section.id).click();
  await expect(page).toHaveURL(new RegExp(`/a/${SEED_ID}#${section.id}$`, 'u'));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/a/${SEED_ID}$`, 'u'));
  await expectArticleShown(page, article);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=/u);
  await expect(page.getByRole('link', { name: article.headline })).toBeVisible();
  await page.goForward();
  await expectArticleShown(page, article);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`#${section.id}$`, 'u'));
  await expect(sectionById(page, section.id).locator('h2')).toBeInViewport();
});

test('back leaves a filtered view and forward returns to it', async ({ page, request }) => {
  const article = await loadArticle(request);
  const skip = noEntitiesReason(article);
  test.skip(skip !== null, skip ?? '');
  const person = filterableEntity(article, 'person');
  if (!person) throw new Error('no person among the entities');
  const status = filterStatus(page);

  await openArticle(page, article);
  const control = filterControl(page, person);
  if (!(await control.isVisible())) await entityButton(page, person).click();
  await control.click();
  await expect.poll(() => searchParam(page, 'person')).toBe(person.id);
  await expect(status.first()).toBeVisible();

  await page.goBack();
  await expect.poll(() => searchParam(page, 'person')).toBeNull();
  await expect(status).toHaveCount(0);
  await page.goForward();
  await expect.poll(() => searchParam(page, 'person')).toBe(person.id);
  await expect(status.first()).toBeVisible();
});
