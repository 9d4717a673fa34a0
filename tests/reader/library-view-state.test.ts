/** The library's URL state (src/reader/routes/library-view-state.ts): parse, serialise, round-trip, what is ignored. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY_VIEW, effectiveSort, isDefaultView, librarySearch, parseLibraryView, toggleFacet, withPage, withQuery } from '../../src/reader/routes/library-view-state';

describe('library view state', () => {
  it('reads a query, several facets (several values of one too), the sort and the page', () => {
    const { view, ignored } = parseLibraryView('?q=lavrov+talks&person=sergei-lavrov&person=mike-pompeo&country=country-russia&source=Sputnik&topic=Political+Crisis+in+Venezuela&year=2019&month=2019-06&sort=date&page=3');
    expect(view).toEqual({
      q: 'lavrov talks',
      facets: { person: ['sergei-lavrov', 'mike-pompeo'], country: ['country-russia'], source: ['Sputnik'], topic: ['Political Crisis in Venezuela'], year: ['2019'], month: ['2019-06'] },
      sort: 'date',
      page: 3,
    });
    expect(ignored).toEqual([]);
  });

  it('serialises to one canonical query string that parses back to the same view', () => {
    const view = parseLibraryView('?page=2&year=2020&q=budget&person=jane-doe').view;
    expect(librarySearch(view)).toBe('?q=budget&person=jane-doe&year=2020&page=2');
    expect(parseLibraryView(librarySearch(view)).view).toEqual(view);
  });

  it('round-trips any view it can hold (property)', () => {
    const key = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/u);
    const arb = fc.record({
      q: fc.string({ maxLength: 40 }).filter((q) => q.trim() === q && q.length > 0),
      facets: fc.record({
        person: fc.uniqueArray(key, { maxLength: 3 }),
        country: fc.uniqueArray(key, { maxLength: 3 }),
        source: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0), { maxLength: 2 }),
        topic: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0), { maxLength: 2 }),
        year: fc.uniqueArray(fc.integer({ min: 1900, max: 2099 }).map(String), { maxLength: 2 }),
        month: fc.uniqueArray(fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`), { maxLength: 2 }),
      }),
      sort: fc.constantFrom('date' as const, 'relevance' as const, null),
      page: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(arb, (view) => {
        expect(parseLibraryView(librarySearch(view))).toEqual({ view, ignored: [] });
      }),
    );
  });

  it('ignores unknown parameters and values of the wrong shape, naming each, and keeps the rest', () => {
    const { view, ignored } = parseLibraryView('?utm_source=feed&person=Not%20A%20Key&person=ok-key&year=19&month=2019-13&sort=popular&page=0&q=x&q=y');
    expect(view).toEqual({ ...DEFAULT_LIBRARY_VIEW, q: 'x', facets: { ...DEFAULT_LIBRARY_VIEW.facets, person: ['ok-key'] } });
    expect(ignored).toEqual(['utm_source=feed', 'person=Not A Key', 'year=19', 'month=2019-13', 'sort=popular', 'page=0', 'q=y']);
  });

  it('counts a repeated facet value once', () => {
    expect(parseLibraryView('?person=a&person=a').view.facets.person).toEqual(['a']);
  });

  it('sorts by relevance with a query and by date without, unless the URL says otherwise', () => {
    expect(effectiveSort(parseLibraryView('?q=x').view)).toBe('relevance');
    expect(effectiveSort(parseLibraryView('').view)).toBe('date');
    expect(effectiveSort(parseLibraryView('?q=x&sort=date').view)).toBe('date');
  });

  it('toggling a facet, searching and paging go back to page 1 (paging aside) and keep the rest', () => {
    const view = parseLibraryView('?q=x&person=a&page=4').view;
    expect(librarySearch(toggleFacet(view, 'person', 'b'))).toBe('?q=x&person=a&person=b');
    expect(librarySearch(toggleFacet(view, 'person', 'a'))).toBe('?q=x');
    expect(librarySearch(withQuery(view, 'y'))).toBe('?q=y&person=a');
    expect(librarySearch(withPage(view, 5))).toBe('?q=x&person=a&page=5');
  });

  it('knows the default view (answered from the library head) from any other', () => {
    expect(isDefaultView(parseLibraryView('').view)).toBe(true);
    expect(isDefaultView(parseLibraryView('?utm=1').view)).toBe(true);
    for (const search of ['?q=x', '?year=2019', '?page=2', '?sort=relevance']) expect(isDefaultView(parseLibraryView(search).view), search).toBe(false);
  });
});
