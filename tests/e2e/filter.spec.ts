// Filtering the story to the sections that mention a person or a country, from the sidebar and from the URL.
import type { Article, Entity, EntityType } from '../../src/contract/article';
import { filterableEntity, filterParam, loadArticle, noEntitiesReason } from './support/article';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { baselineShown, entityButton, expectFilteredTo, filterControl, openArticle, searchParam } from './support/reader';

function pick(article: Article, type: EntityType): Entity {
  const entity = filterableEntity(article, type);
  if (!entity) throw new Error(`no ${type} among the entities: ${article.entities.map((e) => `${e.type}:${e.name}`).join(', ')}`);
  return entity;
}

for (const type of ['person', 'country'] as const) {
  const param = filterParam(type);

  test(`filter by a ${type} from the sidebar`, async ({ page, request }) => {
    const article = await loadArticle(request);
    const skip = noEntitiesReason(article);
    test.skip(skip !== null, skip ?? '');
    const entity = pick(article, type);
    const shown = await baselineShown(page, article);

    // The filter is its own control; if it only appears once the entity is selected, select it first.
    const control = filterControl(page, entity);
    if (!(await control.isVisible())) await entityButton(page, entity).click();
    await control.click();
    await expect.poll(() => searchParam(page, param), `?${param}= in the URL`).toBe(entity.id);
    await expectFilteredTo(page, article, entity, shown);
  });

  test(`?${param}=<id> opens the story filtered to that ${type}`, async ({ page, request }) => {
    const article = await loadArticle(request);
    const skip = noEntitiesReason(article);
    test.skip(skip !== null, skip ?? '');
    const entity = pick(article, type);
    const shown = await baselineShown(page, article);

    await openArticle(page, article, { [param]: entity.id });
    await expectFilteredTo(page, article, entity, shown);
  });
}

test('axe: the filtered state has no violations', async ({ openPage, request }) => {
  const article = await loadArticle(request);
  const skip = noEntitiesReason(article);
  test.skip(skip !== null, skip ?? '');
  const person = pick(article, 'person');
  const page = await openPage();
  const shown = await baselineShown(page, article);
  await openArticle(page, article, { person: person.id });
  await expectFilteredTo(page, article, person, shown);
  await expectNoAxeViolations(page, 'filtered');
});
