import { describe, expect, it } from 'vitest';
import { buildArticleModel, segmentText, visibleSections } from '../../src/reader/lib/article-model';
import { fixtureArticle } from './test-utils';

describe('segmentText', () => {
  it('splits at mentions nested in a quote, keeping every character', () => {
    const text = '"We welcome Lavrov here", he said.';
    const lavrov = { key: 'b:12:sergei-lavrov', entityId: 'sergei-lavrov' };
    const segments = segmentText(text, [{ start: 12, end: 18, ...lavrov }], [{ start: 1, end: 23, id: 'q1' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([
      { text: '"' },
      { text: 'We welcome ', quoteId: 'q1' },
      { text: 'Lavrov', quoteId: 'q1', mentions: [lavrov] },
      { text: ' here', quoteId: 'q1' },
      { text: '", he said.' },
    ]);
  });

  it('gives a run every mention covering it, outermost first, when two entities overlap', () => {
    const text = 'the Serious Fraud Office (SFO) said';
    const office = { key: 'b:4:office', entityId: 'office' };
    const fraud = { key: 'b:12:fraud', entityId: 'fraud' };
    const sfoOrg = { key: 'b:26:sfo-org', entityId: 'sfo-org' };
    const sfoPlace = { key: 'b:26:sfo-place', entityId: 'sfo-place' };
    const segments = segmentText(
      text,
      [
        { start: 26, end: 29, ...sfoPlace },
        { start: 12, end: 17, ...fraud },
        { start: 4, end: 24, ...office },
        { start: 26, end: 29, ...sfoOrg },
      ],
      [],
    );
    expect(segments).toEqual([
      { text: 'the ' },
      { text: 'Serious ', mentions: [office] },
      { text: 'Fraud', mentions: [office, fraud] },
      { text: ' Office', mentions: [office] },
      { text: ' (' },
      // Same words for two entities: both, in the order the article lists them.
      { text: 'SFO', mentions: [sfoPlace, sfoOrg] },
      { text: ') said' },
    ]);
  });

  it('gives each piece of two crossing mentions both of them where they cross', () => {
    const a = { key: 'b:0:a', entityId: 'a' };
    const b = { key: 'b:2:b', entityId: 'b' };
    expect(segmentText('abcdef', [{ start: 2, end: 6, ...b }, { start: 0, end: 4, ...a }], [])).toEqual([
      { text: 'ab', mentions: [a] },
      { text: 'cd', mentions: [a, b] },
      { text: 'ef', mentions: [b] },
    ]);
  });
});

describe('buildArticleModel', () => {
  const model = buildArticleModel(fixtureArticle());
  const ids = model.article.sections.map((s) => s.id);

  it('keeps the mentions of two entities over the same words, each counted for its entity', () => {
    const article = fixtureArticle();
    const lavrov = article.entities.find((e) => e.id === 'sergei-lavrov');
    const first = lavrov?.mentions[0];
    if (!lavrov || !first) throw new Error('fixture changed');
    // "Lavrov" inside "Sergei Lavrov", claimed by another entity too.
    article.entities.push({ ...lavrov, id: 'dup', mentions: [{ ...first, start: first.start + 7, text: 'Lavrov' }] });
    const built = buildArticleModel(article);
    expect(built.mentionsOf.get('dup')?.map((m) => m.key)).toEqual([`${first.block}:${first.start + 7}:dup`]);
    expect(built.mentionsOf.get('sergei-lavrov')).toHaveLength(lavrov.mentions.length);
    const inner = built.segments.get(first.block)?.find((s) => s.mentions?.some((m) => m.entityId === 'dup'));
    expect(inner?.text).toBe('Lavrov');
    expect(inner?.mentions?.map((m) => m.entityId)).toEqual(['sergei-lavrov', 'dup']);
  });

  it("drops an entity's mention that overlaps its own earlier one (data the contract rejects)", () => {
    const article = fixtureArticle();
    const lavrov = article.entities.find((e) => e.id === 'sergei-lavrov');
    const first = lavrov?.mentions[0];
    if (!lavrov || !first) throw new Error('fixture changed');
    lavrov.mentions.push({ ...first, start: first.start + 7, text: 'Lavrov' });
    expect(buildArticleModel(article).mentionsOf.get('sergei-lavrov')).toHaveLength(lavrov.mentions.length - 1);
  });

  it("finds places of a country by the place's country id", () => {
    expect(model.placesOf.get('ukraine')?.map((p) => p.id)).toEqual(['kiev', 'kharkov', 'donbas', 'crimea']);
  });

  it("follows the country id, not the names: a renamed country keeps its places, a place moved to another id moves", () => {
    const article = fixtureArticle();
    const ukraine = article.entities.find((e) => e.id === 'ukraine');
    const kiev = article.entities.find((e) => e.id === 'kiev');
    if (!ukraine || !kiev) throw new Error('fixture changed');
    ukraine.name = 'Ukrajina';
    kiev.country = 'russia';
    const built = buildArticleModel(article);
    expect(built.placesOf.get('ukraine')?.map((p) => p.id)).toEqual(['kharkov', 'donbas', 'crimea']);
    expect(built.placesOf.get('russia')?.map((p) => p.id)).toContain('kiev');
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
