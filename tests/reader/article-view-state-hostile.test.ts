// Hostile links (issue #5): garbage, huge, repeated and percent-encoded parameters and unknown ids never make the
// URL-state parser throw; the view keeps only what it can use and says, in words, what it ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIgnored, parseArticleView, VIEW_PARAMS, type ArticleViewState } from '../../src/reader/routes/article-view-state';
import { fixtureArticle } from './test-utils';

const article = fixtureArticle();
const entityIds = article.entities.map((e) => e.id);
const quoteIds = article.quotes.map((q) => q.id);
const known = new Set([...entityIds, ...quoteIds]);
const person = article.entities.find((e) => e.type === 'person' && !e.creditOnly)!;
const parse = (query: string) => parseArticleView(new URLSearchParams(query), article);
const EMPTY = { highlight: [], person: [], country: [], quote: null };

/** What must hold for any query: only known ids kept, a bounded report, each item said in one short sentence. */
function expectSane(state: ArticleViewState): void {
  for (const id of [...state.highlight, ...state.person, ...state.country]) expect(entityIds).toContain(id);
  if (state.quote !== null) expect(quoteIds).toContain(state.quote);
  expect(new Set(state.highlight).size).toBe(state.highlight.length);
  expect(state.ignored.length).toBeLessThanOrEqual(20);
  for (const item of state.ignored) {
    const sentence = describeIgnored(item);
    expect(sentence).toMatch(/^Ignored /u);
    // Values are clipped, so a monster URL cannot flood the page.
    expect(sentence.length).toBeLessThan(200);
  }
}

const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('%', '%%', '%E0%A4%A', '%00', '%ZZ', '\u202e', '\u200b', '\ufeff', '<script>alert(1)</script>', 'javascript:alert(1)', '..', '__proto__', 'constructor', 'toString'),
);
/** An id, or a known id percent-encoded once (decodes to the id) or twice (decodes to `%xx…`, which is unknown). */
const encodedId = fc.tuple(fc.constantFrom(...known), fc.constantFrom(0, 1, 2)).map(([id, times]) => {
  let out = id;
  for (let i = 0; i < times; i++) out = [...out].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
  return { raw: out, decodesTo: times === 2 ? [...id].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('') : id };
});

describe('parseArticleView on hostile links', () => {
  it('garbage keys and values: never throws, keeps only known ids, reports in short sentences (fuzz)', () => {
    const key = fc.oneof(fc.constantFrom(...VIEW_PARAMS), garbage);
    const value = fc.array(fc.oneof(garbage, fc.constantFrom(...known)), { maxLength: 6 }).map((parts) => parts.join(','));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 20 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        expectSane(parseArticleView(params, article));
      }),
      { numRuns: 500 },
    );
  });

  it('percent-encoded ids: decoded once like the browser does; a double-encoded id is unknown and reported (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(encodedId, { minLength: 1, maxLength: 5 }), (ids) => {
        const state = parse(`highlight=${ids.map((x) => x.raw).join(',')}`);
        expectSane(state);
        for (const { decodesTo } of ids) {
          const isEntity = entityIds.includes(decodesTo);
          if (isEntity) expect(state.highlight).toContain(decodesTo);
          else expect(state.ignored.some((i) => i.param === 'highlight' && decodesTo.startsWith(i.value.replace(/…$/u, '')))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('huge values and huge id lists: dropped or capped, and said so (fuzz)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VIEW_PARAMS), fc.integer({ min: 2_001, max: 200_000 }), fc.constantFrom('x', person.id, ',', '%41'), (param, length, unit) => {
        // Each unit decodes to one character, so the decoded value (what the limit measures) is `length` long.
        const huge = unit.repeat(length);
        const state = parse(`${param}=${huge}`);
        expectSane(state);
        expect({ ...state, ignored: [] }).toEqual({ ...EMPTY, ignored: [] });
        expect(state.ignored).toEqual([expect.objectContaining({ param, reason: 'too long' })]);
      }),
      { numRuns: 50 },
    );
    // Under the length limit but over the id limit: the first 64 distinct ids are tried, the rest reported.
    const many = Array.from({ length: 300 }, (_, i) => `id${i}`).join(',');
    const state = parse(`highlight=${person.id},${many}`);
    expect(state.highlight).toEqual([person.id]);
    expect(state.ignored).toHaveLength(20);
    expectSane(state);
  });

  it('repeated parameters: the same id many times counts once; thousands of repeats stay bounded (fuzz)', () => {
    fc.assert(
      fc.property(fc.constantFrom('highlight', 'person'), fc.integer({ min: 2, max: 5_000 }), fc.constantFrom(person.id, 'nobody'), (param, times, id) => {
        const state = parse(Array.from({ length: times }, () => `${param}=${id}`).join('&'));
        expectSane(state);
        if (id === person.id) {
          expect(param === 'highlight' ? state.highlight : state.person).toEqual([person.id]);
          expect(state.ignored).toEqual([]);
        } else {
          expect({ ...state, ignored: [] }).toEqual({ ...EMPTY, ignored: [] });
          expect(state.ignored).toEqual([{ param, value: 'nobody', reason: 'unknown entity' }]);
        }
      }),
      { numRuns: 50 },
    );
    const quotes = parse(Array.from({ length: 1_000 }, () => `quote=${quoteIds[0]}`).join('&'));
    expect(quotes.quote).toBe(quoteIds[0]);
    expectSane(quotes);
  });

  it('unknown ids and parameters: the view falls back to what is known and names every unknown (fuzz)', () => {
    const unknown = fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/u).filter((id) => !known.has(id));
    fc.assert(
      fc.property(fc.constantFrom('highlight', 'person', 'country', 'quote'), fc.array(unknown, { minLength: 1, maxLength: 5 }), (param, ids) => {
        const distinct = [...new Set(ids)];
        const state = parse(param === 'quote' ? `quote=${distinct[0]}` : `${param}=${distinct.join(',')}`);
        expectSane(state);
        expect({ ...state, ignored: [] }).toEqual({ ...EMPTY, ignored: [] });
        const reported = state.ignored.map((i) => i.value);
        for (const id of param === 'quote' ? distinct.slice(0, 1) : distinct) expect(reported).toContain(id);
      }),
      { numRuns: 300 },
    );
    const state = parse(`${'utm_source=a&'.repeat(3)}fbclid=b&highlight=${person.id}`);
    expect(state.highlight).toEqual([person.id]);
    expect(state.ignored.map(describeIgnored)).toEqual(["Ignored unknown parameter 'utm_source'", "Ignored unknown parameter 'fbclid'"]);
  });

  it('raw query strings of garbage and encodings never throw and stay sane (fuzz)', () => {
    const piece = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('&', '=', '%', '%2C', '%26', '%3D', '+', ';', '#', '?', ...VIEW_PARAMS, ...known));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expectSane(parse(pieces.join('')));
      }),
      { numRuns: 500 },
    );
  });
});
