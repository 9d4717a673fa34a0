/**
 * The library's search and facets with a fake Pagefind in place of the published index: results follow the typed
 * query into the URL, matched words are marked and excerpts render as text only, facets narrow and link with
 * highlights, the URL alone reproduces a view, and the count is announced in a live region.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityFacetValue } from '../../src/contract/library';
import { loadPagefind, pagefindSource, type FilterCounts, type PagefindApi } from '../../src/reader/api/search-stories';
import { fixtureLibraryHead, renderApp, serveData } from './test-utils';

interface FakeStory {
  id: string;
  headline: string;
  date: string;
  text: string;
  person: { key: string; name: string; ids: string[] }[];
  source: string;
}

const STORIES: FakeStory[] = [
  { id: 'talks', headline: 'Talks in Oslo', date: '2019-06-06', text: 'Sergei Lavrov welcomed the talks <b>today</b>', person: [{ key: 'sergei-lavrov', name: 'Sergei Lavrov', ids: ['sergei-lavrov'] }], source: 'Sputnik' },
  { id: 'budget', headline: 'Council budget', date: '2020-01-02', text: 'The council approved the budget', person: [{ key: 'jane-doe', name: 'Jane Doe', ids: ['jane-doe'] }], source: 'AP' },
  { id: 'visit', headline: 'Lavrov visits Caracas', date: '2020-03-04', text: 'Lavrov and Jane Doe met in Caracas', person: [{ key: 'sergei-lavrov', name: 'Sergei Lavrov', ids: ['lavrov'] }, { key: 'jane-doe', name: 'Jane Doe', ids: ['jane-doe-2'] }], source: 'AP' },
];

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * A tiny Pagefind: every word must match; filters as Pagefind reads them; an excerpt with <mark> around matches.
 * With `shardSize`, the stories (newest first) are shards of that many, merged as Pagefind merges them: a sorted
 * search scores each result by its place in its own shard, so the merged order interleaves the shards; the shard
 * filter asks one shard alone.
 */
function fakePagefind(shardSize = Infinity): PagefindApi & { searches: (string | null)[]; readonly loadedAll: boolean } {
  const newest = [...STORIES].sort((a, b) => b.date.localeCompare(a.date));
  const place = (s: FakeStory) => newest.indexOf(s) % shardSize;
  const shardOf = (s: FakeStory) => String(Math.floor(newest.indexOf(s) / shardSize));
  const values = (s: FakeStory): Record<string, string[]> => ({ person: s.person.map((p) => entityFacetValue(p.key, p.name)), source: [s.source], year: [s.date.slice(0, 4)], month: [s.date.slice(0, 7)], country: [] });
  const count = (stories: FakeStory[]): FilterCounts => {
    const out: FilterCounts = {};
    for (const s of stories) for (const [f, vs] of Object.entries(values(s))) for (const v of vs) (out[f] ??= {})[v] = (out[f]![v] ?? 0) + 1;
    return out;
  };
  const searches: (string | null)[] = [];
  // Like Pagefind, counts only the filters it has loaded: those a search names, or all after filters().
  let loadedAll = false;
  const loaded = (counts: FilterCounts, named: string[]) => (loadedAll ? counts : Object.fromEntries(Object.entries(counts).filter(([f]) => named.includes(f))));
  return {
    searches,
    get loadedAll() {
      return loadedAll;
    },
    options: async () => {},
    mergeIndex: async () => {},
    filters: async () => {
      loadedAll = true;
      return count(STORIES);
    },
    search: async (term, { filters = {}, sort }) => {
      searches.push(term);
      const words = (term ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
      let found = STORIES.filter((s) => words.every((w) => `${s.headline} ${s.text}`.toLowerCase().includes(w)));
      found = found.filter((s) => Object.entries(filters).every(([f, want]) => {
        const have = f === 'shard' ? [shardOf(s)] : (values(s)[f] ?? []);
        if (Array.isArray(want)) return want.every((v) => have.includes(v));
        if ('none' in want) return !want.none.some((v) => have.includes(v));
        return 'any' in want ? want.any.some((v) => have.includes(v)) : want.all.every((v) => have.includes(v));
      }));
      if (sort) found = [...found].sort((a, b) => place(a) - place(b) || shardOf(a).localeCompare(shardOf(b)));
      return {
        filters: loaded(count(found), Object.keys(filters)),
        results: found.map((s) => ({
          id: s.id,
          data: async () => ({
            url: `/a/${s.id}`,
            excerpt: words.reduce((text, w) => text.replace(new RegExp(`(${w})`, 'giu'), '<mark>$1</mark>'), escape(s.text)),
            meta: { id: s.id, title: s.headline, date: s.date, source: s.source, sections: '1', people: String(s.person.length), quotes: '0', entities: JSON.stringify(s.person.map((p) => [p.key, p.ids, [p.name, p.name.split(' ').at(-1)]])) },
          }),
        })),
      };
    },
  };
}

let fake: ReturnType<typeof fakePagefind>;
beforeEach(() => {
  fake = fakePagefind();
  pagefindSource.load = async () => ({ api: fake, shards: 1 });
  serveData({ '/data/library.json': fixtureLibraryHead() });
});
afterEach(() => {
  pagefindSource.load = loadPagefind;
});

const cards = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('article-card'));

describe('library search', () => {
  it('searches as you type, puts the query in the URL, and marks the matched words', async () => {
    const { user, router } = renderApp('/');
    await user.type(await screen.findByRole('searchbox', { name: 'Search stories' }), 'lavrov');
    await waitFor(() => expect(router.state.location.search).toBe('?q=lavrov'));
    // The count is said in a polite live region.
    expect((await screen.findByText('2 stories found for', { exact: false })).closest('[aria-live="polite"]')).not.toBeNull();
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual(['Talks in Oslo', 'Lavrov visits Caracas']);
    expect(cards()[0]!.querySelector('mark')?.textContent).toBe('Lavrov');
    // Debounced: the index was asked for the whole word only, never per letter, and once: the small facets are
    // counted with the results, people and countries only when asked for.
    await waitFor(() => expect(fake.searches).toEqual(['lavrov']));
  });

  it('renders an excerpt as text: markup in the story stays visible characters', async () => {
    renderApp('/?q=welcomed');
    const card = (await screen.findAllByRole('heading', { name: 'Talks in Oslo' }))[0]!.closest('li')!;
    expect(card.querySelector('b')).toBeNull();
    expect(card.textContent).toContain('<b>today</b>');
  });

  it('links a result to its story with the entity highlighted when the query is one of its names', async () => {
    renderApp('/?q=lavrov');
    expect(await screen.findByRole('link', { name: 'Lavrov visits Caracas' })).toHaveAttribute('href', '/a/visit?highlight=lavrov');
    expect(screen.getByRole('link', { name: 'Talks in Oslo' })).toHaveAttribute('href', '/a/talks?highlight=sergei-lavrov');
  });

  it('a person facet narrows the list, shows a chip, and the results highlight that person', async () => {
    const { user, router } = renderApp('/?q=a');
    await screen.findByText('3 stories found for', { exact: false });
    const facets = screen.getByRole('navigation', { name: 'Filter stories' });
    await user.click(within(facets).getByRole('button', { name: 'Show people' }));
    await user.click(await within(facets).findByRole('link', { name: /^Jane Doe \d+ stor/u }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=a&person=jane-doe'));
    expect(await screen.findByText('2 stories found for', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Council budget' })).toHaveAttribute('href', '/a/budget?highlight=jane-doe');
    expect(screen.getByRole('link', { name: 'Remove filter Jane Doe' })).toHaveAttribute('href', '/?q=a');
    expect(within(facets).getByRole('link', { name: /^Jane Doe \d+ stor/u })).toHaveAttribute('aria-current', 'true');
  });

  it('a search counts people and countries only once their lists are asked for, the other facets at once', async () => {
    const { user } = renderApp('/?q=lavrov');
    await screen.findByText('2 stories found for', { exact: false });
    const facets = screen.getByRole('navigation', { name: 'Filter stories' });
    expect(within(facets).getByRole('link', { name: /^AP 1 story/u })).toBeInTheDocument();
    expect(within(facets).queryByRole('link', { name: /^Sergei Lavrov/u })).toBeNull();
    expect(fake.loadedAll).toBe(false);
    await user.click(within(facets).getByRole('button', { name: 'Show people' }));
    expect(await within(facets).findByRole('link', { name: 'Sergei Lavrov 2 stories' })).toBeInTheDocument();
    expect(within(facets).queryByRole('button', { name: 'Show countries' })).toBeNull();
    expect(fake.loadedAll).toBe(true);
  });

  it('a view that chooses a person counts people at once, with no second search', async () => {
    renderApp('/?person=jane-doe');
    await screen.findByText('2 stories found');
    const facets = screen.getByRole('navigation', { name: 'Filter stories' });
    expect(within(facets).getByRole('link', { name: 'Sergei Lavrov 1 story' })).toBeInTheDocument();
    expect(within(facets).queryByRole('button', { name: /^Show/u })).toBeNull();
    expect(fake.searches).toEqual([null]);
  });

  it('several facets at once: a person and a source, each narrowing', async () => {
    renderApp('/?person=sergei-lavrov&source=AP');
    expect(await screen.findByText('1 story found')).toBeInTheDocument();
    expect(cards().map((c) => c.getAttribute('data-article-id'))).toEqual(['visit']);
  });

  it('the URL alone reproduces a view: a fresh render of the same URL lists the same stories', async () => {
    const first = renderApp('/?person=jane-doe&sort=date');
    await screen.findByText('2 stories found');
    const ids = cards().map((c) => c.getAttribute('data-article-id'));
    first.unmount();
    renderApp('/?person=jane-doe&sort=date');
    await screen.findByText('2 stories found');
    expect(cards().map((c) => c.getAttribute('data-article-id'))).toEqual(ids);
    expect(ids).toEqual(['visit', 'budget']);
  });

  it('a newest-first view over several shards lists the stories in the library’s order, not Pagefind’s merged one', async () => {
    fake = fakePagefind(2);
    pagefindSource.load = async () => ({ api: fake, shards: 2 });
    renderApp('/?q=a&sort=date');
    await screen.findByText('3 stories found for', { exact: false });
    expect(cards().map((c) => c.getAttribute('data-article-id'))).toEqual(['visit', 'budget', 'talks']);
  });

  it('says when nothing matches, and names what the link held that it ignored', async () => {
    renderApp('/?q=nothing-like-this&utm_source=x');
    expect(await screen.findByText('No stories match. Try other words or fewer filters.')).toBeInTheDocument();
    expect(screen.getByText(/Ignored in this link: .*utm_source=x/u)).toBeInTheDocument();
  });

  it('the default view comes from the library head, without loading the search index', async () => {
    renderApp('/');
    expect(await screen.findByText('1 story')).toBeInTheDocument();
    expect(fake.searches).toEqual([]);
  });
});
