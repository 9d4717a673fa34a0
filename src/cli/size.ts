/**
 * `npm run size`: the size budgets of a built app (run after `npm run build`). Prints every figure and exits 1
 * when one is over: initial JavaScript (the entry script and its modulepreloads) ≤ 110 KB gzip, CSS ≤ 15 KB gzip,
 * the seed's article JSON ≤ 25 KB gzip, the prerendered library page ≤ 100 KB (as written, at any collection size:
 * it lists one page and the facet heads), the search runtime a first search loads (Pagefind's script, worker and
 * WebAssembly) ≤ 120 KB gzip, the /read page's own JavaScript ≤ 30 KB gzip and its worker (pipeline and lexicon)
 * ≤ 1.5 MB gzip (both loaded only on /read, so not initial), and no NLP library in any browser chunk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const KB = 1024;
const budgets = { js: 110 * KB, css: 15 * KB, seedJson: 25 * KB, libraryHtml: 100 * KB, searchRuntime: 120 * KB, readPage: 30 * KB, readWorker: 1536 * KB };
/** Routes loaded lazily, on their own pages only: not initial JavaScript, measured in rows of their own. */
const READ_ROUTE = 'src/reader/routes/read.tsx';

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html: not found; run `npm run build` first');
  process.exit(1);
}
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const base = (process.env.LEDE_BASE ?? '/').replace(/\/?$/u, '/');
const local = (href: string) => path.join(dist, href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//u, ''));
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

/**
 * The JavaScript every first view loads: the entry script, its modulepreloads, and (from Vite's manifest) every
 * chunk the entry imports, statically or by the dynamic import that starts the app right after first paint.
 */
function initialScripts(): string[] {
  const fromHtml = [...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/gu), ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/gu)];
  if (!fs.existsSync(manifestFile)) return [...new Set(fromHtml)];
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) if (next !== READ_ROUTE) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...new Set([...fromHtml, ...[...files].map((f) => `${base}${f}`)])];
}

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; assets?: string[] };
const manifestFile = path.join(dist, '.vite', 'manifest.json');
const manifest: Record<string, Chunk> = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>) : {};

/** The /read page's own JavaScript (its chunk and what only it imports) and its worker, which carries the pipeline and lexicon. */
function readScripts(initial: ReadonlySet<string>): { page: string[]; worker: string[] } {
  const page = new Set<string>();
  const worker = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || page.has(chunk.file) || initial.has(`${base}${chunk.file}`)) return;
    page.add(chunk.file);
    for (const asset of chunk.assets ?? []) if (/worker.*\.js$/u.test(asset)) worker.add(asset);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(READ_ROUTE);
  return { page: [...page], worker: [...worker] };
}
const scripts = initialScripts();
const read = readScripts(new Set(scripts));
const sumGz = (files: string[]) => (files.length ? files.reduce((n, f) => n + gz(path.join(dist, f)), 0) : Number.NaN);
const styles = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gu);
const seed = path.join(dist, 'data', 'articles', '000-3979cacfdab927d0.json');
const pagefindDir = path.join(dist, 'data', 'pagefind');
// The WebAssembly is stored gzipped already; gzipping it again gains nothing, so it counts as stored.
const searchRuntime = fs.existsSync(pagefindDir)
  ? gz(path.join(pagefindDir, 'pagefind.js')) + gz(path.join(pagefindDir, 'pagefind-worker.js')) + fs.statSync(path.join(pagefindDir, 'wasm.en.pagefind')).size
  : Number.NaN;

const rows: [string, number, number][] = [
  ['initial JavaScript', scripts.reduce((n, s) => n + gz(local(s)), 0), budgets.js],
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
