/**
 * `npm run size`: the size budgets of a built app (run after `npm run build`). Prints every figure and exits 1
 * when one is over: the initial JavaScript of a library, story and entity page (the entry script, the app it loads
 * after first paint, and that page's route chunk) ≤ 110 KB gzip each, CSS ≤ 15 KB gzip,
 * the seed's article JSON ≤ 25 KB gzip, the prerendered library page ≤ 100 KB (as written, at any collection size:
 * it lists one page and the facet heads), the search runtime a first search loads (Pagefind's script, worker and
 * WebAssembly) ≤ 120 KB gzip, the /read page's own JavaScript ≤ 30 KB gzip and its worker (pipeline and lexicon)
 * ≤ 1.5 MB gzip (both loaded only on /read, so not initial), and no NLP library in any browser chunk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chunksOf, readManifest, ROUTE_MODULES } from './build-manifest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const KB = 1024;
const manifest = readManifest(dist);
const budgets = { js: 110 * KB, css: 15 * KB, seedJson: 25 * KB, libraryHtml: 100 * KB, searchRuntime: 120 * KB, readPage: 30 * KB, readWorker: 1536 * KB };
/** Routes loaded lazily, on their own pages only: not the boot's JavaScript, measured with their page. */
const LAZY = new Set<string>(Object.values(ROUTE_MODULES));

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html: not found; run `npm run build` first');
  process.exit(1);
}
// The bare shell (404.html, kept by the prerender) names the app's own scripts; each prerendered page adds its
// route's chunks as modulepreloads, which are counted per page below.
const shell = path.join(dist, fs.existsSync(path.join(dist, '404.html')) ? '404.html' : 'index.html');
const html = fs.readFileSync(shell, 'utf8');
const base = (process.env.LEDE_BASE ?? '/').replace(/\/?$/u, '/');
const local = (href: string) => path.join(dist, href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//u, ''));
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

/**
 * The JavaScript every page loads: the entry script, its modulepreloads, and (from Vite's manifest) every chunk the
 * entry imports, statically or by the dynamic import that starts the app right after first paint; not the routes'
 * own chunks, which each page adds (pageScripts).
 */
function initialScripts(): string[] {
  const fromHtml = [...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/gu), ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/gu)];
  if (!manifest) return [...new Set(fromHtml)];
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) if (!LAZY.has(next)) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...new Set([...fromHtml, ...[...files].map((f) => `${base}${f}`)])];
}

const scripts = initialScripts();
const initial = new Set(scripts);

/** A route's own JavaScript (its chunk and the chunks it imports beyond the boot's) and the workers it starts. */
function routeScripts(route: string): { page: string[]; worker: string[] } {
  const chunks = manifest ? chunksOf(manifest, route, (chunk) => initial.has(`${base}${chunk.file}`)) : [];
  return { page: chunks.map((c) => c.file), worker: [...new Set(chunks.flatMap((c) => (c.assets ?? []).filter((a) => /worker.*\.js$/u.test(a))))] };
}
const read = routeScripts(ROUTE_MODULES.read);
/** What a first view of each kind of page loads: the boot's JavaScript and its route's. */
const pageScripts = (route: string) => [...scripts.map(local), ...routeScripts(route).page.map((f) => path.join(dist, f))];
const sumGz = (files: string[]) => (files.length ? files.reduce((n, f) => n + gz(path.join(dist, f)), 0) : Number.NaN);
const styles = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gu);
const seed = path.join(dist, 'data', 'articles', '000-3979cacfdab927d0.json');
const pagefindDir = path.join(dist, 'data', 'pagefind');
// The WebAssembly is stored gzipped already; gzipping it again gains nothing, so it counts as stored.
const searchRuntime = fs.existsSync(pagefindDir)
  ? gz(path.join(pagefindDir, 'pagefind.js')) + gz(path.join(pagefindDir, 'pagefind-worker.js')) + fs.statSync(path.join(pagefindDir, 'wasm.en.pagefind')).size
  : Number.NaN;

const rows: [string, number, number][] = [
  ['library page JS', pageScripts(ROUTE_MODULES.library).reduce((n, f) => n + gz(f), 0), budgets.js],
  ['story page JS', pageScripts(ROUTE_MODULES.story).reduce((n, f) => n + gz(f), 0), budgets.js],
  ['entity page JS', pageScripts(ROUTE_MODULES.entity).reduce((n, f) => n + gz(f), 0), budgets.js],
  ['CSS', styles.reduce((n, s) => n + gz(local(s)), 0), budgets.css],
  ['seed article JSON', fs.existsSync(seed) ? gz(seed) : Number.NaN, budgets.seedJson],
  ['library HTML', fs.statSync(path.join(dist, 'index.html')).size, budgets.libraryHtml],
  ['search runtime', searchRuntime, budgets.searchRuntime],
  ['/read page JS', sumGz(read.page), budgets.readPage],
  ['worker + lexicon', sumGz(read.worker), budgets.readWorker],
];
let over = 0;
for (const [name, size, budget] of rows) {
  const ok = size <= budget;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(20)} ${(size / KB).toFixed(1).padStart(6)} KB ${name === 'library HTML' ? 'as written' : 'gzip'} (budget ${budget / KB} KB)`);
}
// The /read worker carries the generated lexicon, whose words include these names ("compromise", "Winkler"); the
// lint rules keep the data packages out of src/pipeline and src/worker, and its budget would show them (22 MB+).
const workerFiles = new Set(read.worker.map((f) => path.basename(f)));
const chunks = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js') && !workerFiles.has(f));
const nlp = chunks.filter((f) => /compromise|world-countries|wink/u.test(fs.readFileSync(path.join(dist, 'assets', f), 'utf8').slice(0, 2_000_000)));
if (nlp.length) {
  over++;
  console.log(`OVER NLP code found in browser chunks: ${nlp.join(', ')}`);
} else console.log(`ok   no NLP library in ${chunks.length} browser chunk(s)`);
process.exitCode = over ? 1 : 0;
