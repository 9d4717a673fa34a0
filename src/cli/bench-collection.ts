/**
 * `npx tsx src/cli/bench-collection.ts [DATA_DIR] [N…]`: times the collection stage (src/pipeline/collection) on N
 * stories made from a published data set's articles (default public/data) copied under new ids, as the e2e and
 * scale collections are, and prints its time, the heap it holds, the records it makes and the largest entity file.
 * Each N runs in its own child process so one size's memory does not weigh on the next.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateArticle } from '../contract/article';
import { buildCollection, entityPages } from '../pipeline/collection/build-collection';
import { digestStory, type StoryDigest } from '../pipeline/collection/story-digest';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '../..');
const MB = 1024 * 1024;

function loadDigests(dataDir: string): StoryDigest[] {
  const dir = path.join(dataDir, 'articles');
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => {
      const checked = validateArticle(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
      if (!checked.ok) throw new Error(`${path.join(dir, f)}: ${checked.errors[0]}`);
      return digestStory(checked.value);
    });
}

/** `n` stories: copies of the digests, each under a new id (`c<k>-<id>`). */
const copies = (digests: StoryDigest[], n: number): StoryDigest[] =>
  Array.from({ length: n }, (_, i) => {
    const d = digests[i % digests.length]!;
    return { ...d, id: `c${Math.floor(i / digests.length) + 1}-${d.id}` };
  });

function measure(dataDir: string, n: number): void {
  const stories = copies(loadDigests(dataDir), n);
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const collection = buildCollection(stories);
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const files = collection.entities.flatMap((record) => entityPages(record).map((p) => ({ key: `${p.key}${p.page > 1 ? `/${p.page}` : ''}`, size: JSON.stringify(p).length })));
  const sizes = files.map((f) => f.size).sort((a, b) => b - a);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const largest = files.find((f) => f.size === sizes[0]);
  console.log(
    `${String(n).padStart(6)} stories: ${(ms / 1000).toFixed(2)} s, ${collection.entities.length} entity records, heap +${((after.heapUsed - before.heapUsed) / MB).toFixed(0)} MB (RSS ${(after.rss / MB).toFixed(0)} MB), ` +
      `${files.length} entity page files, median ${(median / 1024).toFixed(1)} KB, largest ${((sizes[0] ?? 0) / 1024).toFixed(0)} KB (${largest?.key})`,
  );
}

const args = process.argv.slice(2);
const dataDir = args[0] && !/^\d+$/u.test(args[0]) ? path.resolve(args.shift()!) : path.join(root, 'public', 'data');
const sizes = args.length ? args.map(Number) : [1_000, 10_000];
if (process.env.LEDE_BENCH_CHILD) measure(dataDir, sizes[0]!);
else
  for (const n of sizes)
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, dataDir, String(n)], { stdio: 'inherit', env: { ...process.env, LEDE_BENCH_CHILD: '1' } });
