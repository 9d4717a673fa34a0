/** Every link the reader builds, in one place, so deep links cannot drift. */
const base = import.meta.env.BASE_URL.replace(/\/$/u, '');

export const paths = {
  library: { pattern: '/', href: () => '/' },
  article: {
    pattern: '/a/:articleId',
    href: (articleId: string) => `/a/${encodeURIComponent(articleId)}`,
  },
  /** Static data files, relative to the app's base path. */
  data: {
    index: () => `${base}/data/index.json`,
    article: (articleId: string) => `${base}/data/articles/${encodeURIComponent(articleId)}.json`,
  },
} as const;
