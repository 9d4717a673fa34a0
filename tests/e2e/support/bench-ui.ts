/**
 * `npm run bench:ui`: how long the reader takes from a click to the next paint that shows its result, on the seed
 * and on a stress article (the seed's body repeated to 50 sections, hundreds of mentions per entity; see
 * stress-article.ts). Builds the app (skip with `--no-build` when dist/ is current), serves it with `vite preview`
 * on :4327 in this process, drives the bundled Chromium at 1280×900, and prints a table. Figures only: the bars
 * (≤ 100 ms stress, ≤ 16 ms seed) are printed beside them, never asserted.
 *
 * Two figures per action, both measured in the page:
 * - click → paint: from the trusted click event's timeStamp to the first frame in which the DOM shows the result
 *   (requestAnimationFrame polling, then a message posted from that frame, which runs once it is painted);
 * - Event Timing: the longest 'event' entry of the interaction (PerformanceObserver, durationThreshold 16),
 *   what INP would count, median over the runs; "<16" when the browser reported none in most runs. Work that
 *   React defers to a transition after the event's frame is not in it (and is in click → paint).
 * A "baseline" row times a click that changes nothing: the method's own floor (waiting for a frame and its paint).
 * `--trace` adds one traced run per action, its main-thread time split into script, style, layout, paint and GC.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { validateArticle, type Article, type Entity } from '../../../src/contract/article';
import { articleDataPath, articlePath, filterableEntity, lavrov, topEntity } from './article';
import { chromiumArgs, resolveChromium } from './browser';
import { serveArticle } from './served-article';
import { stressArticle } from './stress-article';
import { startPreview } from './preview-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PORT = Number(process.env.LEDE_BENCH_UI_PORT ?? 4327);
const baseURL = `http://127.0.0.1:${PORT}`;
const REPEATS = Number(process.env.LEDE_BENCH_UI_REPEATS ?? 7);

/** What the DOM must show for an action to count as done: every selector present (or absent), optionally scrolled to. */
interface Done {
  present?: string[];
  absent?: string[];
  /** Selector of an element whose top must be near the top of the viewport (a deep link has scrolled to it). */
  atTop?: string;
}

interface Timing {
  paint: number;
  event: number | null;
}

/** Arms the page: the next click starts the clock, and the promise on window resolves at the first painted frame showing `done`. */
async function arm(page: Page, done: Done): Promise<void> {
  await page.evaluate((d) => {
    const w = window as unknown as { __bench?: Promise<{ paint: number; event: number | null }> };
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) durations.push(e.duration);
    });
    observer.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const holds = () =>
      (d.present ?? []).every((s) => document.querySelector(s)) &&
      (d.absent ?? []).every((s) => !document.querySelector(s)) &&
      (!d.atTop || Math.abs(document.querySelector(d.atTop)?.getBoundingClientRect().top ?? 1e9) < 120);
    const afterPaint = () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      });
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    w.__bench = new Promise((resolve) => {
      addEventListener(
        'click',
        (event) => {
          const start = event.timeStamp;
          void (async () => {
            let paint = Number.NaN;
            for (const deadline = start + 10_000; performance.now() < deadline; ) {
              await frame();
              if (holds()) {
                paint = (await afterPaint()) - start;
                break;
              }
            }
            // Event Timing entries arrive after the frame that ended the interaction.
            await frame();
            await frame();
            await new Promise((r) => setTimeout(r, 50));
            for (const e of observer.takeRecords()) durations.push(e.duration);
            observer.disconnect();
            resolve({ paint, event: durations.length ? Math.max(...durations) : null });
          })();
        },
        { capture: true, once: true },
      );
    });
  }, done);
}

async function clickAndTime(page: Page, selector: string, done: Done): Promise<Timing> {
  await arm(page, done);
  await page.locator(selector).filter({ visible: true }).first().click();
  return page.evaluate(() => (window as unknown as { __bench: Promise<Timing> }).__bench);
}

const css = (value: string) => JSON.stringify(value);

type Action = { name: string; run: (page: Page, i: number) => Promise<Timing | null> };

/** The four actions of issue #5 (plus the filter's undo), each leaving the view as it found it. */
function actionsFor(article: Article): { actions: Action[]; notes: string[] } {
  const notes: string[] = [];
  const person: Entity | undefined = lavrov(article) ?? topEntity(article, 'person');
  const filterBy = filterableEntity(article, 'person');
  const highlightButton = (e: Entity) => `button[data-entity=${css(e.id)}][aria-pressed]`;
  const filterButton = (e: Entity) => `button[aria-label=${css(`Show only sections with ${e.name}`)}]`;
  const targets = [article.sections.at(-1)!, article.sections[Math.floor(article.sections.length / 2)]!];
  // The method's own floor: a click that changes nothing (the headline), so the frame wait and paint alone.
  const actions: Action[] = [{ name: 'baseline: a click that changes nothing', run: (page) => clickAndTime(page, 'h1', { present: ['h1'] }) }];
  if (person) {
    notes.push(`highlight: ${person.name} (${person.mentions.length} mentions)`);
    actions.push({
      name: 'highlight an entity',
      run: (page) =>
        clickAndTime(page, highlightButton(person), { present: [`${highlightButton(person)}[aria-pressed="true"]`, `mark[data-entity=${css(person.id)}]`] }),
    });
    actions.push({
      name: 'clear the highlight',
      run: (page) => clickAndTime(page, highlightButton(person), { present: [`${highlightButton(person)}[aria-pressed="false"]`], absent: ['mark'] }),
    });
  } else notes.push('no person entity: highlight skipped');
  if (filterBy) {
    notes.push(`filter: ${filterBy.name}`);
    actions.push({
      name: 'apply a person filter',
      run: (page) => clickAndTime(page, filterButton(filterBy), { present: [`${filterButton(filterBy)}[aria-pressed="true"]`] }),
    });
    actions.push({
      name: 'clear the person filter',
      run: (page) => clickAndTime(page, filterButton(filterBy), { present: [`${filterButton(filterBy)}[aria-pressed="false"]`] }),
    });
  } else notes.push('no person entity: filter skipped');
  notes.push(`deep link: the contents links to sections "${targets[0]!.id}" and "${targets[1]!.id}", alternately`);
  actions.push({
    name: 'open a section deep link',
    run: (page, i) => {
      const target = targets[i % targets.length]!;
      const link = `a[data-toc=${css(target.id)}]`;
      return clickAndTime(page, link, { present: [`${link}[aria-current="location"]`], atTop: `section[id=${css(target.id)}]` });
    },
  });
  return { actions, notes };
}

const TRACE = process.argv.includes('--trace');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const KIND: Record<string, string> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  'v8.callFunction': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MajorGC: 'gc',
  MinorGC: 'gc',
};

/** Main-thread time by kind: style and layout wherever they ran (forced inside script or not), script net of them. */
function breakdown(events: TraceEvent[]): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && KIND[e.name]);
  const totals = new Map<string, number>();
  // Top-level events of each kind (an event nested in another of the same kind is not counted twice).
  const sorted = [...on].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const open: TraceEvent[] = [];
  for (const e of sorted) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts) open.pop();
    const kind = KIND[e.name]!;
    const inSameKind = open.some((o) => KIND[o.name] === kind);
    const scriptParent = open.find((o) => KIND[o.name] === 'script');
    if (!inSameKind) {
      totals.set(kind, (totals.get(kind) ?? 0) + e.dur!);
      if (kind !== 'script' && scriptParent) totals.set('script', (totals.get('script') ?? 0) - e.dur!);
    }
    open.push(e);
  }
  return ['script', 'style', 'layout', 'paint', 'gc'].map((k) => `${k} ${((totals.get(k) ?? 0) / 1000).toFixed(1)}`).join(', ') + ' ms';
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

interface Row {
  article: string;
  action: string;
  paints: number[];
  events: (number | null)[];
  bar: number;
}

async function benchArticle(browser: Browser, label: string, article: Article, bar: number, serve: boolean): Promise<{ rows: Row[]; notes: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' });
  // tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks; give it a pass-through.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const page = await context.newPage();
  if (serve) await serveArticle(page, article);
  await page.goto(articlePath(article.id));
  await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const { actions, notes } = actionsFor(article);
  const rows: Row[] = actions.map((a) => ({ article: label, action: a.name, paints: [], events: [], bar }));
  for (let i = 0; i < REPEATS; i++) {
    for (const [k, action] of actions.entries()) {
      const timing = await action.run(page, i);
      if (!timing) continue;
      rows[k]!.paints.push(timing.paint);
      rows[k]!.events.push(timing.event);
    }
  }
  // With --trace: one more run of each action under a Chrome trace, split into script, style, layout and paint.
  if (TRACE) {
    for (const [k, action] of actions.entries()) {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const timing = await action.run(page, REPEATS + k);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      notes.push(`trace ${action.name}: ${fmt(timing?.paint ?? Number.NaN)} = ${breakdown(trace.traceEvents)}`);
    }
  }
  await context.close();
  return { rows, notes };
}

async function main() {
  if (!process.argv.includes('--no-build') || !existsSync(path.join(root, 'dist', 'index.html'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const built = performance.now();
  const stress = stressArticle();
  const stressBlocks = stress.sections.reduce((n, s) => n + s.blocks.length, 0);
  console.log(
    `stress article: ${stress.sections.length} sections, ${stressBlocks} blocks, ${stress.entities.length} entities, ${stress.quotes.length} quotes, ` +
      `${(JSON.stringify(stress).length / 1024).toFixed(0)} KB JSON (ingested in ${(performance.now() - built).toFixed(0)} ms)`,
  );
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs, headless: true });
  try {
    const parsed = validateArticle(await (await fetch(`${baseURL}${articleDataPath()}`)).json());
    if (!parsed.ok) throw new Error(`the seed breaks the contract:\n${parsed.errors.join('\n')}`);
    const results = [await benchArticle(browser, 'seed', parsed.value, 16, false), await benchArticle(browser, 'stress', stress, 100, true)];
    for (const [i, r] of results.entries()) for (const note of r.notes) console.log(`${i ? 'stress' : 'seed'}: ${note}`);
    console.log(`\nclick → next paint, ${REPEATS} runs each (median / max); Event Timing = median over runs of the interaction's longest event entry (entries start at 16 ms)\n`);
    const header = ['article', 'action', 'median', 'max', 'Event Timing', 'bar', ''];
    const lines = results.flatMap((r) => r.rows).map((row) => {
      const med = median(row.paints);
      // Runs without an entry (all events under 16 ms) count as 0 for the median.
      const eventMedian = median(row.events.map((e) => e ?? 0));
      return [
        row.article,
        row.action,
        fmt(med),
        fmt(Math.max(...row.paints)),
        eventMedian >= 16 ? `${eventMedian} ms` : '<16 ms',
        `≤ ${row.bar} ms`,
        med <= row.bar ? 'ok' : 'OVER',
      ];
    });
    const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
    for (const l of [header, ...lines]) console.log(l.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
