/**
 * The real articles the tests run on: the seeds, the 60 corpus articles and the 36 web-corpus articles in ../shared,
 * each with a stable name. The blind split (tests/fixtures/blind-split.json) is marked so that no golden file or
 * printed output shows it.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const shared = path.resolve(root, '..', 'shared');

export type RealArticle = { name: string; file: string; set: 'seed' | 'corpus' | 'web'; blind: boolean };

const blind = new Set<string>((JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/blind-split.json'), 'utf8')) as { stems: string[] }).stems);

function list(dir: string, set: RealArticle['set']): RealArticle[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/u, '');
      return { name, file: path.join(dir, f), set, blind: blind.has(name) };
    });
}

/** Every real article, seeds first. */
export const realArticles: RealArticle[] = [
  ...list(path.join(root, 'seeds'), 'seed'),
  ...list(path.join(shared, 'corpus', 'articles'), 'corpus'),
  ...list(path.join(shared, 'corpus', 'web', 'articles'), 'web'),
];
