/**
 * The prerender's entry (built by `vite build --ssr`, run by src/cli/prerender.ts): renders a route of the reader
 * to HTML in a <StaticRouter>, with its data already in the QueryClient, and fills the built index.html with it.
 * Pure: template and data in, HTML out; the CLI does the file system.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import type { Article } from '../contract/article';
import type { EntityPage, StoryEntityKeys } from '../contract/collection';
import { APP_IDS } from '../contract/dom-ids';
import type { LibraryHead } from '../contract/library';
import { PRELOADED_ID, seedQueryClient, serializePreloaded, type Preloaded } from './api/preloaded';
import { AppRoutes, createQueryClient } from './app';
import { paths } from './config/paths';
import { isolate } from './lib/bidi';
import { clip } from './lib/format';
import { preloadRoutes } from './routes/routes';

// Every page's code is its own chunk (routes.tsx); the prerender renders synchronously, so all are loaded first.
await preloadRoutes();

/** The base path the app was built for (LEDE_BASE), so the CLI writes files where the links point. */
export const base = import.meta.env.BASE_URL;

const ROOT = `<div id="${APP_IDS.root}"></div>`;
const DESCRIPTION_LENGTH = 160;

const escapeAttribute = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The route at `preloaded.path` as HTML, rendered from the preloaded data only (nothing is fetched). */
export function renderRoute(preloaded: Preloaded): string {
  const queryClient = createQueryClient();
  seedQueryClient(queryClient, preloaded);
  const location = `${base.replace(/\/$/u, '')}${preloaded.path}`;
  return renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouter basename={base} location={location}>
        <AppRoutes />
      </StaticRouter>
    </QueryClientProvider>,
  );
}

/**
 * A whole page: the built index.html with the route's markup in #root, its <title> in the head, and its data in
 * a JSON block for hydration. Throws when the markup would break the page's CSP (inline scripts or styles).
 */
export function renderPage(template: string, preloaded: Preloaded, description?: string): string {
  if (!template.includes(ROOT)) throw new Error(`the template has no ${ROOT}`);
  const rendered = renderRoute(preloaded);
  // React hoists the route's <title> to the front of the markup; it belongs in the head, in place of the template's.
  const title = /^<title>[\s\S]*?<\/title>/u.exec(rendered)?.[0];
  const body = title ? rendered.slice(title.length) : rendered;
  if (/<script|\sstyle="/u.test(body)) throw new Error(`the markup of ${preloaded.path} has an inline script or style, which the CSP blocks`);
  const data = `<script type="application/json" id="${PRELOADED_ID}">${serializePreloaded(preloaded)}</script>`;
  let html = template
    // The page reads without JavaScript now; the template's "needs JavaScript" notice would be wrong.
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/u, '')
    .replace(ROOT, () => `<div id="${APP_IDS.root}">${body}</div>\n    ${data}`);
  if (title) html = html.replace(/<title>[\s\S]*?<\/title>/u, () => title);
  if (description) html = html.replace(/(<meta name="description" content=")[^"]*(")/u, (_, open: string, close: string) => `${open}${escapeAttribute(description)}${close}`);
  return html;
}

/**
 * An article's page (`/a/<id>`), with its entities' collection keys (the sidebar's links to entity pages). Without a
 * collection the page still carries an empty set of keys, so the hydrated page fetches nothing.
 */
export function renderArticlePage(template: string, article: Article, entityKeys?: StoryEntityKeys): string {
  const first = article.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph')?.text ?? article.headline;
  const description = isolate(clip(first, DESCRIPTION_LENGTH, { atWord: true }));
  const keys: StoryEntityKeys = entityKeys ?? { schemaVersion: article.schemaVersion, story: article.id, keys: {} };
  return renderPage(template, { path: paths.article.href(article.id), article, entityKeys: keys }, description);
}

/** An entity's page (`/e/<key>`). */
export function renderEntityPage(template: string, entity: EntityPage): string {
  const description = isolate(clip(`${entity.name}: ${entity.storyCount} ${entity.storyCount === 1 ? 'story' : 'stories'}, ${entity.quoteCount} quotes`, DESCRIPTION_LENGTH));
  return renderPage(template, { path: paths.entity.href(entity.key, entity.page), entity }, description);
}

/** The router path of an entity's page (n ≥ 2: its nth page). */
export const entityPath = (entityKey: string, page = 1) => paths.entity.href(entityKey, page);

/** The library's page (`/`): its first page of stories and the facet heads, never the whole index. */
export function renderLibraryPage(template: string, head: LibraryHead): string {
  return renderPage(template, { path: paths.library.href(), libraryHead: head });
}

/** What `/read` says without JavaScript: it reads the story in the browser, so there is nothing to show without it. */
export const READ_NEEDS_JAVASCRIPT = 'Reading your own story needs JavaScript: the story is read by a script in your browser and kept there. Turn JavaScript on to use this page.';

/**
 * The page served at `/read` (`dist/read/index.html`): the bare shell with its own title and "needs JavaScript"
 * notice, and no markup to hydrate: the page's state (the worker, this device's stories) exists only in the browser.
 * `/read/<local-id>` has no file of its own (ids exist only on the device): a static host serves its fallback page
 * there, and the app renders the story from IndexedDB.
 */
export function renderReadPage(template: string): string {
  if (!/<noscript>[\s\S]*?<\/noscript>/u.test(template)) throw new Error('the template has no <noscript> notice');
  return template
    .replace(/<noscript>[\s\S]*?<\/noscript>/u, () => `<noscript>${READ_NEEDS_JAVASCRIPT}</noscript>`)
    .replace(/<title>[\s\S]*?<\/title>/u, '<title>Read your own story · Lede</title>');
}

/** The router path of the read page. */
export const readPath = paths.read.href();

/** Where a router path's page goes in the output folder, so a static host serves it at that path: `/a/x` → `a/x/index.html`. */
export function pageFile(path: string): string {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.some((p) => p === '.' || p === '..' || /[/\\]/u.test(p))) throw new Error(`unsafe page path ${path}`);
  return [...parts, 'index.html'].join('/');
}

/** The router path of an article's page. */
export const articlePath = (articleId: string) => paths.article.href(articleId);
