/**
 * The `/read` worker's timings in real Chromium (`npm run bench -- --read`, and at the end of `npm run bench` when
 * dist/ holds a build): serves dist/ with `vite preview` on :4329 (LEDE_BENCH_READ_PORT), opens /read in the bundled
 * Chromium, and starts the built worker itself from the page (same origin, same CSP), so the figures are the
 * worker's: its cold start (script load, pipeline load and a first tiny story), then, warm, the seed, a story of
 * about 1,000 words from the ../shared corpus, and the HTML route on every saved page of ../shared/corpus/web/html
 * (timings only: no output is read back). Each figure is the page's round trip (post → answer, structured clone
 * included) beside the worker's own pipeline time. Prints figures, asserts nothing; the issue's bar (a 1,000-word
 * story ≤ 300 ms after warm-up) is printed beside them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, resolveChromium } from './browser';
import { startPreview } from './preview-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = path.join(root, 'dist');
const PORT = Number(process.env.LEDE_BENCH_READ_PORT ?? 4329);
const RUNS = Number(process.env.LEDE_BENCH_READ_RUNS ?? 15);
const corpus = path.resolve(root, '..', 'shared', 'corpus');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** The built worker's URL path, from the read route's assets in Vite's manifest. */
function workerPath(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { assets?: string[] }>;
  const asset = manifest['src/reader/routes/read.tsx']?.assets?.find((a) => /worker.*\.js$/u.test(a));
  if (!asset) throw new Error('dist/.vite/manifest.json lists no /read worker; run `npm run build` first');
  return `/${asset}`;
}

/** The corpus article nearest 1,000 words (a real story, not a repeated one). */
function thousandWordStory(): { name: string; text: string } {
  const dir = path.join(corpus, 'articles');
  const stories = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const best = stories.sort((a, b) => Math.abs(words(a.text) - 1000) - Math.abs(words(b.text) - 1000))[0];
  if (!best) throw new Error(`no articles in ${dir}`);
  return best;
}

interface Timing {
  roundTrip: number;
  worker: number;
  ok: boolean;
}

/** Starts the worker in the page; resolves with the time from `new Worker` to the warm-up's answer. */
const startWorker = (page: Page, url: string) =>
  page.evaluate(async (workerUrl) => {
    const w = window as unknown as { benchWorker: Worker };
    const started = performance.now();
    w.benchWorker = new Worker(workerUrl, { type: 'module' });
    await new Promise<void>((resolve, reject) => {
      w.benchWorker.addEventListener('message', () => resolve(), { once: true });
      w.benchWorker.addEventListener('error', (e) => reject(new Error(e.message || 'the worker failed to load')), { once: true });
      w.benchWorker.postMessage({ type: 'warm' });
    });
    return performance.now() - started;
  }, url);

/** Reads one input `runs` times in the page's worker. */
const timeRead = (page: Page, input: { kind: 'text' | 'html'; text?: string; base64?: string }, runs: number) =>
  page.evaluate(
    async ({ input, runs }) => {
      const worker = (window as unknown as { benchWorker: Worker }).benchWorker;
      const bytes = input.base64 ? Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0)).buffer : undefined;
      const out: { roundTrip: number; worker: number; ok: boolean }[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const answer = await new Promise<{ ok: boolean; ms?: number }>((resolve) => {
          worker.addEventListener('message', (e: MessageEvent<{ ok: boolean; ms?: number }>) => resolve(e.data), { once: true });
          worker.postMessage({ type: 'read', requestId: i, localId: 'benchbench00', kind: input.kind, text: input.text, bytes });
        });
        out.push({ roundTrip: performance.now() - started, worker: answer.ms ?? Number.NaN, ok: answer.ok });
      }
      return out;
    },
    { input, runs },
  );

const summary = (t: Timing[]) =>
  `round trip median ${ms(median(t.map((x) => x.roundTrip)))} (min ${ms(Math.min(...t.map((x) => x.roundTrip)))}, max ${ms(Math.max(...t.map((x) => x.roundTrip)))}), in the worker ${ms(median(t.map((x) => x.worker)))}, ${t.length} runs`;

async function main(): Promise<void> {
  const url = workerPath();
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs, headless: true });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/read`);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    const worker = fs.statSync(path.join(dist, url)).size;
    console.log(`read worker (${(worker / 1024).toFixed(0)} KB as served): cold start ${ms(await startWorker(page, `${server.url}${url}`))} (new Worker → pipeline loaded and a first tiny story read)`);

    const seed = fs.readFileSync(path.join(root, 'seeds', '000_3979cacfdab927d0.txt'), 'utf8');
    console.log(`read worker, the seed (${words(seed)} words), warm: ${summary(await timeRead(page, { kind: 'text', text: seed }, RUNS))}`);
    const story = thousandWordStory();
    console.log(`read worker, a ${words(story.text)}-word story (${story.name}), warm: ${summary(await timeRead(page, { kind: 'text', text: story.text }, RUNS))} (bar ≤ 300 ms)`);

    const pagesDir = path.join(corpus, 'web', 'html');
    if (fs.existsSync(pagesDir)) {
      const pages = fs.readdirSync(pagesDir).filter((f) => /\.html?$/u.test(f));
      const times: Timing[] = [];
      for (const name of pages) {
        const base64 = fs.readFileSync(path.join(pagesDir, name)).toString('base64');
        // Once to warm the page's own code paths, then the median of three.
        const runs = await timeRead(page, { kind: 'html', base64 }, 4);
        const kept = runs.slice(1);
        times.push({ roundTrip: median(kept.map((r) => r.roundTrip)), worker: median(kept.map((r) => r.worker)), ok: kept.every((r) => r.ok) });
      }
      const refused = times.filter((t) => !t.ok).length;
      const trips = times.map((t) => t.roundTrip);
      console.log(
        `read worker, HTML route, ${pages.length} saved pages (${refused} refused): per page median ${ms(median(trips))}, max ${ms(Math.max(...trips))}, in the worker median ${ms(median(times.map((t) => t.worker).filter(Number.isFinite)))}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench-read: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
