/**
 * What the library shows for a view, derived without rendering: the facet lists (each value with its count, whether
 * it is chosen, and the link that toggles it), the chosen values as removable chips, the sort and page links, and
 * each result's link, with `?highlight=` for the entities the view names (a chosen person or country, or a query that
 * is one of the story's names for an entity).
 */
import { ENTITY_FACETS, FACET_HEAD_SIZE, FACETS, LIBRARY_PAGE_SIZE, parseEntityFacetValue, type Facet, type FacetEntry, type SearchEntities } from '../../contract/library';
import { paths } from '../config/paths';
import { isChosen, librarySearch, toggleFacet, withPage, withSort, effectiveSort, type LibrarySort, type LibraryView } from './library-view-state';

/** A facet's heading. */
export const FACET_TITLES: Record<Facet, string> = { person: 'People', country: 'Countries', source: 'Sources', topic: 'Topics', year: 'Years', month: 'Months' };

/** One value in a facet list. */
export interface FacetItem {
  value: string;
  label: string;
  count: number;
  chosen: boolean;
  /** The library with this value toggled. */
  href: string;
  /** An entity's page (people and countries). */
  entityHref: string | null;
}

export interface FacetGroup {
  facet: Facet;
  title: string;
  items: FacetItem[];
  /** Not counted yet: a search counts people and countries only when asked (their counts are most of the index's filters). */
  deferred: boolean;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A value's label as shown: a month as "June 2019", anything else as given. */
export function facetLabel(facet: Facet, label: string): string {
  if (facet !== 'month') return label;
  const date = new Date(`${label}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? label : monthFormat.format(date);
}

const libraryHref = (view: LibraryView) => paths.library.href(librarySearch(view));

/** Search-index counts of one facet as entries (an entity's `<key>:<name>` split into key and name). */
export function countsToEntries(facet: Facet, counts: Readonly<Record<string, number>> | undefined): FacetEntry[] {
  return Object.entries(counts ?? {}).map(([value, count]) => {
    const entity = ENTITY_FACETS.has(facet) ? parseEntityFacetValue(value) : null;
    return entity ? { value: entity.key, label: entity.name, count } : { value, label: value, count };
  });
}

/**
 * The facet lists: per facet its FACET_HEAD_SIZE most frequent values with a count above 0 (ties by label), then any
 * chosen value not among them, so a choice can always be undone. `entries` come from the library head or a search;
 * a facet whose entries are null is not counted yet, and is listed as deferred, with no values.
 */
export function facetGroups(view: LibraryView, entries: Readonly<Record<Facet, readonly FacetEntry[] | null>>): FacetGroup[] {
  return FACETS.map((facet) => {
    const counted = entries[facet];
    if (counted === null) return { facet, title: FACET_TITLES[facet], items: [], deferred: true };
    const all = counted;
    const top = all
      .filter((e) => e.count > 0)
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .slice(0, FACET_HEAD_SIZE);
    const listed = new Set(top.map((e) => e.value));
    const missing = view.facets[facet].filter((v) => !listed.has(v)).map((value) => all.find((e) => e.value === value) ?? { value, label: value, count: 0 });
    const items = [...top, ...missing].map((e) => ({
      value: e.value,
      label: facetLabel(facet, e.label),
      count: e.count,
      chosen: isChosen(view, facet, e.value),
      href: libraryHref(toggleFacet(view, facet, e.value)),
      entityHref: ENTITY_FACETS.has(facet) ? paths.entity.href(e.value) : null,
    }));
    return { facet, title: FACET_TITLES[facet], items, deferred: false };
  }).filter((g) => g.items.length > 0 || g.deferred);
}

/** The chosen values as chips, each with the link that removes it. */
export function chosenChips(groups: readonly FacetGroup[]): { facet: Facet; label: string; href: string }[] {
  return groups.flatMap((g) => g.items.filter((i) => i.chosen).map((i) => ({ facet: g.facet, label: i.label, href: i.href })));
}

/** The sort choices: newest first always, best match only with a query. */
export function sortLinks(view: LibraryView): { sort: LibrarySort; label: string; href: string; current: boolean }[] {
  const sorts: LibrarySort[] = view.q.trim() ? ['relevance', 'date'] : ['date'];
  return sorts.map((sort) => ({ sort, label: sort === 'date' ? 'Newest first' : 'Best match', href: libraryHref(withSort(view, sort)), current: effectiveSort(view) === sort }));
}

/** Pages of `total` results, and the links to the previous and next page (null at either end). */
export function pager(view: LibraryView, total: number): { page: number; pages: number; previous: string | null; next: string | null } {
  const pages = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  return {
    page: view.page,
    pages,
    previous: view.page > 1 ? libraryHref(withPage(view, Math.min(view.page - 1, pages))) : null,
    next: view.page < pages ? libraryHref(withPage(view, view.page + 1)) : null,
  };
}

/** Folds a name for comparing a query with it: case, accents and spacing aside. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();

/** The story's entity ids to highlight for a view: chosen people and countries, and entities the query names exactly. */
export function highlightIds(view: LibraryView, entities: SearchEntities): string[] {
  const chosen = new Set([...view.facets.person, ...view.facets.country]);
  const query = fold(view.q);
  const ids = entities.filter(([key, , forms]) => chosen.has(key) || (query !== '' && forms.some((f) => fold(f) === query))).flatMap(([, ids]) => ids);
  return [...new Set(ids)];
}

/** A result's link: the story, with its highlighted entities. */
export function storyHref(view: LibraryView, id: string, entities: SearchEntities): string {
  const highlight = highlightIds(view, entities);
  return paths.article.href(id, highlight.length ? { highlight } : undefined);
}
