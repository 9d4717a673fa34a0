/**
 * `/`: the library. Reads the view from the URL (library-view-state.ts) and shows either the library head (the
 * default view: the newest page and the facet heads, prerendered) or a page of the search index's answer (a query,
 * facets, another sort or page); everything it shows is derived in library-view-model.ts.
 */
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { Facet, FacetEntry } from '../../contract/library';
import { ENTITY_FACETS, FACETS } from '../../contract/library';
import { useLibraryHead } from '../api/get-library-head';
import { useFacetCounts, useSearchStories } from '../api/search-stories';
import { LoadFailedNotice } from '../components/notice';
import { MAIN_ID, PageFrame } from '../components/page-frame';
import { SkeletonLines } from '../components/skeleton';
import { paths } from '../config/paths';
import { FacetPanel } from '../features/library/facet-panel';
import { SearchForm } from '../features/library/search-form';
import { StoryResults, type ListedStory } from '../features/library/story-results';
import { useHydrated } from '../hooks/use-hydrated';
import { isolate } from '../lib/bidi';
import { plural } from '../lib/format';
import { DEFAULT_LIBRARY_VIEW, isDefaultView, librarySearch, parseLibraryView, withQuery, type LibraryView } from './library-view-state';
import { chosenChips, countsToEntries, facetGroups, pager, sortLinks, storyHref } from './library-view-model';

/** What one view lists, from whichever source answered it. */
interface Listing {
  total: number;
  stories: ListedStory[];
  /** Null: not counted yet (people and countries, until asked for). */
  facets: Record<Facet, readonly FacetEntry[] | null>;
}

/** The default view, from the library head. */
function useHeadListing(enabled: boolean) {
  const head = useLibraryHead(enabled);
  const listing = useMemo<Listing | undefined>(
    () => head.data && { total: head.data.total, stories: head.data.stories.map((s) => ({ ...s, href: paths.article.href(s.id), excerpt: null })), facets: head.data.facets },
    [head.data],
  );
  return { query: head, listing };
}

/**
 * Any other view, from the search index: the results with the small facets' counts first; people and countries are
 * counted with them when the view chooses one (Pagefind then holds every filter), else once `countEntities` is set
 * (the reader opened those lists), so a first search never downloads their filters.
 */
function useSearchListing(view: LibraryView, enabled: boolean, countEntities: boolean) {
  const search = useSearchStories(view, enabled);
  const counted = search.data?.entityCounts ?? false;
  const facetCounts = useFacetCounts(view, enabled && search.isSuccess && countEntities && !counted);
  const listing = useMemo<Listing | undefined>(() => {
    if (!search.data) return undefined;
    // Once the search itself counts people, a facet count kept from an earlier view would be stale.
    const extra = search.data.entityCounts ? undefined : facetCounts.data;
    const counts = extra ?? search.data.counts;
    const entities = search.data.entityCounts || extra !== undefined;
    const facets = Object.fromEntries(FACETS.map((f) => [f, ENTITY_FACETS.has(f) && !entities ? null : countsToEntries(f, counts[f])])) as Listing['facets'];
    return { total: search.data.total, stories: search.data.hits.map((h) => ({ ...h, href: storyHref(view, h.id, h.entities) })), facets };
  }, [search.data, facetCounts.data, view]);
  return { query: search, listing };
}

export function LibraryRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // A static host serves the same prerendered `/` for every query: hydrate the default view, then apply the URL.
  const hydrated = useHydrated();
  const parsed = useMemo(() => parseLibraryView(params), [params]);
  const view = hydrated ? parsed.view : DEFAULT_LIBRARY_VIEW;
  const fromHead = isDefaultView(view);
  const [countEntities, setCountEntities] = useState(false);
  const head = useHeadListing(fromHead);
  const search = useSearchListing(view, !fromHead, countEntities);
  const { query, listing } = fromHead ? head : search;
  const onCountEntities = useCallback(() => setCountEntities(true), []);
  const onQuery = useCallback((q: string) => void navigate(paths.library.href(librarySearch(withQuery(view, q))), { replace: true }), [navigate, view]);

  const groups = listing ? facetGroups(view, listing.facets) : [];
  const chips = chosenChips(groups);
  const pages = listing ? pager(view, listing.total) : null;
  const status = listing ? (fromHead ? plural(listing.total, 'story', 'stories') : `${plural(listing.total, 'story', 'stories')} found${view.q.trim() ? ` for “${isolate(view.q.trim())}”` : ''}`) : '';
  return (
    <PageFrame>
      <main id={MAIN_ID} tabIndex={-1} className="library">
        <title>{view.q.trim() ? `${isolate(view.q.trim())} · Library · Lede` : 'Library · Lede'}</title>
        <h1>Library</h1>
        <SearchForm view={view} onQuery={onQuery} />
        {hydrated && parsed.ignored.length ? <p className="library-note">Ignored in this link: {parsed.ignored.map((p) => isolate(p)).join(', ')}</p> : null}
        <div className="library-layout">
          <div className="library-results" aria-busy={query.isFetching ? 'true' : undefined}>
            <p className="library-status" role="status" aria-live="polite" aria-atomic="true">
              {status}
            </p>
            {chips.length ? (
              <ul className="chips" aria-label="Chosen filters">
                {chips.map((c) => (
                  <li key={`${c.facet}:${c.label}`}>
                    <Link to={c.href} className="chip" aria-label={`Remove filter ${isolate(c.label)}`}>
                      {c.label} <span aria-hidden="true">✕</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
            {listing && view.q.trim() ? (
              <p className="library-sort">
                Sort:{' '}
                {sortLinks(view).map((s) => (
                  <Link key={s.sort} to={s.href} aria-current={s.current ? 'true' : undefined} className="sort-link">
                    {s.label}
                  </Link>
                ))}
              </p>
            ) : null}
            {query.isError ? (
              <LoadFailedNotice title="The library could not be loaded" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
            ) : !listing ? (
              <div aria-busy="true">
                <p className="visually-hidden">Loading stories…</p>
                <SkeletonLines lines={3} />
                <SkeletonLines lines={3} />
              </div>
            ) : listing.total === 0 ? (
              <p>{fromHead ? 'No articles yet. Put a story in seeds/ and run the ingest.' : 'No stories match. Try other words or fewer filters.'}</p>
            ) : listing.stories.length === 0 ? (
              <p>
                No stories on page {view.page}. <Link to={paths.library.href(librarySearch({ ...view, page: 1 }))}>Go to the first page</Link>
              </p>
            ) : (
              <StoryResults stories={listing.stories} />
            )}
            {pages && pages.pages > 1 ? (
              <nav className="pager" aria-label="Pages">
                {pages.previous ? <Link to={pages.previous} rel="prev">Previous page</Link> : null}
                <span>
                  Page {pages.page} of {pages.pages}
                </span>
                {pages.next ? <Link to={pages.next} rel="next">Next page</Link> : null}
              </nav>
            ) : null}
          </div>
          {groups.length ? <FacetPanel groups={groups} onCount={onCountEntities} /> : null}
        </div>
      </main>
    </PageFrame>
  );
}
