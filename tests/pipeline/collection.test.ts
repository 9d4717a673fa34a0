/**
 * The collection stage (src/pipeline/collection): one record per real-world entity across stories. People merge by
 * the in-story variant rules on full names only; two people sharing a surname never merge; a bare surname stays its
 * story's own; keys are readable, do not depend on story order, and do not move when stories are added.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type EntityType } from '../../src/contract/article';
import { validateEntityList, validateEntityPage, validateStoryEntityKeys } from '../../src/contract/collection';
import { ENTITY_PAGE_SIZE } from '../../src/contract/collection';
import { buildCollection, entityPages } from '../../src/pipeline/collection/build-collection';
import { mergePeople } from '../../src/pipeline/collection/merge-people';
import type { DigestEntity, StoryDigest } from '../../src/pipeline/collection/story-digest';

type E = Partial<DigestEntity> & { name: string };
const ent = (type: EntityType, e: E, i: number): DigestEntity => ({ id: `${type}-${i}`, type, aliases: [], description: null, mentions: 1, ...e });

/** A story digest: people, countries and quotes by person index. */
function story(id: string, opts: { date?: string | null; people?: E[]; countries?: E[]; places?: E[]; quotes?: { by: number; text: string; section?: string }[] }): StoryDigest {
  const people = (opts.people ?? []).map((p, i) => ent('person', p, i));
  const countries = (opts.countries ?? []).map((c, i) => ent('country', c, i));
  const places = (opts.places ?? []).map((c, i) => ent('place', c, i));
  return {
    id,
    headline: `Headline of ${id}`,
    date: opts.date ?? null,
    topic: null,
    source: null,
    entities: [...people, ...countries, ...places],
    quotes: (opts.quotes ?? []).map((q, i) => ({ id: `q${i + 1}`, section: q.section ?? 'top', text: q.text, speaker: people[q.by]!.id })),
  };
}

const byName = (c: ReturnType<typeof buildCollection>, name: string) => c.entities.filter((p) => p.forms.includes(name));
const keysOf = (c: ReturnType<typeof buildCollection>) => Object.fromEntries(c.entities.map((p) => [p.name, p.key]));

describe('one person across stories', () => {
  it('merges transliteration variants of a full name into one record, with every form and both stories', () => {
    const c = buildCollection([
      story('a', { people: [{ name: 'Sergei Lavrov', aliases: ['Lavrov'], mentions: 3 }] }),
      story('b', { people: [{ name: 'Sergey Lavrov', mentions: 2 }] }),
    ]);
    const [lavrov, ...others] = byName(c, 'Sergey Lavrov');
    expect(others).toEqual([]);
    expect(lavrov).toMatchObject({ key: 'sergei-lavrov', type: 'person', storyCount: 2, mentionCount: 5 });
    expect(new Set(lavrov!.forms)).toEqual(new Set(['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov']));
    expect(lavrov!.stories.map((s) => [s.id, s.entities, s.mentions])).toEqual([
      ['a', ['person-0'], 3],
      ['b', ['person-0'], 2],
    ]);
  });

  it('merges a name with initials or a nickname into the full name when it can be no one else', () => {
    const c = buildCollection([story('a', { people: [{ name: 'Patrick Moore' }] }), story('b', { people: [{ name: 'Pat Moore' }] }), story('c', { people: [{ name: 'P. Moore' }] })]);
    expect(c.entities.filter((p) => p.type === 'person').map((p) => [p.key, p.storyCount])).toEqual([['patrick-moore', 3]]);
  });

  it('keeps two people who share a surname apart, and a name that could be either joins neither', () => {
    const c = buildCollection([
      story('a', { people: [{ name: 'John Smith' }] }),
      story('b', { people: [{ name: 'Jane Smith' }] }),
      story('c', { people: [{ name: 'J. Smith' }] }),
    ]);
    expect(c.entities.map((p) => [p.key, p.forms, p.storyCount]).sort()).toEqual([
      ['j-smith', ['J. Smith'], 1],
      ['jane-smith', ['Jane Smith'], 1],
      ['john-smith', ['John Smith'], 1],
    ]);
  });

  it("keeps a person named by a bare surname to its own story: it attaches to no other story's full name", () => {
    const c = buildCollection([story('a', { people: [{ name: 'Anna Berg' }] }), story('b', { people: [{ name: 'Berg' }] }), story('c', { people: [{ name: 'Berg' }] })]);
    const bergs = c.entities.filter((p) => p.type === 'person');
    expect(bergs).toHaveLength(3);
    expect(bergs.map((p) => p.storyCount)).toEqual([1, 1, 1]);
    expect(byName(c, 'Anna Berg')[0]!.key).toBe('anna-berg');
    expect(new Set(byName(c, 'Berg').map((p) => p.key)).size).toBe(2);
  });

  it('links what one story said is one person (its forms), even when the rules alone would not', () => {
    expect(mergePeople([{ forms: ['Bill Shorten', 'William Shorten'] }, { forms: ['William Shorten'] }, { forms: ['Bill Shorten'] }])).toEqual([0, 0, 0]);
  });
});

describe('keys', () => {
  const base = [
    story('a', { date: '2019-06-06', people: [{ name: 'Sergei Lavrov' }, { name: 'John Smith' }], countries: [{ name: 'Russia' }] }),
    story('b', { date: '2019-07-01', people: [{ name: 'Sergey Lavrov' }, { name: 'Smith' }], countries: [{ name: 'Turkey' }] }),
  ];

  it('are readable slugs with a prefix for every type but people, and do not depend on the order of stories', () => {
    const c = buildCollection(base);
    expect(keysOf(c)).toMatchObject({ 'Sergei Lavrov': 'sergei-lavrov', 'John Smith': 'john-smith', Russia: 'country-russia' });
    expect(buildCollection([...base].reverse())).toEqual({ ...c, storyKeys: [...c.storyKeys].reverse() });
  });

  it('stay the same when stories are added: a fuller spelling, a new person of the same surname, a bare surname', () => {
    const before = buildCollection(base);
    const after = buildCollection([
      ...base,
      story('c', { people: [{ name: 'Sergei Viktorovich Lavrov' }, { name: 'Maria Lavrova' }, { name: 'Jane Smith' }, { name: 'Lavrov' }], countries: [{ name: 'Türkiye' }] }),
    ]);
    const afterKeys = new Set(after.entities.map((p) => p.key));
    for (const page of before.entities) expect(afterKeys, `${page.name} keeps ${page.key}`).toContain(page.key);
    expect(after.storyKeys.slice(0, 2)).toEqual(before.storyKeys);
    expect(after.entities.find((p) => p.key === 'sergei-lavrov')!.storyCount).toBe(3);
  });

  it("merge a country across the names stories give it, keyed by the data's name, named as most stories write it", () => {
    const c = buildCollection([story('a', { countries: [{ name: 'Turkey' }] }), story('b', { countries: [{ name: 'Türkiye' }] }), story('c', { countries: [{ name: 'Turkey' }] })]);
    expect(c.entities.map((p) => [p.key, p.name, p.storyCount])).toEqual([['country-turkiye', 'Turkey', 3]]);
  });
});

describe('an entity record', () => {
  const stories = [
    story('a', { date: '2019-06-06', people: [{ name: 'Anna Berg', description: 'Foreign Minister' }, { name: 'Olaf Lind' }], countries: [{ name: 'Sweden' }], quotes: [{ by: 0, text: '"We will talk."', section: 'talks' }] }),
    story('b', { date: '2019-06-20', people: [{ name: 'Anna Berg' }, { name: 'Olaf Lind' }, { name: 'Eva Moll' }], countries: [{ name: 'Norway' }, { name: 'Sweden' }] }),
    story('c', { date: '2019-08-02', people: [{ name: 'Anna Berg', description: 'Foreign Minister' }, { name: 'Eva Moll' }, { name: 'Olaf Lind' }], quotes: [{ by: 1, text: '"Not me."' }, { by: 0, text: '"And again."', section: 'end' }] }),
    story('d', { people: [{ name: 'Anna Berg' }], places: [{ name: 'Oslo', mentions: 0 }] }),
  ];
  const c = buildCollection(stories);
  const berg = c.entities.find((p) => p.key === 'anna-berg')!;

  it('lists its stories newest first (undated last), a timeline by month, and every quote by it with its story and section', () => {
    expect(berg.stories.map((s) => s.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(berg.timeline).toEqual([
      { month: '2019-06', stories: 2 },
      { month: '2019-08', stories: 1 },
    ]);
    expect(berg.undated).toBe(1);
    expect(berg.quotes).toEqual([
      { story: 'c', quote: 'q2', section: 'end', text: '"And again."' },
      { story: 'a', quote: 'q1', section: 'talks', text: '"We will talk."' },
    ]);
    expect(berg.description).toBe('Foreign Minister');
  });

  it('lists the people of the same stories most frequent first, and their countries', () => {
    expect(berg.people.map((p) => [p.name, p.stories])).toEqual([
      ['Olaf Lind', 3],
      ['Eva Moll', 2],
    ]);
    expect(berg.countries.map((p) => [p.key, p.stories])).toEqual([
      ['country-sweden', 2],
      ['country-norway', 1],
    ]);
  });

  it('gives each story its entity keys, leaves out an entity no story mentions, and passes the contract', () => {
    expect(c.storyKeys.find((k) => k.story === 'd')!.keys).toEqual({ 'person-0': 'anna-berg' });
    expect(c.entities.some((p) => p.name === 'Oslo')).toBe(false);
    for (const record of c.entities) for (const page of entityPages(record)) expect(validateEntityPage(page, { key: page.key })).toEqual({ ok: true, value: page });
    for (const keys of c.storyKeys) expect(validateStoryEntityKeys(keys).ok).toBe(true);
    expect(validateEntityList(c.list)).toEqual({ ok: true, value: c.list });
    expect(c.list.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('entity pages', () => {
  it('cut a record of many stories and quotes into pages of ENTITY_PAGE_SIZE, each passing the contract, that together hold every story and quote once', () => {
    const n = ENTITY_PAGE_SIZE * 2 + 5;
    const c = buildCollection(Array.from({ length: n }, (_, i) => story(`s${String(i).padStart(4, '0')}`, { people: [{ name: 'Anna Berg' }], quotes: i % 2 ? [] : [{ by: 0, text: `"Number ${i}."` }] })));
    const record = c.entities.find((e) => e.key === 'anna-berg')!;
    const pages = entityPages(record);
    expect(pages.map((p) => [p.page, p.pages, p.stories.length, p.quotes.length])).toEqual([
      [1, 3, ENTITY_PAGE_SIZE, ENTITY_PAGE_SIZE],
      [2, 3, ENTITY_PAGE_SIZE, Math.ceil(n / 2) - ENTITY_PAGE_SIZE],
      [3, 3, 5, 0],
    ]);
    for (const page of pages) expect(validateEntityPage(page, { key: 'anna-berg', page: page.page }).ok).toBe(true);
    expect(pages.flatMap((p) => p.stories)).toEqual(record.stories);
    expect(pages.flatMap((p) => p.quotes)).toEqual(record.quotes);
  });
});
