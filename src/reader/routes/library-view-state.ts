/**
 * The library's URL state, in one typed place: `/?q=…&person=…&country=…&source=…&topic=…&year=…&month=…&sort=…&page=…`.
 * Parsing never throws: a value of the wrong shape, a repeated value or an unknown parameter is left out and named
 * in `ignored`. Serialising gives the one canonical query string of a view (defaults omitted), so a view round-trips.
 */
import { ENTITY_KEY_PATTERN } from '../../contract/collection';
import { FACETS, type Facet } from '../../contract/library';

/** Newest first, or best match first (only meaningful with a query). */
export type LibrarySort = 'date' | 'relevance';

/** Everything the library shows, as the URL holds it. Facet values: entity keys for person and country. */
export interface LibraryView {
  q: string;
  facets: Record<Facet, string[]>;
  /** As chosen; null lets the query decide (relevance with one, date without). */
  sort: LibrarySort | null;
  /** From 1. */
  page: number;
}

/** Longest query and facet value kept from a URL: far above any real one, so a crafted URL stays cheap. */
const MAX_TEXT = 200;
/** Highest page number read from a URL (a 10,000-story collection has 500 pages of 20). */
const MAX_PAGE = 100_000;
/** Values kept per facet. */
const MAX_VALUES = 20;

const VALID: Record<Facet, (value: string) => boolean> = {
  person: (v) => ENTITY_KEY_PATTERN.test(v),
  country: (v) => ENTITY_KEY_PATTERN.test(v),
  source: (v) => v.trim().length > 0 && v.length <= MAX_TEXT,
  topic: (v) => v.trim().length > 0 && v.length <= MAX_TEXT,
  year: (v) => /^\d{4}$/u.test(v),
  month: (v) => /^\d{4}-(0[1-9]|1[0-2])$/u.test(v),
};

const emptyFacets = (): Record<Facet, string[]> => ({ person: [], country: [], source: [], topic: [], year: [], month: [] });

/** The library's first page, newest first, nothing chosen: what the prerendered `/` shows. */
export const DEFAULT_LIBRARY_VIEW: LibraryView = Object.freeze({ q: '', facets: emptyFacets(), sort: null, page: 1 });

const isFacet = (name: string): name is Facet => (FACETS as readonly string[]).includes(name);

/** Reads a library URL's query string. */
export function parseLibraryView(search: string | URLSearchParams): { view: LibraryView; ignored: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view: LibraryView = { q: '', facets: emptyFacets(), sort: null, page: 1 };
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (isFacet(name)) {
      const list = view.facets[name];
      if (VALID[name](value) && !list.includes(value) && list.length < MAX_VALUES) list.push(value);
      else ignored.push(`${name}=${value}`);
    } else if (seen.has(name)) ignored.push(`${name}=${value}`);
    else if (name === 'q' && value.length <= MAX_TEXT) view.q = value;
    else if (name === 'sort' && (value === 'date' || value === 'relevance')) view.sort = value;
    else if (name === 'page' && /^[1-9][0-9]*$/u.test(value) && Number(value) <= MAX_PAGE) view.page = Number(value);
    else ignored.push(value ? `${name}=${value}` : name);
    seen.add(name);
  }
  return { view, ignored };
}

/** A view's query string (`?…`, or '' for the default view): q, the facets in FACETS order, sort, page. */
export function librarySearch(view: LibraryView): string {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q);
  for (const facet of FACETS) for (const value of view.facets[facet]) params.append(facet, value);
  if (view.sort) params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The sort in effect: the chosen one, else relevance for a query and date without one. */
export const effectiveSort = (view: LibraryView): LibrarySort => view.sort ?? (view.q.trim() ? 'relevance' : 'date');

/** Whether the view is the default one (answered from the library head, without the search index). */
export const isDefaultView = (view: LibraryView): boolean => !view.q.trim() && FACETS.every((f) => view.facets[f].length === 0) && effectiveSort(view) === 'date' && view.page === 1;

/** Whether a value of a facet is chosen. */
export const isChosen = (view: LibraryView, facet: Facet, value: string): boolean => view.facets[facet].includes(value);

/** The view with one facet value added or removed, back on page 1. */
export function toggleFacet(view: LibraryView, facet: Facet, value: string): LibraryView {
  const list = view.facets[facet];
  return { ...view, facets: { ...view.facets, [facet]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] }, page: 1 };
}

/** The view with another query (back on page 1). */
export const withQuery = (view: LibraryView, q: string): LibraryView => ({ ...view, q, page: 1 });

/** The view sorted another way (back on page 1). */
export const withSort = (view: LibraryView, sort: LibrarySort): LibraryView => ({ ...view, sort, page: 1 });

/** The view on another page. */
export const withPage = (view: LibraryView, page: number): LibraryView => ({ ...view, page });
