/** Every link the reader builds, in one place, so deep links cannot drift. */
const base = import.meta.env.BASE_URL.replace(/\/$/u, '');

/** The parts of an article view that live in the URL's query string (see routes/article-view-state.ts). */
export interface ArticleViewParams {
  highlight?: readonly string[];
  person?: readonly string[];
  country?: readonly string[];
  quote?: string | null;
}

const list = (ids: readonly string[] | undefined) => (ids ?? []).map(encodeURIComponent).join(',');

/** `?highlight=a,b&person=c&country=d&quote=q1`, omitting empty parts; commas stay literal so links stay readable. */
export function viewSearch(view: ArticleViewParams = {}): string {
  const parts: string[] = [];
  for (const key of ['highlight', 'person', 'country'] as const) {
    const value = list(view[key]);
    if (value) parts.push(`${key}=${value}`);
  }
  if (view.quote) parts.push(`quote=${encodeURIComponent(view.quote)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

const sectionPart = (sectionId: string | undefined) => (sectionId ? `#${encodeURIComponent(sectionId)}` : '');

/**
 * The links of one story's view (its views and sections), whichever page shows it: a published article
 * (`/a/<id>`) or a story read on this device (`/read/<local-id>`). ArticleView builds every link through one.
 */
export type StoryHref = (view?: ArticleViewParams, sectionId?: string) => string;

export const paths = {
  /** The library; `search` is a view's query string (routes/library-view-state.ts `librarySearch`). */
  library: { pattern: '/', href: (search = '') => `/${search}` },
  article: {
    pattern: '/a/:articleId',
    /** An article view: the article, its view params, and optionally a section to open at. */
    href: (articleId: string, view?: ArticleViewParams, sectionId?: string) =>
      `/a/${encodeURIComponent(articleId)}${viewSearch(view)}${sectionPart(sectionId)}`,
    /** The link builder of one published article. */
    links: (articleId: string): StoryHref => (view, sectionId) => paths.article.href(articleId, view, sectionId),
  },
  /** "Read your own": the page that reads a pasted text or a file in the browser, and the stories read on this device. */
  read: {
    /** The page itself, and (with a local id) one story read on this device. */
    pattern: '/read/:localId?',
    href: () => '/read',
    /** A story read on this device (kept in its IndexedDB), with its view params and optionally a section. */
    story: (localId: string, view?: ArticleViewParams, sectionId?: string) => `/read/${encodeURIComponent(localId)}${viewSearch(view)}${sectionPart(sectionId)}`,
    /** The link builder of one story read on this device. */
    links: (localId: string): StoryHref => (view, sectionId) => paths.read.story(localId, view, sectionId),
  },
  /** An entity's page: everything about one person, country, place or organisation across the collection. */
  entity: {
    pattern: '/e/:entityKey',
    /** Page n ≥ 2 of an entity with many stories or quotes. */
    pagePattern: '/e/:entityKey/:page',
    href: (entityKey: string, page = 1) => `/e/${encodeURIComponent(entityKey)}${page > 1 ? `/${page}` : ''}`,
  },
  notFound: { pattern: '*' },
  /** A browser pathname as the router sees it: base removed, no trailing slash (`/lede/a/x/` → `/a/x`). */
  routerPath: (pathname: string) => (pathname.startsWith(`${base}/`) || pathname === base ? pathname.slice(base.length) : pathname).replace(/\/+$/u, '') || '/',
  /** A router href as an absolute URL someone else can open (for copying). */
  absolute: (href: string) => new URL(`${base}${href}`, window.location.origin).toString(),
  /** Static data files, relative to the app's base path. */
  data: {
    index: () => `${base}/data/index.json`,
    /** The library's first page and facet heads (src/contract/library.ts). */
    libraryHead: () => `${base}/data/library.json`,
    /** Pagefind's browser API over the search index, loaded on the first search. */
    pagefind: () => `${base}/data/pagefind/pagefind.js`,
    article: (articleId: string) => `${base}/data/articles/${encodeURIComponent(articleId)}.json`,
    /** An entity page's data (src/contract/collection.ts). */
    entity: (entityKey: string, page = 1) => `${base}/data/collection/entities/${encodeURIComponent(entityKey)}${page > 1 ? `/${page}` : ''}.json`,
    /** A story's entity ids → their collection keys, for the sidebar's links. */
    storyEntityKeys: (articleId: string) => `${base}/data/collection/stories/${encodeURIComponent(articleId)}.json`,
  },
} as const;
