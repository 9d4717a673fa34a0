/**
 * `npm run bench`: prints ingest figures (no assertions; budgets are read, not enforced, here).
 * - pipeline load: a fresh process that imports the pipeline against a bare one (time and peak RSS), and the size
 *   of the generated lexicon it reads;
 * - cold start: loading the pipeline (NLP libraries included) and ingesting the seed once, in this fresh process;
 * - the seed, warm: median of repeated ingests;
 * - corpus throughput: the ../shared corpus ingested in one pass, articles per second;
 * - a 2 MB article built from the corpus, and peak RSS;
 * - the HTML route's time per saved page of ../shared/corpus/web/html (median, max);
 * - the /read worker in Chromium (tests/e2e/support/bench-read.ts, against the build in dist/): its cold start, the
 *   seed and a 1,000-word story warm, and the HTML route per saved page. `npm run bench -- --read` runs only that;
 * - `npm run bench -- --collection`: the collection's pages (library, a search, a facet view, an entity page) beside
 *   the story page in Lighthouse, and a cold first search's download, on the build in dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedFile = path.join(root, 'seeds', '000_3979cacfdab927d0.txt');
const corpusDir = path.resolve(root, '..', 'shared', 'corpus', 'articles');
const ms = (x: number) => `${x.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The pipeline's own load cost: a fresh `node --import tsx` process that imports it, against one that imports
 * nothing (the runtime's start, tsx included). Median wall time to exit and peak RSS of RUNS processes each.
 */
async function loadCost(): Promise<void> {
  const { spawnSync } = await import('node:child_process');
  const RUNS = 7;
  const pipeline = path.join(root, 'src', 'pipeline', 'ingest-article.ts');
  const run = (code: string) => {
    const times: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `${code}; process.stdout.write(String(process.resourceUsage().maxRSS));`], { encoding: 'utf8', cwd: root });
      times.push(performance.now() - s);
      rss.push(Number(r.stdout) / 1024);
    }
    return { time: median(times), rss: median(rss) };
  };
  const bare = run('');
  const loaded = run(`await import(${JSON.stringify(pipeline)})`);
  console.log(
    `pipeline load: ${ms(loaded.time - bare.time)} beyond the runtime's start (${ms(bare.time)} bare, ${ms(loaded.time)} with the pipeline; median of ${RUNS}), ` +
      `peak RSS ${loaded.rss.toFixed(0)} MB (bare ${bare.rss.toFixed(0)} MB, +${(loaded.rss - bare.rss).toFixed(0)} MB)`,
  );
}

/**
 * The same for the pipeline as one bundled ES module (what a built CLI or a browser worker loads): esbuild bundles
 * it into .tmp/, then plain `node` processes import it, against bare ones, so the TypeScript compiler's own time
 * (most of the figure above) is left out.
 */
async function bundledLoadCost(): Promise<void> {
  const { spawnSync } = await import('node:child_process');
  const { build } = await import('esbuild');
  const RUNS = 9;
  const out = path.join(root, '.tmp', 'bench', 'pipeline.mjs');
  await build({ entryPoints: [path.join(root, 'src', 'pipeline', 'ingest-article.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'warning' });
  const run = (code: string) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
      times.push(performance.now() - s);
    }
    return median(times);
  };
  const bare = run('');
  const loaded = run(`await import(${JSON.stringify(out)})`);
  console.log(`pipeline load, bundled (${(fs.statSync(out).size / 1024).toFixed(0)} KB, no TypeScript compiler): ${ms(loaded - bare)} beyond a bare node (${ms(bare)}; median of ${RUNS})`);
}

/** Bytes of the generated lexicon (src/pipeline/language/en/data), raw and gzipped. */
async function lexiconSize(): Promise<void> {
  const { gzipSync } = await import('node:zlib');
  // The folder lexicon-data.ts writes (not imported from there: it loads the data packages).
  const dir = path.join(root, 'src', 'pipeline', 'language', 'en', 'data');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  let raw = 0;
  let gzip = 0;
  const parts = fs.readdirSync(dir).sort().map((name) => {
    const bytes = fs.readFileSync(path.join(dir, name));
    const packed = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += packed;
    return `${name} ${kb(bytes.length)} (${kb(packed)} gzip)`;
  });
  console.log(`lexicon: ${kb(raw)}, ${kb(gzip)} gzip — ${parts.join(', ')}`);
}

/** Runs a browser benchmark of tests/e2e/support/ in its own process, against the build in dist/. */
async function runSupport(script: string, args: string[], stdio: 'pipe' | 'inherit' = 'pipe') {
  const { spawnSync } = await import('node:child_process');
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'tests', 'e2e', 'support', script), ...args], { cwd: root, stdio: ['ignore', stdio, 'pipe'], encoding: 'utf8' });
}

/** The /read worker's timings in real Chromium, in their own process; they need a build (`npm run build`) in dist/. */
async function readWorkerBench(): Promise<number> {
  if (!fs.existsSync(path.join(root, 'dist', '.vite', 'manifest.json'))) {
    console.log('read worker: no build in dist/ (run `npm run build`, then `npm run bench -- --read`)');
    return 0;
  }
  const r = await runSupport('bench-read.ts', [], 'inherit');
  // Vite's own warnings about its config go to stderr; only a failure's lines are worth showing.
  if (r.status) process.stderr.write(r.stderr);
  return r.status ?? 1;
}

/**
 * The collection's pages beside the story page, on the build in dist/ (`LEDE_SEEDS_DIR=… npm run build` for a large
 * collection): Lighthouse mobile (Performance and total blocking time, one run each, tests/e2e/support/lighthouse.ts)
 * of a story, the library, a search for the top person's name, the top person's facet view and their entity page,
 * then what a cold first search downloads (tests/e2e/support/search-size.ts). The paths come from the build's own
 * library.json, so they fit any collection.
 */
async function collectionBench(): Promise<number> {
  const headFile = path.join(root, 'dist', 'data', 'library.json');
  if (!fs.existsSync(headFile)) {
    console.log('collection: no build in dist/ (run `npm run build`, then `npm run bench -- --collection`)');
    return 0;
  }
  const head = JSON.parse(fs.readFileSync(headFile, 'utf8')) as { total: number; stories: { id: string }[]; facets: { person: { value: string; label: string }[] } };
  const top = head.facets.person[0];
  const story = head.stories[0];
  const pages: [string, string | undefined][] = [
    ['story page', story && `/a/${encodeURIComponent(story.id)}`],
    ['library', '/'],
    ['search', top && `/?q=${encodeURIComponent(top.label)}`],
    ['facet view', top && `/?person=${encodeURIComponent(top.value)}`],
    ['entity page', top && `/e/${encodeURIComponent(top.value)}`],
  ];
  console.log(`collection: ${head.total} stories in dist/; Lighthouse mobile, one run each`);
  let failed = 0;
  for (const [name, pagePath] of pages) {
    if (!pagePath) continue;
    const r = await runSupport('lighthouse.ts', ['--no-build', '--runs', '1', '--path', pagePath]);
    const performance = /Performance\s+(\d+)/u.exec(r.stdout)?.[1];
    const blocking = /Total Blocking Time\s+([\d,.]+\s*ms)/u.exec(r.stdout)?.[1];
    if (performance === undefined) failed++;
    console.log(`  ${name.padEnd(12)} ${pagePath.padEnd(40)} Performance ${performance ?? '?'}, total blocking time ${blocking ?? '?'}`);
  }
  const size = await runSupport('search-size.ts', top ? ['--query', top.label] : []);
  for (const line of size.stdout.split('\n')) if (/^(?:library HTML|library first view|first search| {2}then opening)/u.test(line)) console.log(`  ${line.trim()}`);
  return failed ? 1 : 0;
}

if (process.argv.includes('--read')) process.exit(await readWorkerBench());
if (process.argv.includes('--collection')) process.exit(await collectionBench());

await loadCost();
await bundledLoadCost();
await lexiconSize();

const seed = fs.readFileSync(seedFile, 'utf8');
const t0 = performance.now();
const { ingestArticle } = await import('../pipeline/ingest-article');
const loaded = performance.now();
ingestArticle(seed, 'seed');
const cold = performance.now();
console.log(`cold start: library load ${ms(loaded - t0)}, first seed ingest ${ms(cold - loaded)}`);

const warm: number[] = [];
for (let i = 0; i < 30; i++) {
  const s = performance.now();
  ingestArticle(seed, 'seed');
  warm.push(performance.now() - s);
}
console.log(`seed, warm: median ${ms(median(warm))} (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))}, 30 runs)`);

if (fs.existsSync(corpusDir)) {
  const texts = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
  const s = performance.now();
  for (const [i, text] of texts.entries()) ingestArticle(text, `a${i}`);
  const secs = (performance.now() - s) / 1000;
  console.log(`corpus: ${texts.length} articles in ${ms(secs * 1000)} = ${(texts.length / secs).toFixed(0)} articles/s (warm); cold start + corpus = ${(texts.length / (secs + (cold - t0) / 1000)).toFixed(0)} articles/s`);
  let big = '';
  while (big.length < 2_000_000) big += `${texts[big.length % texts.length]}\n\n`;
  const b = performance.now();
  const article = ingestArticle(big, 'big');
  console.log(`2 MB article (${(big.length / 1e6).toFixed(1)} MB, ${article.sections.length} sections): ${ms(performance.now() - b)}`);
} else {
  console.log(`corpus not found at ${corpusDir}: skipped throughput`);
}

// The HTML route on the saved pages of the web corpus (the pipeline is warm by now): time per page, nothing read back.
const pagesDir = path.resolve(root, '..', 'shared', 'corpus', 'web', 'html');
if (fs.existsSync(pagesDir)) {
  const { ingestHtml } = await import('../pipeline/html/ingest-html');
  const { decodePage } = await import('../pipeline/html/decode-page');
  const times: number[] = [];
  for (const name of fs.readdirSync(pagesDir).filter((f) => /\.html?$/u.test(f))) {
    const html = decodePage(fs.readFileSync(path.join(pagesDir, name)));
    const s = performance.now();
    try {
      ingestHtml(html, 'page');
    } catch {
      // A page refused still took its time; the figure is the route's cost per page.
    }
    times.push(performance.now() - s);
  }
  console.log(`HTML route: ${times.length} pages, median ${ms(median(times))}, max ${ms(Math.max(...times))}`);
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Memory of the batch ingest as the corpus grows: the CLI in a fresh process over the corpus, then over it ×10.
if (fs.existsSync(corpusDir)) {
  const { spawnSync } = await import('node:child_process');
  const os = await import('node:os');
  const cli = path.join(root, 'src', 'cli', 'ingest.ts');
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
  for (const copies of [1, 10]) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-'));
    const seeds = path.join(tmp, 'seeds');
    fs.mkdirSync(seeds);
    for (let c = 0; c < copies; c++) for (const f of files) fs.copyFileSync(path.join(corpusDir, f), path.join(seeds, `${c}-${f}`));
    // Runs the CLI module in-process in the child and reports that process's own peak RSS when it exits.
    const runner = `process.argv.splice(1, Infinity, 'ingest', '--seeds', ${JSON.stringify(seeds)}, '--out', ${JSON.stringify(path.join(tmp, 'out'))});
      process.on('exit', () => process.stdout.write(String(process.resourceUsage().maxRSS)));
      await import(${JSON.stringify(cli)});`;
    const s = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', runner], { encoding: 'utf8', cwd: root });
    const secs = (performance.now() - s) / 1000;
    const n = files.length * copies;
    console.log(`batch ingest, ${n} articles (CLI process, cold start included): ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} articles/s, peak RSS ${(Number(r.stdout) / 1024).toFixed(0)} MB${r.status ? ` (exit ${r.status})` : ''}`);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await readWorkerBench();
