/**
 * `npm run prerender` (the last step of `npm run build`): writes every article page, and the library, as static
 * HTML into dist/ so the story is in the page before any script runs. Renders with the SSR build of
 * src/reader/entry-server.tsx (in .tmp/ssr/) and the data vite build copied to dist/data/. Layout:
 * `dist/index.html` (library), `dist/a/<id>/index.html` (each article), `dist/e/<key>/index.html` (each entity of
 * the collection, from dist/data/collection/), `dist/read/index.html` ("read your own": the shell, which says it needs
 * JavaScript), `dist/404.html` (the bare app shell, for hosts that serve it for
 * unknown paths). Exit code 1, naming the file, when a page cannot be rendered. Progress goes to stderr
 * (src/cli/progress.ts): a live line in a terminal, one summary line per kind of page elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateArticle, validateArticleIndex, type Article } from '../contract/article.ts';
import { validateLibraryHead, type LibraryHead } from '../contract/library.ts';
import { validateEntityList, validateEntityPage, validateStoryEntityKeys, type EntityPage, type StoryEntityKeys } from '../contract/collection.ts';
import { chunksOf, readManifest, ROUTE_MODULES, type Manifest } from './build-manifest.ts';
import { Progress } from './progress.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(root, 'dist');
const SSR_ENTRY = path.join(root, '.tmp', 'ssr', 'entry-server.js');

/** What src/reader/entry-server.tsx exports (the CLI sees only its build, never the reader's source). */
interface ServerEntry {
  base: string;
  renderArticlePage(template: string, article: Article, entityKeys?: StoryEntityKeys): string;
  renderEntityPage(template: string, entity: EntityPage): string;
  entityPath(entityKey: string, page?: number): string;
  renderLibraryPage(template: string, head: LibraryHead): string;
  renderReadPage(template: string): string;
  readPath: string;
  pageFile(routerPath: string): string;
  articlePath(articleId: string): string;
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * The shell with `<link rel="modulepreload">` for a route's chunk and the chunks it imports, so the browser fetches
 * them with the app instead of after it (the app hydrates a page only once its route's code is there). Returns the
 * shell unchanged without Vite's manifest.
 */
function withRoutePreloads(template: string, manifest: Manifest | null, route: string, base: string): string {
  if (!manifest?.[route]) return template;
  // The entry's own imports are linked by Vite already.
  const links = chunksOf(manifest, route, (chunk) => chunk.isEntry === true)
    .map((chunk) => chunk.file)
    .filter((file) => !template.includes(`href="${base}${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('\n    ');
  return template.replace('</head>', () => `    ${links}\n  </head>`);
}

function write(file: string, html: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
}

const COLLECTION = path.join(DIST, 'data', 'collection');

/** A story's entity keys, when the data set has a collection (older data sets and hand-made ones may not). */
function storyKeys(id: string): StoryEntityKeys | undefined {
  const file = path.join(COLLECTION, 'stories', `${id}.json`);
  if (!fs.existsSync(file)) return undefined;
  const keys = validateStoryEntityKeys(readJson(file), { story: id });
  if (!keys.ok) throw new Error(`${path.relative(root, file)} breaks the contract: ${keys.errors.slice(0, 3).join('; ')}`);
  return keys.value;
}

/** Writes every entity page the collection's entity list names; a page that cannot be rendered is named and counted. */
function renderEntities(entry: ServerEntry, template: string): { pages: number; failed: number } {
  const listFile = path.join(COLLECTION, 'entities.json');
  if (!fs.existsSync(listFile)) return { pages: 0, failed: 0 };
  const list = validateEntityList(readJson(listFile));
  if (!list.ok) throw new Error(`${path.relative(root, listFile)} breaks the contract: ${list.errors.slice(0, 3).join('; ')}`);
  let failed = 0;
  let pages = 0;
  const progress = new Progress('prerender entities', list.value.entities.length);
  const render = (key: string, n: number): number => {
    const dataFile = path.join(COLLECTION, 'entities', n === 1 ? `${key}.json` : path.join(key, `${n}.json`));
    try {
      const page = validateEntityPage(readJson(dataFile), { key, page: n });
      if (!page.ok) throw new Error(`breaks the contract: ${page.errors.slice(0, 3).join('; ')}`);
      write(path.join(DIST, entry.pageFile(entry.entityPath(key, n))), entry.renderEntityPage(template, page.value));
      pages++;
      return page.value.pages;
    } catch (error) {
      failed++;
      console.error(`${path.relative(root, dataFile)}: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  };
  for (const { key } of list.value.entities) {
    const entityStarted = performance.now();
    const total = render(key, 1);
    for (let n = 2; n <= total; n++) render(key, n);
    progress.item(entry.entityPath(key), performance.now() - entityStarted);
  }
  progress.finish();
  return { pages, failed };
}

async function main(): Promise<number> {
  const started = performance.now();
  // The SSR build leaves React external, and React picks its build from NODE_ENV when first required: its
  // development build renders the very same HTML about four times slower (it tracks owners and checks props).
  process.env.NODE_ENV = 'production';
  if (!fs.existsSync(SSR_ENTRY)) throw new Error(`${path.relative(root, SSR_ENTRY)} not found; run \`vite build --ssr src/reader/entry-server.tsx\` first`);
  const entry = (await import(pathToFileURL(SSR_ENTRY).href)) as ServerEntry;
  const configuredBase = (process.env.LEDE_BASE ?? '/').replace(/\/?$/u, '/');
  if (entry.base !== configuredBase) throw new Error(`the SSR build is for base ${entry.base} but LEDE_BASE is ${configuredBase}; rebuild both`);

  // The bare shell: vite build's index.html, kept as 404.html before index.html becomes the library page.
  const shellFile = path.join(DIST, '404.html');
  if (!fs.existsSync(shellFile)) fs.copyFileSync(path.join(DIST, 'index.html'), shellFile);
  const template = fs.readFileSync(shellFile, 'utf8');
  const manifest = readManifest(DIST);
  const templates = {
    library: withRoutePreloads(template, manifest, ROUTE_MODULES.library, entry.base),
    article: withRoutePreloads(template, manifest, ROUTE_MODULES.story, entry.base),
    entity: withRoutePreloads(template, manifest, ROUTE_MODULES.entity, entry.base),
  };

  const index = validateArticleIndex(readJson(path.join(DIST, 'data', 'index.json')));
  if (!index.ok) throw new Error(`dist/data/index.json breaks the contract: ${index.errors.slice(0, 3).join('; ')}`);

  let failed = 0;
  const progress = new Progress('prerender articles', index.value.articles.length);
  for (const { id } of index.value.articles) {
    const dataFile = path.join(DIST, 'data', 'articles', `${id}.json`);
    const pageStarted = performance.now();
    try {
      const article = validateArticle(readJson(dataFile), { id });
      if (!article.ok) throw new Error(`breaks the contract: ${article.errors.slice(0, 3).join('; ')}`);
      write(path.join(DIST, entry.pageFile(entry.articlePath(id))), entry.renderArticlePage(templates.article, article.value, storyKeys(id)));
      progress.item(`${id}.json`, performance.now() - pageStarted);
    } catch (error) {
      failed++;
      console.error(`${path.relative(root, dataFile)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  progress.finish();
  const headFile = path.join(DIST, 'data', 'library.json');
  const head = validateLibraryHead(readJson(headFile));
  if (!head.ok) throw new Error(`${path.relative(root, headFile)} breaks the contract: ${head.errors.slice(0, 3).join('; ')}`);
  write(path.join(DIST, 'index.html'), entry.renderLibraryPage(templates.library, head.value));
  write(path.join(DIST, entry.pageFile(entry.readPath)), entry.renderReadPage(template));
  const pages = index.value.articles.length - failed;
  const entities = renderEntities(entry, templates.entity);
  failed += entities.failed;
  console.error(
    `prerendered ${pages} article page(s), ${entities.pages} entity page(s) and the library into dist/ (base ${entry.base}) in ${Math.round(performance.now() - started)} ms`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
