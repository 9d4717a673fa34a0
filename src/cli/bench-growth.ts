/**
 * `npm run bench:growth`: how ingest time and memory grow with the input, per input shape (no assertions: figures to
 * read). Each shape is generated at two sizes, N and 4N, and `ingestArticle` is timed on both (median of a few runs);
 * the ratio is about 4 when a stage is linear in that shape and about 16 when it is quadratic. Each shape runs in a
 * fresh child process so that its peak RSS is its own.
 *
 * Options: `--only a,b` runs the named shapes; `--runs K` sets the runs per size (default 3); `--timeout S` stops a
 * shape after S seconds (default 120); `--large` adds the 5 MB → 20 MB article built from the corpus.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(root, '..', 'shared', 'corpus', 'articles');
const HEAD = 'A Headline For A Generated Article\n\n';

/** Lower-case filler words, a pseudo-random but fixed sequence. */
const FILLER = ['the', 'plan', 'would', 'cost', 'more', 'than', 'expected', 'and', 'many', 'people', 'were', 'not', 'sure', 'about', 'it', 'today'];
const filler = (i: number) => FILLER[(i * 7 + 3) % FILLER.length]!;

/** A made-up capitalised word for each number: "Bakomir", "Dalevun", … (distinct for distinct i). */
const SYLLABLES = ['ba', 'ko', 'mi', 'da', 've', 'lu', 'ne', 'ri', 'so', 'ta', 'fe', 'gu', 'zo', 'pa', 'hi', 'wy'];
function madeUp(i: number, minSyllables = 3): string {
  let s = '';
  let n = i;
  for (let k = 0; k < minSyllables || n > 0; k++) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return s[0]!.toUpperCase() + s.slice(1);
}
/** Given names compromise's lexicon knows, so that "Given Surname" reads as a person. */
const GIVEN = ['John', 'Mary', 'David', 'Anna', 'Peter', 'Laura', 'James', 'Sarah'];

/** An input shape: `make(n)` builds an article of that shape at size n; `n` is the benchmark's smaller size. */
export type Shape = { name: string; what: string; n: number; make: (n: number) => string };

const repeat = (n: number, f: (i: number) => string, sep = '') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** The shapes: the issue's (first) and others of the same kind. `n` is the smaller size. */
export const SHAPES: Shape[] = [
  { name: 'sentence-words-then-said', what: 'one sentence: n words, then n "said"', n: 12_500, make: (n) => `${HEAD}${repeat(n, filler, ' ')} ${repeat(n, () => 'said', ' ')}.` },
  { name: 'line-of-sentences', what: 'one line of n short sentences with speech verbs', n: 2_500, make: (n) => `${HEAD}${repeat(n, (i) => `The official said ${filler(i)} plans were ${filler(i + 1)}.`, ' ')}` },
  { name: 'distinct-people', what: 'n paragraphs, each a new person', n: 2_500, make: (n) => HEAD + repeat(n, (i) => `${GIVEN[i % GIVEN.length]} ${madeUp(i)} said the talks went well.`, '\n\n') },
  { name: 'shared-surname', what: 'n titled people sharing one surname', n: 2_500, make: (n) => HEAD + repeat(n, (i) => `Dr. ${madeUp(i)} Sovalenko spoke.`, '\n\n') },
  { name: 'loose-capitalised', what: 'n people, then n unknown capitalised words', n: 1_500, make: (n) => HEAD + repeat(n, (i) => `${GIVEN[i % GIVEN.length]} ${madeUp(i)} spoke.`, '\n\n') + '\n\n' + repeat(n, (i) => `Then ${madeUp(i + n)} ${madeUp(i + 2 * n)} arrived.`, '\n\n') },
  { name: 'identical-subheadings', what: 'n identical sub-headings (owned by the slug fix)', n: 1_250, make: (n) => HEAD + repeat(n, () => 'Update\n\nThe story went on with more details.', '\n\n') },
  { name: 'mentions-one-block', what: 'one block of n country codes (125,000 mentions at 4N)', n: 31_250, make: (n) => `${HEAD}${repeat(n, () => 'US', ', ')}.` },
  { name: 'twin-paragraphs', what: 'the same paragraph of n country codes twice', n: 31_250, make: (n) => `${HEAD}${repeat(2, () => `${repeat(n, () => 'US', ', ')}.`, '\n\n')}` },
  { name: 'quotes-one-paragraph', what: 'one paragraph of n attributed quotes', n: 1_250, make: (n) => `${HEAD}John Smith spoke. ${repeat(n, (i) => `“We will ${filler(i)} win this,” he said.`, ' ')}` },
  { name: 'unattributed-quotes', what: 'one paragraph of n quotes with no speaker', n: 1_250, make: (n) => `${HEAD}${repeat(n, (i) => `“We will ${filler(i)} win this time.”`, ' ')}` },
  { name: 'unbalanced-quotes', what: 'one paragraph: n opening marks never closed', n: 12_500, make: (n) => `${HEAD}${repeat(n, (i) => `“${filler(i)}`, ' ')}` },
  { name: 'straight-quote-soup', what: 'one paragraph: n straight marks between words', n: 12_500, make: (n) => `${HEAD}${repeat(n, (i) => `"${filler(i)}`, ' ')}` },
  { name: 'quote-open-across-paragraphs', what: 'n paragraphs of one quote never closed', n: 2_500, make: (n) => `${HEAD}John Smith said: ${repeat(n, (i) => `“We ${filler(i)} will go on`, '\n\n')}` },
  { name: 'pronouns', what: 'one man named, then n paragraphs of "she said"', n: 2_500, make: (n) => `${HEAD}John Smith arrived.\n\n${repeat(n, (i) => `“It is ${filler(i)} here,” she said.`, '\n\n')}` },
  { name: 'role-nouns', what: 'n people, n "the minister said"', n: 1_250, make: (n) => HEAD + repeat(n, (i) => `${GIVEN[i % GIVEN.length]} ${madeUp(i)} spoke. The minister said it was ${filler(i)}.`, '\n\n') },
  { name: 'introductions', what: 'one paragraph: n "a man" introductions and names', n: 1_250, make: (n) => `${HEAD}${repeat(n, (i) => `A man met ${GIVEN[i % GIVEN.length]} ${madeUp(i)} there.`, ' ')}` },
  { name: 'capitalised-run', what: 'one line of n distinct capitalised words', n: 12_500, make: (n) => `${HEAD}${repeat(n, (i) => madeUp(i), ' ')} said.` },
  { name: 'organisations', what: 'n distinct organisations', n: 2_500, make: (n) => HEAD + repeat(n, (i) => `The ${madeUp(i)} Ministry said it was ${filler(i)}.`, '\n\n') },
  { name: 'places', what: 'n distinct places (regions and places in context)', n: 2_500, make: (n) => HEAD + repeat(n, (i) => `They met in ${madeUp(i)} County and the Russian city of ${madeUp(i + n)}.`, '\n\n') },
  { name: 'title-lines', what: 'n short title-case lines', n: 5_000, make: (n) => HEAD + repeat(n, (i) => `Short Title ${madeUp(i)}`, '\n') },
  { name: 'one-word-lines', what: 'n blank-separated one-word lines', n: 5_000, make: (n) => HEAD + repeat(n, (i) => madeUp(i), '\n\n') },
  { name: 'date-lines', what: 'n date lines', n: 5_000, make: (n) => HEAD + repeat(n, (i) => `2019-06-${String((i % 28) + 1).padStart(2, '0')}`, '\n') },
  { name: 'embed-posts', what: 'n embedded posts', n: 2_500, make: (n) => HEAD + repeat(n, (i) => `#tag @user https://t.co/x${i}\n— Name (@handle) May 23, 2020`, '\n\n') },
  { name: 'comma-clauses-said', what: 'one sentence of n clauses, each with "said"', n: 2_500, make: (n) => `${HEAD}${repeat(n, (i) => `the man said ${filler(i)}`, ', ')}.` },
  { name: 'long-word', what: 'one word of 40n letters', n: 12_500, make: (n) => `${HEAD}${'x'.repeat(40 * n)}` },
  { name: 'stop-run', what: 'a run of 4n exclamation marks inside a sentence', n: 25_000, make: (n) => `${HEAD}It was ${'!'.repeat(4 * n)}x done.` },
  { name: 'digit-runs', what: 'n lines of a 28-digit number and a word', n: 2_500, make: (n) => HEAD + repeat(n, (i) => `${String(i).padStart(28, '7')} views today`, '\n') },
  { name: 'bracket-names', what: 'n capitalised words after "]" with no "["', n: 2_500, make: (n) => `${HEAD}${repeat(n, (i) => `Ab] ${madeUp(i)}`, ' ')}` },
];

/** The corpus run together into one article of about n characters. */
function corpusArticle(n: number): string {
  const texts = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < n; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    size += t.length + 2;
  }
  return parts.join('\n\n');
}
if (fs.existsSync(corpusDir)) SHAPES.push({ name: 'corpus-article', what: 'the corpus as one article of n characters', n: 250_000, make: corpusArticle });
const LARGE: Shape = { name: 'corpus-article-large', what: 'the corpus as one article of n characters', n: 5_000_000, make: corpusArticle };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A full garbage collection, when the child was started with --expose-gc. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Child side: times one shape at n, then at 4n, printing a JSON line after each (a parent that stops a slow 4n still has n). */
async function runChild(name: string, runs: number): Promise<void> {
  const shape = [...SHAPES, LARGE].find((s) => s.name === name)!;
  const { ingestArticle } = await import('../pipeline/ingest-article');
  ingestArticle(shape.make(Math.max(1, Math.floor(shape.n / 100))), 'warm');
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  for (const n of [shape.n, 4 * shape.n]) {
    const text = shape.make(n);
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      collectGarbage(); // each run starts from the same heap: no run pays for the garbage of the one before
      const s = performance.now();
      try {
        ingestArticle(text, 'bench');
      } catch (err) {
        if (!(err instanceof Error && err.name === 'InputError')) throw err;
      }
      times.push(performance.now() - s);
      if (times[0]! > 5_000) break; // one run is enough for a slow case
    }
    process.stdout.write(`${JSON.stringify({ chars: text.length, ms: median(times), peakRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb })}\n`);
  }
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(option('--runs') ?? 3);
const child = option('--child');
// Run only as a script: tests import the shapes.
const script = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (script && child) await runChild(child, runs);
else if (script) {
  const only = option('--only')?.split(',');
  const timeout = Number(option('--timeout') ?? 120) * 1000;
  const shapes = [...SHAPES, ...(process.argv.includes('--large') && fs.existsSync(corpusDir) ? [LARGE] : [])].filter((s) => !only || only.includes(s.name));
  const self = fileURLToPath(import.meta.url);
  const pad = (s: string, w: number) => s.padEnd(w);
  const num = (x: number, w: number) => x.toFixed(x < 10 ? 1 : 0).padStart(w);
  console.log(`ingestArticle time at N and 4N (median of ${runs}); ratio ≈ 4 is linear, ≈ 16 quadratic. Peak RSS of the shape's own process.`);
  console.log(`${pad('shape', 30)}${'N chars'.padStart(11)}${'ms at N'.padStart(10)}${'4N chars'.padStart(11)}${'ms at 4N'.padStart(10)}${'ratio'.padStart(7)}${'peak RSS'.padStart(10)}  what`);
  const bases: number[] = [];
  for (const shape of shapes) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--child', shape.name, '--runs', String(runs)], { encoding: 'utf8', cwd: root, timeout, maxBuffer: 1 << 20 });
    const [small, large] = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { chars: number; ms: number; peakRssMb: number; baseRssMb: number });
    if (small) bases.push(small.baseRssMb);
    const stopped = r.signal === 'SIGTERM' ? `over ${timeout / 1000} s` : `failed: ${r.stderr.trim().split('\n').find((l) => /Error/u.test(l)) ?? `exit ${r.status}`}`;
    const cells = (x: { chars: number; ms: number } | undefined) => (x ? `${String(x.chars).padStart(11)}${num(x.ms, 10)}` : `${'-'.padStart(11)}${'-'.padStart(10)}`);
    const ratio = small && large ? (large.ms / Math.max(small.ms, 0.1)).toFixed(1) : '-';
    const rss = large ?? small;
    console.log(`${pad(shape.name, 30)}${cells(small)}${cells(large)}${ratio.padStart(7)}${(rss ? `${rss.peakRssMb.toFixed(0)} MB` : '-').padStart(10)}  ${shape.what}${large ? '' : ` (${small ? '4N' : 'N'} ${stopped})`}`);
  }
  if (bases.length) console.log(`(a process with the pipeline loaded and warmed up, before the runs: ${median(bases).toFixed(0)} MB RSS)`);
}
