import { describe, expect, it } from 'vitest';
import { buildArticleModel, segmentText, visibleSections } from '../../src/reader/lib/article-model';
import { fixtureArticle } from './test-utils';

describe('segmentText', () => {
  it('splits at mentions nested in a quote, keeping every character', () => {
    const text = '"We welcome Lavrov here", he said.';
    const segments = segmentText(text, [{ start: 12, end: 18, key: 'b:12', entityId: 'sergei-lavrov' }], [{ start: 1, end: 23, id: 'q1' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([
      { text: '"' },
      { text: 'We welcome ', quoteId: 'q1' },
      { text: 'Lavrov', quoteId: 'q1', mentionKey: 'b:12', entityId: 'sergei-lavrov' },
      { text: ' here', quoteId: 'q1' },
      { text: '", he said.' },
    ]);
  });
});

describe('buildArticleModel', () => {
  const model = buildArticleModel(fixtureArticle());
  const ids = model.article.sections.map((s) => s.id);

  it('drops overlapping mentions instead of nesting marks', () => {
    const article = fixtureArticle();
    const lavrov = article.entities.find((e) => e.id === 'sergei-lavrov');
    const first = lavrov?.mentions[0];
    if (!lavrov || !first) throw new Error('fixture changed');
    // "Lavrov" inside "Sergei Lavrov", claimed by another entity too.
    article.entities.push({ ...lavrov, id: 'dup', mentions: [{ ...first, start: first.start + 7, text: 'Lavrov' }] });
    expect(buildArticleModel(article).mentionsOf.get('dup')).toEqual([]);
  });

  it('finds places of a country by the place.country name', () => {
    expect(model.placesOf.get('ukraine')?.map((p) => p.id)).toEqual(['kiev', 'kharkov', 'donbas', 'crimea']);
  });

  it('keeps sections that mention all chosen entities', () => {
    expect([...visibleSections(model, ['vladimir-putin'])]).toEqual([ids[2], ids[3]]);
    expect([...visibleSections(model, ['vladimir-putin', 'volodymyr-zelenskyy'])]).toEqual([ids[3]]);
    expect(visibleSections(model, []).size).toBe(4);
  });

  it('keeps credit-only people out of People', () => {
    expect(model.groups.person.some((e) => e.creditOnly)).toBe(false);
    expect(model.photoCredits.map((e) => e.id)).toContain('ramil-sitdikov');
  });
});
