/**
 * Entity pages: the pure view model (links to each story with the entity highlighted, to each quote at its place,
 * to related entities' pages; labels and the timeline's scale), the /e/<key> route as a user sees it, and the
 * story sidebar's link to an entity's page beside the highlight toggle it keeps.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/contract/article';
import type { EntityPage, StoryEntityKeys } from '../../src/contract/collection';
import { buildEntityView, formatMonth } from '../../src/reader/routes/entity-view-model';
import { ARTICLE_ID, fixtureArticle, fixtureIndex, renderApp, serveData } from './test-utils';

function lavrovPage(): EntityPage {
  return {
    schemaVersion: SCHEMA_VERSION,
    key: 'sergei-lavrov',
    type: 'person',
    name: 'Sergei Lavrov',
    description: 'Russian Foreign Minister',
    forms: ['Sergei Lavrov', 'Lavrov', 'Sergey Lavrov'],
    page: 1,
    pages: 1,
    storyCount: 2,
    quoteCount: 2,
    mentionCount: 9,
    timeline: [
      { month: '2019-06', stories: 1 },
      { month: '2019-08', stories: 1 },
    ],
    undated: 0,
    stories: [
      { id: 'later-talks', headline: 'Later talks', date: '2019-08-02', source: 'Sputnik', entities: ['sergey-lavrov', 'lavrov'], mentions: 2 },
      { id: ARTICLE_ID, headline: fixtureArticle().headline, date: '2019-06-06', source: null, entities: ['sergei-lavrov'], mentions: 7 },
    ],
    quotes: [
      { story: 'later-talks', quote: 'q3', section: 'the-end', text: '"Not now."' },
      { story: ARTICLE_ID, quote: 'q1', section: 'talks', text: '"We will see."' },
    ],
    people: [{ key: 'vladimir-putin', name: 'Vladimir Putin', stories: 2 }],
    countries: [{ key: 'country-russia', name: 'Russia', stories: 1 }],
  };
}

describe('entity view model', () => {
  const view = buildEntityView(lavrovPage());

  it('links each story with every id the entity has in it highlighted', () => {
    expect(view.stories.map((s) => s.href)).toEqual(['/a/later-talks?highlight=sergey-lavrov,lavrov', `/a/${ARTICLE_ID}?highlight=sergei-lavrov`]);
    expect(view.stories.map((s) => [s.dateLabel, s.mentionsLabel])).toEqual([
      ['2 August 2019', '2 mentions'],
      ['6 June 2019', '7 mentions'],
    ]);
  });

  it('links each quote to its exact place in its story, and names the story', () => {
    expect(view.quotes.map((q) => [q.href, q.storyHeadline])).toEqual([
      ['/a/later-talks?quote=q3#the-end', 'Later talks'],
      [`/a/${ARTICLE_ID}?quote=q1#talks`, fixtureArticle().headline],
    ]);
  });

  it('says the counts, the other forms, months by name on one scale, and links related entities to their pages', () => {
    expect(view.summary).toBe('9 mentions in 2 stories, 2 quotes');
    expect(view.otherForms).toEqual(['Lavrov', 'Sergey Lavrov']);
    expect(view.timeline.map((m) => [m.label, m.stories, m.max])).toEqual([
      ['June 2019', 1, 1],
      ['August 2019', 1, 1],
    ]);
    expect(formatMonth('2020-01')).toBe('January 2020');
    expect(view.people).toEqual([{ key: 'vladimir-putin', name: 'Vladimir Putin', href: '/e/vladimir-putin', storiesLabel: '2 stories' }]);
    expect(view.countries[0]!.href).toBe('/e/country-russia');
  });
});

describe('entity view model, page 2 of 3', () => {
  const page: EntityPage = { ...lavrovPage(), page: 2, pages: 3, storyCount: 250, quoteCount: 102 };
  const view = buildEntityView(page);

  it('says which stories and quotes the page shows, and links the pages before and after', () => {
    expect(view.storiesTitle).toBe('Stories 101–102 of 250');
    expect(view.quotesTitle).toBe('Quotes 101–102 of 102');
    expect(view.pagination).toEqual({ page: 2, pages: 3, label: 'Page 2 of 3', previous: '/e/sergei-lavrov', next: '/e/sergei-lavrov/3' });
  });
});

describe('/e/<key>', () => {
  it('shows the name as the only h1, every story and every quote as links', async () => {
    serveData({ '/data/collection/entities/sergei-lavrov.json': lavrovPage() });
    renderApp('/e/sergei-lavrov');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sergei Lavrov' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const stories = screen.getByRole('heading', { name: 'Stories (2)' }).closest('section')!;
    expect(within(stories).getByRole('link', { name: 'Later talks' })).toHaveAttribute('href', '/a/later-talks?highlight=sergey-lavrov,lavrov');
    const quotes = screen.getByRole('heading', { name: 'Quotes (2)' }).closest('section')!;
    expect(within(quotes).getByRole('link', { name: '"Not now."' })).toHaveAttribute('href', '/a/later-talks?quote=q3#the-end');
    expect(screen.getByRole('link', { name: 'Vladimir Putin' })).toHaveAttribute('href', '/e/vladimir-putin');
  });

  it('says when no entity has the key, with a way back', async () => {
    serveData({});
    renderApp('/e/nobody');
    expect(await screen.findByRole('heading', { level: 1, name: /No page for/u })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the library' })).toHaveAttribute('href', '/');
  });

  it('refuses a file that holds another entity', async () => {
    serveData({ '/data/collection/entities/someone-else.json': lavrovPage() });
    renderApp('/e/someone-else');
    expect(await screen.findByRole('alert')).toHaveTextContent('the data is entity "sergei-lavrov", not the requested "someone-else"');
  });
});

/** A page link's name: the entity's name (a bidi isolate) and "in all stories". */
const named = (name: string) => new RegExp(`^\u2068?${name}\u2069? in all stories$`, 'u');

describe("the story sidebar's entity page links", () => {
  const keys: StoryEntityKeys = { schemaVersion: SCHEMA_VERSION, story: ARTICLE_ID, keys: { 'sergei-lavrov': 'sergei-lavrov', russia: 'country-russia' } };

  it('gives each entity with a page its own labelled link, and the highlight toggle still highlights', async () => {
    const article = fixtureArticle();
    serveData({ '/data/index.json': fixtureIndex(article), [`/data/articles/${ARTICLE_ID}.json`]: article, [`/data/collection/stories/${ARTICLE_ID}.json`]: keys });
    const { user, router } = renderApp(`/a/${ARTICLE_ID}`);
    await screen.findByRole('heading', { level: 1, name: article.headline });
    const link = await screen.findByRole('link', { name: named('Sergei Lavrov') });
    expect(link).toHaveAttribute('href', '/e/sergei-lavrov');
    expect(screen.getByRole('link', { name: named('Russia') })).toHaveAttribute('href', '/e/country-russia');
    expect(screen.queryByRole('link', { name: named('Vladimir Putin') })).toBeNull();
    const toggle = screen.getByRole('button', { name: /^\u2068?Sergei Lavrov\u2069? \d+ mentions$/u });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?highlight=sergei-lavrov');
  });

  it('shows no page links when the data set has no collection', async () => {
    const article = fixtureArticle();
    serveData({ '/data/index.json': fixtureIndex(article), [`/data/articles/${ARTICLE_ID}.json`]: article });
    renderApp(`/a/${ARTICLE_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: article.headline })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /in all stories$/u })).toBeNull();
  });
});
