/**
 * The end-to-end tests' collection: the repository's seeds plus copies of the ../shared corpus articles under new
 * names (`c1-<name>.txt`, `c2-…`), so the build serves a collection of more than 200 stories in which one person
 * appears in many stories. The blind split of the web gold is left out (its outputs are never to be read). Written
 * to .tmp/e2e-seeds/ (recreated each run); ../shared is only read. `npx tsx tests/e2e/support/make-collection.ts
 * [copies]` (default 3); the seeds folder's path is printed. `--stories N` writes exactly N stories (as many copies
 * as that takes, the last one partial) into .tmp/scale-seeds/ instead: the 10,000-story collection of the scale figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E_SEEDS_DIR = path.join(root, '.tmp', 'e2e-seeds');
/** The scale collection's folder (`--stories N`). */
export const SCALE_SEEDS_DIR = path.join(root, '.tmp', 'scale-seeds');
const SHARED = path.resolve(root, '..', 'shared', 'corpus');
const blind = new Set((JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'blind-split.json'), 'utf8')) as { stems: string[] }).stems);

/** The corpus articles a collection is made of (not the blind split), as absolute paths in name order. */
export function corpusArticles(): string[] {
  return [path.join(SHARED, 'articles'), path.join(SHARED, 'web', 'articles')].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt') && !blind.has(f.slice(0, -4)))
      .sort()
      .map((f) => path.join(dir, f)),
  );
}

/**
 * Writes the seeds and copies of each corpus article into `dir`: `copies` whole copies, or, with `stories`, as many
 * as make exactly that many stories in all. Returns how many stories it holds.
 */
export function makeCollection(dir: string, copies: number, stories = Infinity): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
  for (const seed of seeds) fs.copyFileSync(path.join(root, 'seeds', seed), path.join(dir, seed));
  const articles = corpusArticles();
  let left = stories - seeds.length;
  for (let c = 1; c <= copies && left > 0; c++) for (const file of articles) if (left-- > 0) fs.copyFileSync(file, path.join(dir, `c${c}-${path.basename(file)}`));
  return fs.readdirSync(dir).length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const storiesAt = process.argv.indexOf('--stories');
  if (storiesAt > 0) {
    const wanted = Number(process.argv[storiesAt + 1]);
    const stories = makeCollection(SCALE_SEEDS_DIR, Infinity, wanted);
    console.error(`scale collection: ${stories} stories in ${path.relative(process.cwd(), SCALE_SEEDS_DIR)}`);
    console.log(SCALE_SEEDS_DIR);
  } else {
    const copies = Number(process.argv[2] ?? 3);
    const stories = makeCollection(E2E_SEEDS_DIR, copies);
    console.error(`e2e collection: ${stories} stories in ${path.relative(process.cwd(), E2E_SEEDS_DIR)}`);
    console.log(E2E_SEEDS_DIR);
  }
}
