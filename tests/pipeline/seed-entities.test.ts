// The seed article end to end: exactly its people and countries, one entity each, with valid offsets.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/contract/article';
import { ingestArticle } from '../../src/pipeline/ingest-article';

const seed = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'seeds', '000_3979cacfdab927d0.txt'), 'utf8');
const article = ingestArticle(seed, 'seed');
const ofType = (type: string) => article.entities.filter((e) => e.type === type);

describe('seed entities', () => {
  it('validates against the contract (offsets included)', () => {
    const result = validateArticle(article);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names exactly the people of the story, one entity each', () => {
    const people = ofType('person').filter((e) => !e.creditOnly);
    expect(people.map((e) => e.name).sort()).toEqual(
      [
        'Donald Trump',
        'Itunori Onodara', // in the lead photo's caption
        'Juan Guaido',
        'Mike Pompeo',
        'Nicolas Maduro',
        'Petro Poroshenko',
        'Sergei Lavrov',
        'Vladimir Putin',
        'Volodymyr Zelenskyy',
        'Yury Ushakov',
      ].sort(),
    );
  });

  it('keeps photographers as credit-only people', () => {
    expect(ofType('person').filter((e) => e.creditOnly).map((e) => e.name)).toEqual([
      'Ramil Sitdikov',
      'Carlos Garcia Rawlins',
      'Paul CROCK',
      'Pablo Martinez Monsivais',
    ]);
  });

  it('merges spellings and surnames into one person', () => {
    const lavrov = ofType('person').find((e) => e.id === 'sergei-lavrov');
    expect(lavrov?.aliases).toEqual(['Sergey Lavrov', 'Lavrov']);
    expect(lavrov?.description).toBe('Russian Foreign Minister');
    expect(ofType('person').find((e) => e.id === 'volodymyr-zelenskyy')?.aliases.sort()).toEqual(['Zelenskiy', 'Zelenskyy']);
  });

  it('names exactly the countries of the story', () => {
    const named = ofType('country').filter((e) => e.mentions.length > 0);
    expect(named.map((e) => e.name).sort()).toEqual(
      ['China', 'Finland', 'Germany', 'Japan', 'Norway', 'Russia', 'Turkey', 'Ukraine', 'United States', 'Venezuela', 'Vietnam'].sort(),
    );
    expect(ofType('country').find((e) => e.name === 'Turkey')?.aliases).toEqual([]);
  });

  it('lists the countries of places the text does not name as countries, with no mentions', () => {
    expect(ofType('country').filter((e) => e.mentions.length === 0).map((e) => e.name).sort()).toEqual(['Belarus', 'Uruguay']);
  });

  it('puts the places in their countries, by the country entity id', () => {
    const nameOf = new Map(article.entities.map((e) => [e.id, e.name]));
    const places = Object.fromEntries(ofType('place').map((e) => [e.name, e.country === null ? null : nameOf.get(e.country)]));
    expect(places).toMatchObject({ Moscow: 'Russia', Oslo: 'Norway', Osaka: 'Japan', Sochi: 'Russia', Hamburg: 'Germany', 'Da Nang': 'Vietnam', Helsinki: 'Finland', Donbas: 'Ukraine', Montevideo: 'Uruguay', Minsk: 'Belarus' });
  });
});

describe('institution-head-noun-is-not-a-person', () => {
  it('in "Chief U.S. District Judge Patti Saris … the U.S. District Court" (corpus ptc-article111111114)', () => {
    const file = path.resolve(__dirname, '../../../shared/corpus/articles/ptc-article111111114.txt');
    const people = ingestArticle(fs.readFileSync(file, 'utf8'), 'x').entities.filter((e) => e.type === 'person');
    // Trump: "held by Trump order" in the headline and "the Trump administration's order" name the president.
    expect(people.map((p) => [p.name, p.description])).toEqual([
      ['Trump', null],
      ['Patti Saris', 'Chief U.S. District Judge'],
      ['Chris Sununu', 'Governor'],
      ['Jeanne Shaheen', 'U.S. Senator'],
    ]);
  });
});
