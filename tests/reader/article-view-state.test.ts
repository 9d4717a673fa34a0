import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIgnored, parseArticleView } from '../../src/reader/routes/article-view-state';
import { viewSearch } from '../../src/reader/config/paths';
import { fixtureArticle } from './test-utils';

const article = fixtureArticle();
const parse = (query: string) => parseArticleView(new URLSearchParams(query), article);

describe('parseArticleView', () => {
  it.each([
    ['', { highlight: [], person: [], country: [], quote: null, ignored: [] }],
    ['highlight=sergei-lavrov,russia', { highlight: ['sergei-lavrov', 'russia'], person: [], country: [], quote: null, ignored: [] }],
    ['highlight=russia&highlight=kiev', { highlight: ['russia', 'kiev'], person: [], country: [], quote: null, ignored: [] }],
    ['highlight=russia,russia,,%20russia%20', { highlight: ['russia'], person: [], country: [], quote: null, ignored: [] }],
    ['highlight=sergei-lavrov%2Cmoscow', { highlight: ['sergei-lavrov', 'moscow'], person: [], country: [], quote: null, ignored: [] }],
    ['person=vladimir-putin&country=ukraine&quote=q3', { highlight: [], person: ['vladimir-putin'], country: ['ukraine'], quote: 'q3', ignored: [] }],
    [
      'highlight=xyz,russia',
      { highlight: ['russia'], person: [], country: [], quote: null, ignored: [{ param: 'highlight', value: 'xyz', reason: 'unknown entity' }] },
    ],
    [
      'person=russia,ramil-sitdikov',
      {
        highlight: [],
        person: [],
        country: [],
        quote: null,
        ignored: [
          { param: 'person', value: 'russia', reason: 'not a person' },
          { param: 'person', value: 'ramil-sitdikov', reason: 'not a person' },
        ],
      },
    ],
    ['country=kiev', { highlight: [], person: [], country: [], quote: null, ignored: [{ param: 'country', value: 'kiev', reason: 'not a country' }] }],
    [
      'quote=q1&quote=q2',
      { highlight: [], person: [], country: [], quote: 'q1', ignored: [{ param: 'quote', value: 'q2', reason: 'only one quote at a time' }] },
    ],
    ['quote=q99', { highlight: [], person: [], country: [], quote: null, ignored: [{ param: 'quote', value: 'q99', reason: 'unknown quote' }] }],
    ['utm_source=x', { highlight: [], person: [], country: [], quote: null, ignored: [{ param: 'utm_source', value: 'x', reason: 'unknown parameter' }] }],
  ])('parses %j', (query, expected) => {
    expect(parse(query)).toEqual(expected);
  });

  it('ignores a huge value without looking inside it', () => {
    const state = parse(`highlight=${'russia,'.repeat(5000)}`);
    expect(state.highlight).toEqual([]);
    expect(state.ignored).toEqual([{ param: 'highlight', value: `${'russia,'.repeat(8)}russ…`, reason: 'too long' }]);
  });

  it('caps how much it reports', () => {
    const query = Array.from({ length: 100 }, (_, i) => `p${i}=1`).join('&');
    expect(parse(query).ignored).toHaveLength(20);
  });

  it('describes what it ignored in words', () => {
    expect(describeIgnored({ param: 'highlight', value: 'xyz', reason: 'unknown entity' })).toBe("Ignored unknown entity 'xyz' (in highlight)");
  });

  it('round-trips what paths.ts builds', () => {
    const view = { highlight: ['sergei-lavrov', 'moscow'], person: ['vladimir-putin'], country: ['ukraine'], quote: 'q2' };
    expect(viewSearch(view)).toBe('?highlight=sergei-lavrov,moscow&person=vladimir-putin&country=ukraine&quote=q2');
    expect(parse(viewSearch(view).slice(1))).toEqual({ ...view, ignored: [] });
  });

  const ids = [...article.entities.map((e) => e.id), ...article.quotes.map((q) => q.id)];
  const token = fc.oneof(fc.constantFrom(...ids), fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('%', '%E0%A4%A', ',', '&', '=', '#', '\u0000'));
  const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom('highlight', 'person', 'country', 'quote'), fc.string()), fc.array(token, { maxLength: 8 }).map((t) => t.join(','))), {
    maxLength: 12,
  });

  it('never throws and accounts for every value it drops (fuzz)', () => {
    fc.assert(
      fc.property(query, (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const state = parseArticleView(params, article);
        const known = new Set(article.entities.map((e) => e.id));
        for (const id of [...state.highlight, ...state.person, ...state.country]) expect(known.has(id)).toBe(true);
        if (state.quote !== null) expect(article.quotes.some((q) => q.id === state.quote)).toBe(true);
        expect(state.ignored.length).toBeLessThanOrEqual(20);
        // Whatever was in a known param and not kept is reported (unless the report is full).
        const kept = new Set([...state.highlight, ...state.person, ...state.country, state.quote ?? '']);
        const dropped = pairs.some(([k, v]) => ['highlight', 'person', 'country'].includes(k) && v.split(',').some((p) => p.trim() && !kept.has(p.trim())));
        if (dropped) expect(state.ignored.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on raw query strings (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        expect(() => parse(raw)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
