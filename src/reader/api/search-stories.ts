/**
 * The library's searches and filtered views, answered by the Pagefind index published with the data
 * (`data/pagefind/`, src/contract/library.ts): the query, the chosen facets and the sort go to Pagefind, and only
 * the shown page's results are loaded. Pagefind is imported at run time from the data folder on the first search
 * (Vite never bundles it), so a page that is not searched never downloads it.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import type { ArticleSummary } from '../../contract/article';
import { validateShape } from '../../contract/article';
import { ANY_OF_FACETS, ENTITY_FACETS, FACETS, LIBRARY_PAGE_SIZE, SearchEntitiesSchema, SearchMetaSchema, SearchShardsSchema, SHARD_FILTER, searchShardFolder, type Facet, type SearchEntities } from '../../contract/library';
import { paths } from '../config/paths';
import { effectiveSort, type LibraryView } from '../routes/library-view-state';
import { DataError, fetchValidated } from './fetch-json';

/** What a Pagefind result's data holds that the library reads. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** Filter values with their counts, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

type PagefindFilter = string[] | { any: string[] } | { all: string[] } | { none: string[] };

/** The part of Pagefind's browser API (pagefind.js) the library uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters?: Record<string, PagefindFilter>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; data: () => Promise<PagefindData> }[]; filters: FilterCounts }>;
}

/** One story of a result page: its index entry, the matched passage and its entities. */
export type StoryHit = ArticleSummary & {
  /** The matched passage with its `<mark>`s, as Pagefind gives it (only for a text query). */
  excerpt: string | null;
  entities: SearchEntities;
};

/**
 * A page of results: how many stories match, this page's stories, and each facet's counts among the matches;
 * `entityCounts` says whether those hold people and countries (see searchStories).
 */
export interface SearchPage {
  total: number;
  hits: StoryHit[];
  counts: FilterCounts;
  entityCounts: boolean;
}

/** Pagefind's API with every shard of the index merged in, and how many shards there are. */
export interface SearchIndex {
  api: PagefindApi;
  shards: number;
}

let loading: Promise<SearchIndex> | null = null;

const EXCERPT_WORDS = 24;

/**
 * Pagefind's API, imported once from the data folder, with the index's other shards merged in (each with its shard
 * filter, src/contract/library.ts); a failed import is retried on the next search. Imported by its full URL: Vite's
 * dev server marks a dynamic import of a path ("/data/…") as a module to transform, and refuses one from the
 * public folder; a full URL is fetched as the static file it is, in dev as in the build.
 */
export function loadPagefind(): Promise<SearchIndex> {
  const url = new URL(paths.data.pagefind(), window.location.href);
  loading ??= (async () => {
    const [api, { shards }] = await Promise.all([
      import(/* @vite-ignore */ url.href) as Promise<PagefindApi>,
      fetchValidated(new URL('shards.json', url).href, 'The search index’s shard list', (json) => validateShape(SearchShardsSchema, json)),
    ]);
    const shardOptions = (k: number) => ({ excerptLength: EXCERPT_WORDS, ...(shards > 1 ? { mergeFilter: { [SHARD_FILTER]: String(k) } } : {}) });
    await api.options(shardOptions(0));
    const folder = new URL('.', url).pathname;
    await Promise.all(Array.from({ length: shards - 1 }, (_, i) => api.mergeIndex(`${folder}${searchShardFolder(i + 1)}`, shardOptions(i + 1))));
    return { api, shards };
  })().catch((error: unknown) => {
    loading = null;
    throw new DataError(`The search index could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  });
  return loading;
}

/**
 * The Pagefind filters for a view. Entity facets are indexed as `<key>:<name>`: a key is matched to its value
 * among the index's filters; a key the index lacks stays as given, so it matches no story rather than all of them.
 * Every other facet not chosen is asked for with an empty `none` (it excludes nothing): Pagefind then loads that
 * filter's chunk and counts it with the results. These chunks are small (one value per story); the people and
 * countries chunks are most of the index's filters, so they load only when a view chooses one or asks for them.
 */
export function pagefindFilters(view: LibraryView, available: FilterCounts): Record<string, PagefindFilter> {
  const filters: Record<string, PagefindFilter> = {};
  for (const facet of FACETS) {
    let values = view.facets[facet];
    if (values.length === 0) {
      if (!ENTITY_FACETS.has(facet)) filters[facet] = { none: [] };
      continue;
    }
    if (ENTITY_FACETS.has(facet)) {
      const known = Object.keys(available[facet] ?? {});
      values = values.map((key) => known.find((value) => value.startsWith(`${key}:`)) ?? key);
    }
    filters[facet] = ANY_OF_FACETS.has(facet as Facet) ? { any: values } : { all: values };
  }
  return filters;
}

/** A result's data as a story hit; data that breaks the contract fails the search, naming the story. */
function toHit(data: PagefindData, withExcerpt: boolean): StoryHit {
  const meta = v.safeParse(SearchMetaSchema, data.meta);
  const entities = meta.success ? v.safeParse(SearchEntitiesSchema, safeJson(meta.output.entities)) : null;
  if (!meta.success || !entities?.success) throw new DataError(`The search index entry for ${data.url} does not match the library contract`);
  const m = meta.output;
  return {
    id: m.id,
    headline: m.title,
    date: m.date ?? null,
    source: m.source ?? null,
    sections: Number(m.sections),
    people: Number(m.people),
    quotes: Number(m.quotes),
    excerpt: withExcerpt ? data.excerpt : null,
    entities: entities.output,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The Pagefind search options of a view; newest first is ascending by the `date` key (see dateSortKey). */
function searchOptions(view: LibraryView, available: FilterCounts) {
  return { filters: pagefindFilters(view, available), ...(effectiveSort(view) === 'date' ? { sort: { date: 'asc' as const } } : {}) };
}

/** Whether a view names an entity facet, whose URL keys are matched to the index's values (which loads every filter). */
const needsAllFilters = (view: LibraryView) => [...ENTITY_FACETS].some((f) => view.facets[f].length > 0);

/** The APIs that have loaded every filter: Pagefind counts every filter it holds, so their searches count people and countries too. */
const holdingAllFilters = new WeakSet<PagefindApi>();

/** Loads every filter (people and countries are most of their bytes) and says so for later searches. */
async function loadAllFilters(api: PagefindApi): Promise<FilterCounts> {
  const available = await api.filters();
  holdingAllFilters.add(api);
  return available;
}

type SearchOptions = ReturnType<typeof searchOptions>;
type Result = Awaited<ReturnType<PagefindApi['search']>>['results'][number];

/**
 * A page of a newest-first view over several shards. Pagefind merges shards by score, and a sorted search scores a
 * result by its place in its own shard, so the merged order interleaves them; but the shards are consecutive runs of
 * the library's order, so the page is read shard by shard (each alone, through its shard filter) until it is full.
 */
async function sortedPage(api: PagefindApi, term: string | null, options: SearchOptions, shards: number, start: number): Promise<Result[]> {
  const page: Result[] = [];
  let skip = start;
  for (let shard = 0; shard < shards && page.length < LIBRARY_PAGE_SIZE; shard++) {
    const { results } = await api.search(term, { ...options, filters: { ...options.filters, [SHARD_FILTER]: [String(shard)] } });
    page.push(...results.slice(skip, skip + LIBRARY_PAGE_SIZE - page.length));
    skip = Math.max(0, skip - results.length);
  }
  return page;
}

/**
 * Runs a view's search and loads its page of results, with the counts of every filter Pagefind holds: always the
 * small facets (sources, topics, years, months); people and countries once all filters are loaded (a view that
 * chooses one, or after searchFacets), so a first search never downloads them.
 */
export async function searchStories(view: LibraryView, { api, shards }: SearchIndex): Promise<SearchPage> {
  const term = view.q.trim() || null;
  const options = searchOptions(view, needsAllFilters(view) ? await loadAllFilters(api) : {});
  const response = await api.search(term, options);
  const start = (view.page - 1) * LIBRARY_PAGE_SIZE;
  const shown = shards > 1 && 'sort' in options ? await sortedPage(api, term, options, shards, start) : response.results.slice(start, start + LIBRARY_PAGE_SIZE);
  const hits = (await Promise.all(shown.map((r) => r.data()))).map((data) => toHit(data, term !== null));
  return { total: response.results.length, hits, counts: response.filters, entityCounts: holdingAllFilters.has(api) };
}

/** Every facet's counts among a view's matches, people and countries too: loads all filters, then asks again (the index chunks are cached). */
export async function searchFacets(view: LibraryView, { api }: SearchIndex): Promise<FilterCounts> {
  const available = await loadAllFilters(api);
  return (await api.search(view.q.trim() || null, searchOptions(view, available))).filters;
}

/** Where searches get Pagefind from: the data folder's pagefind.js (component tests put a fake here). */
export const pagefindSource = { load: loadPagefind };

export const searchQueryOptions = (view: LibraryView) =>
  queryOptions({
    queryKey: ['library-search', view],
    queryFn: async () => searchStories(view, await pagefindSource.load()),
    staleTime: Infinity,
    // While the next view loads, the last one stays on screen instead of a skeleton at every keystroke.
    placeholderData: keepPreviousData,
  });

/** The facet counts of a view (not its page: every page of a view has the same counts). */
export const facetCountsQueryOptions = (view: LibraryView) =>
  queryOptions({
    queryKey: ['library-facets', { ...view, page: 1 }],
    queryFn: async () => searchFacets(view, await pagefindSource.load()),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

export const useFacetCounts = (view: LibraryView, enabled: boolean) => useQuery({ ...facetCountsQueryOptions(view), enabled });

export const useSearchStories = (view: LibraryView, enabled: boolean) => useQuery({ ...searchQueryOptions(view), enabled });
